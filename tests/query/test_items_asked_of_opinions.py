"""「推進委員会で提案が出た施策はどれ？」 over a table of opinions (番号 │ 区分 │ 関連 │ 意見の要旨 │ 発言者) whose 関連
column names the 施策 each is on: the rows a table reading gives are the opinions, not the 施策 they cite, so the
answer is not certain and lists 施策 among the words it could not use; asked as opinions (「提案の意見は？」) it
stays certain."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

T = "\t"
SOURCE = "桜ヶ丘町地域福祉計画推進委員会 意見の概要.txt"
TEXT = "\n".join([
    "桜ヶ丘町地域福祉計画推進委員会 意見の概要",
    "２ 委員の主な意見",
    T.join(["番号", "区分", "関連", "意見の要旨", "発言者"]),
    T.join(["1", "評価", "A-2", "見守り訪問の件数が増え、孤立の防止に役立っている。", "民生委員代表"]),
    T.join(["2", "提案", "B-1", "ボランティア講座を夜間にも開いてはどうか。", "社会福祉協議会"]),
    T.join(["3", "指摘", "A-1", "相談窓口の周知が足りない。", "公募委員"]),
    T.join(["4", "提案", "－", "委員会の資料を事前に配ってほしい。", "公募委員"]),
    T.join(["5", "提案", "C-3", "移動販売の巡回先を増やしてほしい。", "商工会"]),
    ""])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sakuragaoka")
    (folder / SOURCE).write_text(TEXT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_items_asked_of_opinions_are_not_certain(assistant):
    assistant.reset()
    answer = assistant.ask("推進委員会で提案が出た施策はどれ？")
    assert answer.status != "exact", (answer.status, answer.summary)
    assert answer.status != "partial" or "施策" in answer.unused, (answer.unused, answer.summary)


def test_opinions_asked_as_opinions_stay_certain(assistant):
    assistant.reset()
    answer = assistant.ask("提案の意見は？")
    assert answer.status == "exact", (answer.status, answer.summary)
    assert len(answer.rows) == 3, answer.summary
