"""A paper's own date, asked of it by name: the date printed right under the heading that names it (cover_dates.py)."""
from __future__ import annotations

import re

import pytest

_DATE = re.compile(r"(?:令和|平成)\d{1,2}年\d{1,2}月(?:\d{1,2}日)?")


def _date_under(db, heading_end: str) -> tuple[str, str]:
    """The heading ending so and the date line printed next under it, read from the index."""
    rows = db.execute("SELECT source, line, text FROM passages ORDER BY source, line, id").fetchall()
    for (src, _, text), (src2, _, after) in zip(rows, rows[1:]):
        if src == src2 and text.strip().endswith(heading_end) and _DATE.fullmatch(after.strip()):
            return text.strip(), after.strip()
    raise AssertionError(f"no heading ending {heading_end} with a date under it")


@pytest.mark.parametrize("question, heading_end", [
    ("行政創革プランの取組の有効性に関する意見書はいつ付で出された？", "意見書"),
    ("資料編の令和6年度進捗状況シートはいつ作成されたもの？", "進捗状況シート"),
])
def test_the_date_under_the_papers_heading(assistant, db, question, heading_end):
    heading, day = _date_under(db, heading_end)
    answer = assistant.ask(question)
    assert answer.status == "exact" and answer.value == day, answer.summary
    assert answer.excerpts[0]["text"].strip() == day and heading in answer.summary


def test_a_plan_named_on_the_cover_of_another_paper_is_not_given_its_date(assistant, db):
    # (the plan's name heads the 意見書's cover too, two lines above its date: that date is the 意見書's, not the
    # plan's, and is never answered as the day the plan was drawn up)
    _, day = _date_under(db, "意見書")
    answer = assistant.ask("行政創革プランはいつ策定された？")
    assert not (answer.status == "exact" and day in str(answer.value or "") + answer.summary)
