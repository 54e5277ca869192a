"""A word left out by name (「終活支援のは除いて」「ふるさと納税関係以外」), on its own as a follow-up or
inside one question, and the difference of two themes' aggregates."""
from __future__ import annotations

import pytest


def keys(answer) -> list[str]:
    return sorted(r["key"] for r in answer.rows)


@pytest.mark.parametrize("followup", ["終活支援のは除いて", "終活支援を除いて", "終活支援以外", "終活支援は除外して"])
def test_a_follow_up_leaving_a_word_out_narrows_the_last_rows(assistant, followup):
    first = assistant.ask("総合福祉課が担当の実践項目")
    assert "practice:N6" in keys(first)
    answer = assistant.ask(followup)
    assert answer.status == "exact" and answer.target == "practice"
    assert keys(answer) == sorted(k for k in keys(first) if k != "practice:N6")
    assert any("終活支援" in c and "含まない" in c for c in (u["label"] for u in answer.understood))


def test_a_word_left_out_inside_one_question(assistant):
    answer = assistant.ask("総合福祉課が担当の実践項目で終活支援を除いたもの")
    assert answer.status == "exact" and "practice:N6" not in keys(answer) and len(answer.rows) == 2


def test_comments_without_a_word(assistant):
    every = assistant.ask("委員の意見は何件？")
    assistant.reset()
    without = assistant.ask("ふるさと納税関係以外の委員の意見は何件？")
    assistant.reset()
    with_it = assistant.ask("ふるさと納税に触れた委員の意見は何件？")
    assert without.status == "exact" and without.value == every.value - with_it.value > 0


def test_the_difference_of_two_themes_averages(assistant):
    answer = assistant.ask("人材のテーマの取組と財政のテーマの取組で、委員評価の平均はどのくらい差がある？")
    assert answer.status == "exact" and answer.value == 0.19
    assert [r["group"] for r in answer.rows] == ["人材", "財政"] and [r["count"] for r in answer.rows] == [7, 11]
