"""A 工程表 of quarter columns (R5 1Q … R8 4Q) marked ■ 検討・準備期間 / ▶ 実施期間 by its legend
(tests/questions/made125): a bare mark said against a column (「R7の1Qが■」) is that column's value, never
dropped; the legend's stage said without its 期間 (「検討・準備の段階」) is the mark; a mark or column the
question says but the engine cannot use leaves the answer partial."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

DOCS = Path(__file__).parent.parent / "questions" / "made125" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    index = tmp_path_factory.mktemp("made125") / "gyokaku.db"
    build_index([DOCS], index)
    return Assistant(open_index(index))


def _keys(answer) -> list[str]:
    return sorted(str(r.get("number") or r.get("番号")) for r in answer.rows)


@pytest.mark.parametrize("question, expected", [
    ("工程表でR7の1Qが■の項目は？", ["2-1", "2-3", "4-2"]),
    ("工程表で、R7の1Qの時点でまだ検討・準備の段階になっている項目は？", ["2-1", "2-3", "4-2"]),
    ("工程表でR5の1Qに▶が入っている項目", ["1-3", "2-2"]),
    # a mark said of a year over its four quarters: any of them (1-2 is ■■▶▶), none of them when negated
    ("工程表でR5に■が入っている項目", ["1-1", "1-2", "1-4", "2-1", "2-3", "2-4", "3-1", "3-2", "3-3", "3-4", "3-5",
                                   "4-1", "4-2", "4-3", "4-4", "4-5"]),
    ("工程表でR8に実施の矢印がない項目", ["3-5"]),
    ("工程表でR8の4Qに▶がない項目", ["3-5"]),
    ("工程表でR5の1Qに■が入っていない項目", ["1-3", "2-2", "3-3", "4-4", "4-5"]),
    # the first quarter holding the mark, in the year said (「実施段階に入る」「実施に移る」 begin the stage)
    ("令和６年度中に実施段階に入る予定の取組", ["1-1", "2-4", "3-1", "3-3", "3-4", "3-5", "4-1", "4-4"]),
    ("工程表でR6中に実施に移るものは", ["1-1", "2-4", "3-1", "3-3", "3-4", "3-5", "4-1", "4-4"]),
    # a mark said of no period: none (any) of the timeline's columns, never one column picked for it
    ("工程表で■がない項目", ["1-3", "2-2"]),
    ("工程表で検討・準備期間がない項目", ["1-3", "2-2"]),
    # every quarter only when said so
    ("令和６年度の間ずっと■の項目", ["2-1", "2-3", "3-2", "4-2", "4-5"]),
])
def test_mark_said_of_a_quarter(assistant, question, expected):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact"
    assert _keys(answer) == expected


def test_mark_never_dropped(assistant):
    # (a mark the answer does not bind must not leave an exact list of every row)
    assistant.reset()
    answer = assistant.ask("工程表でR7の1Qが■の項目は？")
    assert len(answer.rows) < 18
