"""An improvement plan's progress sheet (tests/questions/made119) whose items are stacked in blocks: a heading row
「Ⅰ │ 【窓口サービスの改善】」 (the code in the number column, the name merged over the rest), the block's items, then
its 小計 row 「小計（Ⅰ　7項目）　達成率／判定内訳」 whose 実績 cells print 「57.1％（Ｂ）」 (the note under the table:
「小計行の「実績」欄は達成率…と、括弧内にブロック評価」). The 小計 rows are totals, not items (the number column filled
down into them is no item's); the blocks are a table of their own (達成率 and ブロック評価 a year each), asked as
ブロック; the marks ◎○△× are ordered by the legend; 「一度も着手されなかった」 is ×（未着手） every year; 完了年月 「－」
is not done."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

DOCS = Path(__file__).parent.parent / "questions" / "made119" / "docs"


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made119_blocks")
    for doc in DOCS.iterdir():
        shutil.copy(doc, folder)
    index = tmp_path_factory.mktemp("made119_blocks_index") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def _codes(answer) -> list[str]:
    return sorted(r["key"].partition(":")[2] for r in answer.to_dict()["rows"])


def test_blocks_asked_by_their_grade(town) -> None:
    answer = ask(town, "令和5年度のブロック評価がＢだったブロックはどれ？")
    assert answer.status == "exact" and _codes(answer) == ["I", "III"], answer.summary


def test_block_rate_of_a_year(town) -> None:
    answer = ask(town, "電話対応の改善ブロックの令和4年度の達成率は？")
    assert answer.value == 20.0, answer.summary


def test_subtotal_rows_are_no_items(town) -> None:
    answer = ask(town, "令和4年度の判定が△だった改善項目はいくつ？")
    assert answer.count == 12, answer.summary  # (小計 rows printing 「◎0 ○0 △5 ×2」 not among them)


def test_marks_compared_between_years_by_the_legend(town) -> None:
    answer = ask(town, "令和5年度から令和6年度で判定が下がった改善項目は？")
    assert answer.status == "exact" and _codes(answer) == ["窓-3"], answer.summary


def test_never_begun_is_the_not_begun_mark_every_year(town) -> None:
    answer = ask(town, "一度も着手されなかった改善項目は？")
    assert _codes(answer) == ["デ-4"], answer.summary


def test_not_done_over_the_month_done(town) -> None:
    answer = ask(town, "計画期間中に完了しなかった改善項目はいくつ？")
    assert answer.count == 7, answer.summary


def test_blocks_holding_items_of_a_mark(town) -> None:
    answer = ask(town, "令和6年度の時点で×の項目が残っているブロックは？")
    assert _codes(answer) == ["III"], answer.summary


def test_change_of_the_row_ranked_first(town) -> None:
    # (the row answered by its name, ranked by a year's column: the change of that column's measure, of that row)
    answer = ask(town, "令和6年度の満足度がいちばん高い設問は？", "それは令和5年度から何ポイント上がった？")
    assert answer.status == "exact" and answer.value == 0.7, answer.summary
