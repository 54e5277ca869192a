"""A firm taking cases of a list of bids is its winning them (「北辰工業が取った案件」 → 落札した), and the firm taking
the most cases is the 落札者 with the most rows (phrasings most_cases_won, case_taken_as_won)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made152" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("cases_won")
    for name in ("令和６年度入札結果一覧.xlsx", "入札結果年度別集計.txt"):
        shutil.copy(DOCS / name, folder / name)
    return assistant_over(folder)


def test_the_firm_taking_most_cases_is_the_winner_of_most_rows(assistant) -> None:
    answer = ask(assistant, "随契も含めて、一番たくさん案件を取ってる業者はどこ？")
    assert answer.status == "exact" and answer.value == "鷲沢建設株式会社"


def test_cases_a_firm_took_are_those_it_won_and_sum_in_a_follow_up(assistant) -> None:
    first = ask(assistant, "北辰工業が取った案件を出して")
    assert first.status == "exact" and first.count == 3
    assert not first.unused
    answer = ask(assistant, "北辰工業が取った案件を出して", "その落札金額を合計すると？")
    assert answer.status == "exact" and answer.value == 60940000
