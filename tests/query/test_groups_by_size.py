"""「パソコンを3台以上持ってる係はいくつ？」 over a ledger of things (管理番号 │ 所属係 │ …): the groups of rows sharing
a 所属係, counted by how many rows each holds, bound by the number said — not the rows, nor a search. A plan of
the same town whose table of measures has a 担当係 column is no list of the things held. Every town, name and
figure is made up."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

LEDGER = """東川村 パソコン台帳（令和６年４月１日現在）

管理番号\t所属係\t機種\t導入年度
P01\t庶務係\tノート\t令和２年度
P02\t庶務係\tノート\t令和３年度
P03\t庶務係\tデスクトップ\t令和元年度
P04\t税務係\tノート\t令和４年度
P05\t税務係\tノート\t令和４年度
P06\t住民係\tデスクトップ\t平成３０年度
P07\t福祉係\tノート\t令和５年度
P08\t福祉係\tノート\t令和５年度
P09\t福祉係\tデスクトップ\t令和２年度
"""

PLAN = """東川村 パソコン更新計画

番号\t取組\t担当係\t期限
1\t古い機種の更新\t庶務係\t令和７年度
2\t共用化の検討\t庶務係\t令和８年度
3\tセキュリティ研修\t住民係\t令和７年度
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("groups_by_size")
    (folder / "東川村_パソコン台帳.txt").write_text(LEDGER, encoding="utf-8")
    (folder / "東川村_パソコン更新計画.txt").write_text(PLAN, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def ask(assistant, question):
    assistant.reset()
    return assistant.ask(question)


def test_groups_holding_at_least_n_rows_are_counted(assistant):
    answer = ask(assistant, "パソコンを3台以上持ってる係はいくつ？")
    assert answer.status == "exact", answer.summary
    assert answer.count == 2  # 庶務係 3, 福祉係 3; 税務係 2 and 住民係 1 fall short


def test_fewer_than_n(assistant):
    answer = ask(assistant, "パソコンが2台未満の係はいくつ？")
    assert (answer.status, answer.count) == ("exact", 1), answer.summary  # 住民係
