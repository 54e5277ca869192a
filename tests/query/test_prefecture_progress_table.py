"""A prefecture's progress table (tests/questions/made122): a two-row header with 実績 and 評価 each over R4 │ R5 │ R6,
進捗率, 指標名, 目標（R6）, one 所管部局 column (「総務部人事課」「嶺北県税事務所」), pillar rows carrying their own
yearly grades and sub-heading rows between the items' rows; a legend 「◎：順調 ○：概ね順調 △：遅れ」; a workbook of the
items' 効果額 numbered by the same codes; a joint-project page counting its members. The items are the plan's practice
records with grades and figures, the legend's words ask its marks, the offices' shared kind names them all."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

DOCS = Path(__file__).parent.parent / "questions" / "made122" / "docs"


@pytest.fixture(scope="module")
def prefecture(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made122_prefecture")
    for doc in DOCS.iterdir():
        shutil.copy(doc, folder)
    index = tmp_path_factory.mktemp("made122_prefecture_index") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def _keys(answer) -> list[str]:
    return sorted(r["key"] for r in answer.to_dict()["rows"])


def test_progress_table_rows_are_items_with_yearly_grades(prefecture) -> None:
    answer = ask(prefecture, "令和６年度の評価が△の取組は？")
    assert answer.status == "exact" and len(answer.rows) == 6, answer.summary
    assert "practice:III-2-(2)" in _keys(answer)


def test_legend_meanings_ask_the_marks(prefecture) -> None:
    late = ask(prefecture, "令和６年度の評価が「遅れ」になっている取組はどれ？")
    assert answer_is(late, 6)
    fine = ask(prefecture, "令和５年度に「順調」と評価された取組を教えてください。")
    assert fine.status == "exact" and _keys(fine) == ["practice:I-2-(1)", "practice:I-2-(4)"], fine.unused
    pillar = ask(prefecture, "令和5年度に遅れと評価された改革の柱は？")
    assert pillar.status == "exact" and _keys(pillar) == ["initiative:II"], pillar.summary


def answer_is(answer, n: int) -> bool:
    return answer.status == "exact" and len(answer.rows) == n


def test_progress_rate_and_figures_are_read(prefecture) -> None:
    rate = ask(prefecture, "Ⅱ-1-(2)の進捗率は？")
    assert rate.value == 87.4, rate.summary
    low = ask(prefecture, "進捗率が80％を下回っている取組はどれですか")
    assert _keys(low) == ["practice:I-2-(2)", "practice:II-1-(4)", "practice:II-2-(2)", "practice:III-2-(2)"], low.summary


def test_offices_of_one_kind_said_without_their_places(prefecture) -> None:
    answer = ask(prefecture, "県税事務所が所管している取組は？")
    assert answer.status == "exact"
    assert _keys(answer) == ["practice:I-1-(1)", "practice:II-1-(2)", "practice:III-1-(1)"], answer.summary


def test_workbook_rows_numbered_by_long_codes_are_the_items(prefecture) -> None:
    answer = ask(prefecture, "令和６年度の効果額が一番大きかった取組は？")
    assert _keys(answer) == ["practice:II-2-(1)"], answer.summary


def test_rows_of_another_kind_are_not_given_as_the_answer(prefecture) -> None:
    answer = ask(prefecture, "効果額の３か年累計がいちばん大きい柱はどれですか")
    assert answer.status != "exact", answer.summary


def test_how_many_members_is_their_count(prefecture) -> None:
    answer = ask(prefecture, "連-03 について教えて", "参加している市町村はいくつ？")
    assert answer.value == 7, answer.summary


def test_change_of_a_figure_just_answered_between_two_years(prefecture) -> None:
    answer = ask(prefecture, "Ⅱ-1-(2)の実績を教えて", "R4からR6で何ポイント上がった？")
    assert answer.status == "exact" and answer.value == 12.9, answer.summary


def test_prefecture_share_of_joint_projects(prefecture) -> None:
    answer = ask(prefecture, "連携事業の県の負担は全部でいくら？")
    assert answer.value == 315300, answer.summary


def test_oldest_said_as_an_adverb(prefecture) -> None:
    answer = ask(prefecture, "嶺南市が参加してる連携事業は？", "その中で一番古くから続いてるのはどれ？")
    assert _keys(answer) == ["joint_project:連-06"], answer.summary


def test_a_workbook_year_below_zero_stored_as_a_negative_number(prefecture) -> None:
    answer = ask(prefecture, "効果額が▲（マイナス）になった年がある取組は？")
    assert answer.status == "exact", answer.summary
    assert _keys(answer) == ["practice:I-2-(3)", "practice:II-1-(1)", "practice:II-1-(3)", "practice:II-2-(4)",
                             "practice:III-1-(2)", "practice:III-2-(2)"], answer.summary


def test_a_sheet_unit_over_a_blank_row_bounds_in_its_unit(prefecture) -> None:
    answer = ask(prefecture, "令和６年度の効果額が１億円以上の取組を挙げて")
    assert len(answer.rows) == 6 and "practice:II-2-(1)" in _keys(answer), answer.summary
