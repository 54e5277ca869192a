"""The difference of one field between two named records (「取組項目6と取組項目7の委員評価の差」)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, value", [
    ("取組項目1と取組項目2の委員評価の差は？", 0.6),  # 4.4 − 3.8
    # A plain 差 asks the size of the gap, whichever record is named first (two independent question
    # authors, q44-032 and q45-032, expect it so); only a direction said would ask a signed figure.
    ("取組項目2と取組項目1の委員評価の差", 0.6),
    ("実践項目1と実践項目3の合計点の違い", 12 - 11),
])
def test_two_named_records(assistant, question, value):
    answer = assistant.ask(question)
    assert answer.status == "exact", answer.summary
    assert answer.value == pytest.approx(value)
    assert len(answer.rows) == 2


def test_one_record_has_no_difference_and_says_so(assistant):
    answer = assistant.ask("取組項目1の委員評価の差は？")
    assert answer.status == "partial" and answer.unused == ["差"]
    assert answer.summary.startswith("「差」を解釈できなかった")


@pytest.mark.parametrize("question, value", [
    ("取組項目6と7の委員評価の差は", 0.2),  # the second number without its kind word
    ("取組項目3と取組項目10で委員評価はどれだけ違う", 0.9),
])
def test_other_wordings(assistant, question, value):
    answer = assistant.ask(question)
    assert answer.status == "exact" and answer.value == pytest.approx(value)


def test_records_named_one_by_one_are_any_of_them(assistant):
    answer = assistant.ask("実践項目1と2の総合評価")
    assert [r["key"] for r in answer.rows] == ["practice:1", "practice:2"]
