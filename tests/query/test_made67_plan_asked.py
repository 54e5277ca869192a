"""made67's plan report (藤見沢市 行政経営改革アクションプラン, a PDF of one long table) and its committee paper asked as
users say it: the plan shortened (「行革アクションプラン」), an item by the name its text prints in brackets said
bare (「書かない窓口」: never 書く negated), items begun midway, the group with the most items of a grade, and
groups none of whose items meet a condition."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.quoted_names import bracket_names
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made67" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("plan_short")
    for name in ("01_藤見沢市_行政経営改革アクションプラン_取組評価報告書.pdf", "02_行政経営改革推進懇話会_意見書.docx"):
        shutil.copy(DOCS / name, folder / name)
    return assistant_over(folder)


def test_the_plan_shortened(assistant):
    answer = ask(assistant, "藤見沢市の行革アクションプラン、2027年度に◎がついた取組はどれ？")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert sorted(str(r["code"]) for r in answer.rows) == sorted(
        ["I-1-(1)", "I-1-(2)", "II-1-(2)", "II-3-(1)", "III-2-(1)", "IV-2-(2)", "V-2-(1)"]), answer.summary


def test_a_bracketed_name_said_bare(assistant):
    assert bracket_names("書かない窓口の取組は？", assistant.lexicon) == "「書かない窓口」の取組は？"
    assert bracket_names("「書かない窓口」の取組は？", assistant.lexicon) == "「書かない窓口」の取組は？"
    answer = ask(assistant, "藤見沢市のアクションプランにある書かない窓口の取組、もう終わった？")
    assert answer.status == "exact" and answer.value == "終了", (answer.summary, answer.unused)
    # (negation still reads as negation where no name holds it)
    negated = ask(assistant, "藤見沢市のアクションプランで終了していない取組は何件？")
    assert negated.count and negated.count > 1, negated.summary


def test_begun_midway_is_after_the_first_year_graded(assistant):
    # (－ in 2025, the first year the report grades: begun in 2026 or later)
    answer = ask(assistant, "藤見沢市アクションプランで、計画の途中から始まった取組は？")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert sorted(str(r["code"]) for r in answer.rows) == ["I-2-(2)", "II-3-(2)", "III-2-(3)", "IV-2-(3)", "V-2-(3)"]
    assert any("R8以降" in n for n in answer.notes), answer.notes


def test_the_group_with_the_most_items_of_a_grade(assistant):
    # (◎ in 2028 per 重点項目: Ⅰ 2, Ⅱ 0, Ⅲ 3, Ⅳ 1, Ⅴ 2 — counted over the items of the PDF's table, grouped
    # under the committee paper's 重点項目)
    answer = ask(assistant, "藤見沢市のアクションプランで、2028年度に◎が一番多かった重点項目は？")
    assert answer.status == "exact" and answer.value == "III", answer.summary


def test_no_item_of_a_group_meets_it(assistant):
    none = ask(assistant, "藤見沢市のプランで、終了した取組がひとつもない重点項目は？")
    assert none.status == "exact" and [str(r["code"]) for r in none.rows] == ["III"], none.summary
    some = ask(assistant, "藤見沢市のプランで、終了した取組がある重点項目は？")
    assert sorted(str(r["code"]) for r in some.rows) == ["I", "II", "IV", "V"], some.summary
