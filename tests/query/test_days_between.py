"""「…の募集期間は何日間？初日と最終日も含めて」 of one dated record (date_from … date_to): the days of the period, both
ends counted; 「初日を含めない」 counts the days between. Expected days are worked out from the index's dates."""
from __future__ import annotations

from datetime import date

import pytest


def _event(db):
    for title, what, a, b in db.execute("SELECT title, what, date_from, date_to FROM event WHERE date_from IS NOT NULL "
                                        "AND date_to IS NOT NULL AND date_to > date_from ORDER BY line"):
        n = len(list(db.execute("SELECT 1 FROM event WHERE title = ?", [title])))
        if n == 1 and what:
            return title, what, date.fromisoformat(a[:10]), date.fromisoformat(b[:10])
    pytest.skip("no event dated over a period")


def test_days_of_the_period_both_ends_counted(assistant, db):
    title, what, a, b = _event(db)
    answer = assistant.ask(f"{title}の{what}は何日間？初日と最終日も含めて")
    # (何日間 asks a length: never a day read from the text, query/day_asked.py)
    assert (answer.status, answer.value) == ("exact", (b - a).days + 1), answer.summary


def test_days_between_when_the_first_is_not_counted(assistant, db):
    title, what, a, b = _event(db)
    answer = assistant.ask(f"{title}の{what}は何日間？初日を含めない")
    assert answer.value == (b - a).days, answer.summary
