"""Practice items of a range of initiatives (「取組項目No.1〜17の実践項目」) are those items, not the
initiatives of the items numbered 1 to 17 (read so before: a confident list of initiatives); a follow-up's
year without its era takes the era of the question before it."""
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


def test_a_follow_ups_year_without_its_era_takes_the_era_said_before(assistant, db):
    # 「5年度」 after 「令和2年度に…」 is 令和5年度 (it was read as a word of the text, and the grade as R2's)
    assistant.ask("令和2年度にC評価だった実践項目は？")
    answer = assistant.ask("そのうち5年度にAのものは？")
    expected = sorted(r[0] for r in db.execute("SELECT code FROM practice WHERE r2 = 'C' AND r5 = 'A'"))
    assert answer.status == "exact", answer.summary
    assert expected and sorted(r["code"] for r in answer.rows) == expected
