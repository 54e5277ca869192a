"""A list of procedures (tests/questions/made148) with a two-row header pairing 状況 and 年度 under オンライン化 and
counts under オンライン申請件数 → Ｒ５/Ｒ６ (「－」 for none), and a roadmap of quarters marked ● / ━ under a legend
line 「凡例：● 受付開始 ━ 準備」: a year said with a state reached is the done state in that year (「R5から…できる
ようになった」 that year, not every year from it; 予定 the planned state), 「R5もR6も実績がある」 is a figure in each
year, 「電子納付ができる」 is 可 of a 可／不可 column, the legend's wording is its mark, and a row coded T-0014 is
answered by its code."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

DOCS = Path(__file__).parent.parent / "questions" / "made148" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    index = tmp_path_factory.mktemp("made148") / "gyokaku.db"
    build_index([DOCS], index)
    return Assistant(open_index(index))


def _ask(assistant, turns):
    assistant.reset()
    for turn in turns:
        answer = assistant.ask(turn)
    return answer


@pytest.mark.parametrize("turns, expected", [
    # 済 with R5 (the year alone also holds 予定 rows of later years)
    (["令和５年度にオンライン化した手続は？", "そのうち電子納付ができるものは？"], ["T-0003", "T-0014"]),
    (["令和６年度にオンライン化した手続はどれ？"], ["T-0005", "T-0017", "T-0023", "T-0036", "T-0044", "T-0055"]),
    # 予定 with the year said before the paired column's stem
    (["令和７年度中にオンライン化する予定の手続は？"], ["T-0020", "T-0041", "T-0064"]),
    # a bare 済 of 「オンライン化状況」: 「オンライン化されていない」 is every other state
    (["年間申請件数が5,000件以上あるのにオンライン化されていない手続は？"], ["T-0011"]),
    # 「－」 is no figure: both years must print one
    (["R5もR6もオンライン申請の実績がある手続は？"], ["T-0003", "T-0008", "T-0014", "T-0029", "T-0034", "T-0067"]),
    (["電子納付ができる手続を全部挙げて"], ["T-0003", "T-0005", "T-0014", "T-0023"]),
    (["電子納付ができない手続は？"], ["T-0011", "T-0020", "T-0070"]),
    # the legend's 受付開始 is ●, in the quarter said
    (["ロードマップで令和７年度の第３四半期に受付開始するのはどれ？"], ["T-0020", "T-0064"]),
])
def test_rows(assistant, turns, expected):
    answer = _ask(assistant, turns)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert sorted(str(r.get("number")) for r in answer.rows) == sorted(expected)


@pytest.mark.parametrize("turns, value", [
    (["R5からオンライン申請できるようになった手続って何件？"], 6),
    (["R6のオンライン利用率がいちばん高い手続は？"], "T-0014"),
    (["R5からR6でオンライン申請件数がいちばん増えた手続はどれ？"], "T-0003"),
])
def test_value(assistant, turns, value):
    answer = _ask(assistant, turns)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert (answer.count if isinstance(value, int) else answer.value) == value
