"""A grade held in a share of the years (「4年度のうち半分以上でC」「過半数でA」) is counted as the whole number of
years it is; half of an odd number of years is said unread, never guessed. Over the shipped corpus."""
from __future__ import annotations


def test_half_of_the_four_years_graded_c(assistant):
    answer = assistant.ask("R2〜R5の4年度のうち半分以上でC評価だった実践項目")
    assert answer.status == "exact" and not answer.unused
    assert sorted(r["key"] for r in answer.rows) == ["practice:1", "practice:10", "practice:46"]
    assert "C の年度数 ≥ 2（4年度の半分以上）" in [u["label"] for u in answer.understood]


def test_exactly_half_of_three_years_is_said_unread(assistant):
    answer = assistant.ask("R2〜R4のうちちょうど半分でAだった実践項目")
    assert answer.status == "partial" and "半分" in answer.unused
