"""A city's subsidy review workbook (made95's xlsx, read alone): one sheet per department under a two-row merged
header, where 終期設定 spans 有無 (○／×／－) and 終期. The group word said with a verb of having reads the 有無 column:
ある → ○, ない／決まっていない → ×, and the dash (廃止・統合済) is neither."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made95" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made95_workbook")
    shutil.copy(DOCS / "R7_補助金等見直し一覧.xlsx", folder / "R7_補助金等見直し一覧.xlsx")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("number")) for r in answer.rows)


def test_presence_counted(assistant) -> None:
    answer = ask(assistant, "終期設定がある補助金は何件？")
    assert answer.status == "exact" and answer.count == 21, (answer.status, answer.summary)


@pytest.mark.parametrize("turns,codes", [
    (("産業振興部の補助金一覧を見せて", "その中で終期設定がないものは？"), ["H-403", "H-407", "H-409"]),
    (("終期が決まっていない縮小の補助金は？",), ["H-301", "H-409", "H-501"]),
])
def test_presence_filtered(assistant, turns, codes) -> None:
    answer = ask(assistant, *turns)
    assert answer.status == "exact" and _codes(answer) == codes, (answer.status, answer.summary)


@pytest.mark.parametrize("question,codes", [
    # an amount in 万円 against a column in 千円, with the verb the column is named by (交付額 → 交付した)
    ("令和6年度決算で1,000万円以上交付した補助金はどれですか", ["H-105", "H-301", "H-305", "H-306", "H-401", "H-402"]),
    # begun since a year: nothing in every year's column before it (「－」 in R4決算)
    ("令和5年度以降に新しくできた補助金は？", ["H-107", "H-307", "H-508"]),
    ("令和6年度以降に新設された補助金", ["H-307", "H-508"]),
])
def test_amounts_and_beginnings(assistant, question, codes) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and _codes(answer) == codes, (answer.status, answer.summary)


@pytest.mark.parametrize("question,value", [
    # a year said right before the column's word (「R6決算」) is that year's column, not the first 決算
    ("市民生活部の補助金はR6決算からR7予算でいくら減った？", 4140),
    # two years said alone, each the one amount column of its year (the 増減 column is no year's amount)
    ("放課後児童クラブ運営補助金は、R4からR7でいくら増えた？", 9200),
    ("創業支援補助金はR5からR7までにいくら増えましたか", 1500),
])
def test_change_between_years(assistant, question, value) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and answer.value == value, (answer.status, answer.summary)


def test_group_labels_over_repeating_pairs() -> None:
    """A fixed-width header whose group labels (廃止 縮小 …) sit over the second of each pair of 件数 金額:
    each group names its whole pair, not the pair's second column and the next one's first."""
    from assistant.formats.plain import fixed_width_tables

    text = (DOCS / "補助金見直し結果_年度別推移.txt").read_text(encoding="utf-8")
    lines = [line for line in fixed_width_tables(text).split("\n") if "\t" in line]
    assert lines[0].split("\t")[:5] == ["年度", "廃止", "", "縮小", ""]
    assert lines[1].split("\t")[:3] == ["", "件数", "金額"]


def test_no_longer_budgeted(assistant) -> None:
    """「もう計上されていない」: an adverb of time before the verb of having no amount, the dash in the budget."""
    answer = ask(assistant, "統合に区分された補助金を一覧にして", "そのうち、令和7年度の予算がもう計上されていないものは？")
    assert answer.status == "exact" and _codes(answer) == ["H-208", "H-308"], (answer.status, answer.summary)


@pytest.mark.parametrize("question,value", [
    # the thing a superlative is said of (部) is the rows of the summary sheet (部名), not the subsidies it adds up
    ("令和7年度の補助金予算がいちばん多い部はどこ？", "健康福祉部"),
    ("R6決算がいちばん少ない部はどこ？", "教育部"),
    ("令和7年度予算額が一番大きい補助金はどれ？", "社会福祉協議会運営補助金"),
])
def test_superlative_of_the_rows_asked(assistant, question, value) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and answer.value == value, (answer.status, answer.summary)
