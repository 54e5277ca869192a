"""A village's facility plan (tests/questions/made149): a sheet whose 耐震 column prints the bare marks 済 / 未 /
不要 — 「耐震がまだ」「耐震化が済んでいない」 is 未 (不要 is no work left undone), alone or narrowing an earlier
list; a school named with a katakana ノ sent into by two others, which the plan's 再編後 column prints and the
sheet's 備考 only once; a one-letter 構造 code its note defines (W：木造) said by its meaning; a table of opinions grouped under rows 「【北部地区】 日付 北部支所」 — 「北部支所について出た意見」 is the
opinions mentioning it, while 「北部支所の説明会で出た意見」 stays every row under that heading."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.query.tables.done_words import as_bare_done_value
from assistant.store.build import build_index
from assistant.store.search import open_index

DOCS = Path(__file__).parent.parent / "questions" / "made149" / "docs"
CORPUS = Path(__file__).parent.parent.parent / "corpus"  # (as the set is asked: its documents beside the corpus)
_NOT_DONE = ["B-02", "B-03", "C-02", "D-01", "D-03", "F-03", "G-02"]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    index = tmp_path_factory.mktemp("made149") / "gyokaku.db"
    build_index([CORPUS, DOCS], index)
    return Assistant(open_index(index))


def _ask(assistant, turns):
    assistant.reset()
    for turn in turns:
        answer = assistant.ask(turn)
    return answer


@pytest.mark.parametrize("turns, expected", [
    (["耐震がまだの施設は？"], _NOT_DONE),
    (["耐震化が済んでいない（耐震「未」の）施設を全部挙げて"], _NOT_DONE),
    (["耐震が済んでいる施設"], ["A-01", "B-01"]),
    (["学校の一覧を見せて", "そのうち耐震がまだのは？"], ["B-02", "B-03"]),
    (["北部支所について出た意見"], ["北-2", "北-4"]),
    # the sheet's note 「W：木造」 defines the one-letter code of 構造
    (["木造で、廃止か譲渡になっている施設は？"], ["D-01", "D-03", "E-02", "G-02"]),
    # the plan's 再編後 column prints both schools sent into it, the sheet's 備考 one (katakana ノ in the name)
    (["楡ノ沢小学校に統合される学校はどこ？"], ["B-02", "B-03"]),
    (["楡ノ沢小学校へ統合される施設は？"], ["B-02", "B-03"]),
    (["北部支所に関する意見は？"], ["北-2", "北-4"]),
    (["北部支所の説明会で出た意見"], ["北-1", "北-2", "北-3", "北-4"]),
])
def test_rows(assistant, turns, expected):
    answer = _ask(assistant, turns)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert sorted(str(r.get("number")) for r in answer.rows) == sorted(expected)


class _Col:
    def __init__(self, header: str) -> None:
        self.header, self.numeric = header, False


class _Table:
    def __init__(self, rows: list[dict]) -> None:
        self.rows = [{"cells": r} for r in rows]
        self.columns = [_Col(h) for h in rows[0]]


def test_bare_marks_only_where_a_column_prints_both():
    marks = _Table([{"耐震": "済"}, {"耐震": "未"}, {"耐震": "不要"}])
    assert as_bare_done_value("耐震がまだの学校", [marks]) == "耐震が未の学校"
    # まだ before another verb is not the mark
    assert as_bare_done_value("耐震がまだ決まっていない", [marks]) == "耐震がまだ決まっていない"
    # a column printing no 未 is left as it is
    assert as_bare_done_value("耐震がまだの学校", [_Table([{"耐震": "済"}, {"耐震": "不要"}])]) == "耐震がまだの学校"
