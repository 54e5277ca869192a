"""「差押えが300件を超えた税目」 over 差押件数: a count column said by what is done (the doing, its kana ending
dropped) and a figure in the column's counter; and a year said that is the one year the table's caption prints
(「表１ …（令和５年度）」, the document's title naming none), no column's. Every town, name and figure is made up."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

REPORT = """南川町 窓口サービス改善推進会議 資料３

表１ 窓口別の受付状況（令和５年度）
窓口\t相談件数（件）\t申込件数（件）\t苦情件数（件）
市民課\t512\t1,830\t14
税務課\t388\t640\t9
福祉課\t145\t920\t3
子育て支援課\t76\t410\t2
合計\t1,121\t3,800\t28
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("count_said_by_act")
    (folder / "南川町_窓口サービス資料３.txt").write_text(REPORT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def ask(assistant, question):
    assistant.reset()
    return assistant.ask(question)


def test_a_count_column_said_by_its_doing_and_counter(assistant):
    answer = ask(assistant, "申込みが700件を超えた窓口は？")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert sorted(r["窓口"] for r in answer.rows) == ["市民課", "福祉課"]


def test_the_captions_one_year_said_with_a_count_compared(assistant):
    answer = ask(assistant, "令和5年度、相談が300件を超えた窓口って何件ある？")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert answer.count == 2  # 市民課 512, 税務課 388; the 合計 row is no 窓口
