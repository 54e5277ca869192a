"""Two consecutive plans of one town in one index (a 前期 workbook of final grades, a 後期 PDF of R6 results, the
effect amounts of both in one text table, a hand-over page): a question naming one plan is answered from that
plan's rows, as that plan's items (practice:<code>) even where its table calls them 取組項目, a word that names a
plan's headings elsewhere. Over a real index of made139's documents beside the shipped corpus."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "tests" / "questions" / "made139" / "docs"


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("two_plans")
    for doc in DOCS.iterdir():
        shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


def keys(answer) -> set[str]:
    return {str(r["key"]) for r in answer.to_dict()["rows"]}


@pytest.mark.parametrize("question, expected", [
    ("後期計画で令和６年度の実績評価が×だった取組は？", {"practice:2-4", "practice:3-2"}),
    ("後期計画の中で新規の取組はどれ？", {f"practice:{c}" for c in ("1-4", "1-5", "2-5", "3-5", "4-3")}),
])
def test_rows_of_item_words_under_policy_headings_are_items(town, question, expected) -> None:
    # (「取組項目」 rows printed under 「基本方針1 …」 group rows: the items under those headings, not headings)
    answer = ask(town, question)
    assert answer.status == "exact", (answer.status, answer.caveat)
    assert keys(answer) == expected, answer.summary


def test_every_year_from_a_year_on_starts_at_that_year(town) -> None:
    # (「Ｒ４以降ずっとＡ」: R4 and R5 graded A, whatever R3 was — not every year printed)
    answer = ask(town, "前期計画でＲ４以降ずっとＡ評価だった取組は？")
    assert keys(answer) == {f"practice:{c}" for c in ("1-1", "1-3", "2-5", "3-4")}, answer.summary
    assert not any("R3" in u["field"] for u in answer.understood), answer.understood


def test_a_plan_named_short_is_its_document(town) -> None:
    # (「前期計画」 shortens 「…前期実施計画…最終評価結果」; the effect amounts' table, whose 計画 column says 前期 too,
    # grades nothing: 「評価が下がった」 is no fall of its amounts)
    answer = ask(town, "前期計画でＲ４からＲ５にかけて評価が下がった項目は？")
    assert answer.status == "exact", (answer.status, answer.caveat)
    assert keys(answer) == {"practice:1-4", "practice:3-1", "practice:3-2"}, answer.summary
    assert all("効果額" not in str(u.get("label")) for u in answer.understood), answer.understood


def test_rows_called_by_their_name_columns_word_are_items(town) -> None:
    # (「前期の取組」 said is the hand-over table's 前期の取組名: the rows by their own word, plan items)
    answer = ask(town, "引継ぎ表で「完了」になっている前期の取組は？")
    assert keys(answer) == {"practice:1-3", "practice:2-5"}, answer.summary


def test_a_dash_said_by_its_note_is_every_year_the_row_prints(town) -> None:
    # (「効果額を算定していない」 = the note's 「－」; no year said, over R3…R6 blank outside each plan's period: every
    # year the row prints is the dash, not the latest column, blank for the 前期 rows)
    answer = ask(town, "前期で効果額を算定していない取組はいくつ？")
    assert answer.count == 4, answer.summary


def test_every_year_over_two_plans_rows_is_the_years_of_the_plan(town) -> None:
    # (「毎年度減っていた」 of 前期's rows: R3→R4→R5, not R5→R6, blank for them)
    answer = ask(town, "前期計画で効果額が毎年度減っていた取組は？")
    assert {r.get("number") for r in answer.rows} == {"4-3"}, answer.summary


def test_indicators_numbered_by_their_word_are_no_headings(town) -> None:
    # (指標1 … of 指標番号, asked as 「成果指標で」: the table's own rows, not headings called 指標; made105's 方針1 …
    # asked as 「…方針は？」 stay headings, tests/query/test_made105_layouts.py)
    answer = ask(town, "後期計画の成果指標で、Ｒ６実績がすでに目標値に届いているものは？")
    assert keys(answer) == {"table_row:指標3"}, answer.summary


def test_the_heading_picked_among_headings_is_keyed_by_its_number(town) -> None:
    # (「基本方針のうち、…いちばん多いのはどれ」: the heading 「基本方針3 …」 as initiative:3)
    answer = ask(town, "後期の基本方針のうち、Ｒ６で△か×の取組がいちばん多いのはどれ？")
    assert answer.to_dict()["rows"][0]["key"] == "initiative:3", answer.summary


def test_an_unread_adjectival_noun_is_never_dropped_silently(town) -> None:
    # (「新規取組」: 新規 is Sudachi's 形状詞; the opinions cannot be joined to the 後期 rows' 備考, so the answer
    # must not list every opinion as exact)
    answer = ask(town, "後期の新規取組に対して出された意見はどれ？")
    assert answer.status != "exact" or {r.get("number") for r in answer.rows} <= {"1-5"}, answer.summary


def test_a_sheet_named_as_its_column_is_that_column_said(town) -> None:
    # (sheet 「最終評価」 with a column 最終評価: 「最終評価がＤ」 binds Ｄ to that column, not to every year's grade)
    answer = ask(town, "前期の最終評価がＤになった取組ってどれ？")
    assert keys(answer) == {"practice:3-2"}, answer.summary


@pytest.mark.parametrize("question, expected", [
    ("前期計画の令和５年度の効果額は合計でいくら？（千円）", 105580),
    ("後期計画の令和６年度効果額の合計は？", 117950),
])
def test_a_plans_yearly_amounts_summed(town, question, expected) -> None:
    # (「（千円）」 the unit a note prints 「単位：千円※…」; 「令和６年度効果額」 the year read and the title's word)
    answer = ask(town, question)
    assert answer.status == "exact", (answer.status, answer.caveat)
    assert answer.value == expected, answer.summary
