"""A figure's years printed as settled accounts then a budget (交付額 │ R4決算 │ R5決算 │ R6決算 │ R7予算, made95's
workbook read alone): 「毎年増え続けている」 compares every year's column with the next across both parts, and
「増え続け」 is the verb going on, no course 継続 said. 「減少額が大きい順に上位3つ」 ranks the rows by the table's
column of signed changes (▲); a dash alone (「-」: nothing granted) is no signed amount."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made95" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("settled_budget_series")
    shutil.copy(DOCS / "R7_補助金等見直し一覧.xlsx", folder)
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return [str(r.get("number")) for r in answer.rows]


@pytest.mark.parametrize("question", ["R4からR7まで毎年交付額が増え続けている補助金は？",
                                      "令和4年度から令和7年度まで交付額が毎年増えている補助金は？"])
def test_every_year_across_settled_and_budget(assistant, question) -> None:
    answer = ask(assistant, question)
    labels = [u["label"] for u in answer.understood]
    assert answer.status == "exact" and sorted(_codes(answer)) == ["H-306", "H-405", "H-407"], (answer.summary, labels)
    assert not any("継続" in label for label in labels), labels


def test_cuts_ranked(assistant) -> None:
    answer = ask(assistant, "R6決算からR7予算への減少額が大きい順に上位3つを挙げて")
    assert answer.status == "exact" and _codes(answer) == ["H-304", "H-505", "H-402"], answer.summary


def test_change_between_two_parts_of_a_group_stays_its_subtotal(assistant) -> None:
    answer = ask(assistant, "市民生活部の補助金はR6決算からR7予算でいくら減った？")
    assert answer.value == 4140, answer.summary
