"""made67's plan report (藤見沢市 行政経営改革アクションプラン, a PDF of one long table) asked as users say it:
its plan shortened (「行革アクションプラン」), and an item by the name its text prints in brackets said bare
(「書かない窓口」, a name holding a negation: never 書く negated)."""
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
