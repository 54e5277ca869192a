"""Practice items of a range of initiatives (「取組項目No.1〜17の実践項目」) are those items, not the
initiatives of the items numbered 1 to 17 (read so before: a confident list of initiatives)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, low, high", [
    ("取組項目No.1〜17の実践項目", 1, 17),
    ("取組項目1から3の実践項目は？", 1, 3),
    ("取組項目の5〜6までの実践項目を教えて", 5, 6),
])
def test_items_of_a_range_of_initiatives(assistant, db, question, low, high):
    expected = sorted(r[0] for r in db.execute("SELECT code FROM practice WHERE CAST(initiative AS INTEGER) BETWEEN ? AND ?",
                                               [low, high]))
    answer = assistant.ask(question)
    assert (answer.status, answer.target) == ("exact", "practice"), answer.summary
    assert sorted(r["code"] for r in answer.rows) == expected


def test_a_comparison_of_two_scores_within_the_range(assistant, db):
    answer = assistant.ask("取組項目No.1〜17の実践項目で、連携度より効率性の点が高いものをあげてください")
    expected = sorted(r[0] for r in db.execute("SELECT code FROM practice WHERE CAST(initiative AS INTEGER) BETWEEN 1 AND 17 "
                                               "AND efficiency > collaboration"))
    assert answer.status == "exact" and not answer.unused, answer.summary
    assert sorted(r["code"] for r in answer.rows) == expected
