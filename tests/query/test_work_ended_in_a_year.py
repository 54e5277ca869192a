"""「取組が令和4年度で終わった」: 取組 said as the subject of the end verb with the year between is the end of the
work (取組終了 of the items that print one, short_kinds.py), not the groups called 取組項目 that have no end year."""
from __future__ import annotations

from tests.conversation_helpers import ask


def test_work_said_ending_in_a_year_counts_the_items_ended_then(assistant, db):
    want = db.execute("SELECT COUNT(*) FROM practice WHERE ended = 'R4'").fetchone()[0]
    assert want
    answer = ask(assistant, "取組が令和4年度で終わったやつって何件ある？")
    assert answer.status == "exact", answer.summary
    assert answer.count == want, answer.summary
    assert ask(assistant, "取組は令和4年度に終了したものは何件？").count == want


def test_work_said_with_a_start_year_is_not_read_as_an_end(assistant):
    # (the start said so is no end: whatever it reads, 取組終了 is not among its conditions)
    answer = ask(assistant, "取組がR5に始まったもの")
    assert not any(c.get("field") == "ended" for c in answer.understood), answer.understood
