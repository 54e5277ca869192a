"""A quantity asked in a unit that counts no records of the kind (「何社」「何人」 of practice items) is said as
not understood: the count of the records found is no answer to it."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, unit", [("R5は何社？", "何社"), ("R5は何人？", "何人"), ("R4にAの実践項目は何校？", "何校")])
def test_a_unit_no_record_is_counted_in_is_said(assistant, question, unit):
    answer = assistant.ask(question)
    assert answer.status != "exact"
    assert unit in answer.unused
    assert answer.summary.startswith(f"「{unit}」")


def test_the_records_own_count_stays_exact(assistant):
    answer = assistant.ask("R5は何件？")
    assert answer.status == "exact" and not answer.unused


def test_a_unit_asked_of_one_named_record_with_words_of_its_text_is_said(assistant, db):
    title = db.execute("SELECT title FROM joint_project ORDER BY line LIMIT 1").fetchone()[0]
    answer = assistant.ask(f"{title}のH17.01.19の電話加入権は何本")
    assert answer.status != "exact"  # (a count of that one record would always be 1)
    assert answer.value != 1 or "何本" in answer.unused
