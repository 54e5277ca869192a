"""「総事業費をフルタイム職員一人あたりにするといくら？」: one record's amount over the count of people the question
names, both read from the index; a count not named is not guessed (the answer stays partial)."""
from __future__ import annotations

import pytest


def _program(db):
    row = db.execute("SELECT name, total_cost, staff_fulltime FROM program WHERE total_cost > 0 AND staff_fulltime > 1 "
                     "ORDER BY key LIMIT 1").fetchone()
    if row is None:
        pytest.skip("no program sheet with an amount and full-time staff")
    return row


def test_amount_per_full_time_person(assistant, db):
    name, cost, staff = _program(db)
    answer = assistant.ask(f"{name}、総事業費をフルタイム職員一人あたりにするといくら？")
    assert answer.value == pytest.approx(cost / staff), answer.summary
    assert answer.status == "exact"


def test_people_not_named_is_not_guessed(assistant, db):
    name, cost, staff = _program(db)
    answer = assistant.ask(f"{name}、総事業費を一人あたりにするといくら？")
    assert answer.value != pytest.approx(cost / staff) or answer.status != "exact", answer.summary
