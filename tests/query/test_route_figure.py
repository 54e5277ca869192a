"""A movement from one place to another (「倉敷市から岡山市へ何人」) asked of the one record just answered: the figure
its cells print for that movement, in the year's own cell when a year is said (read from the text: a search)."""
from __future__ import annotations

import re


def test_route_figure_of_the_record_answered(assistant, db):
    code, planned = db.execute("SELECT code, planned FROM joint_project WHERE planned LIKE '%倉敷市から岡山市へ%人%'").fetchone()
    want = int(re.search(r"倉敷市から岡山市へ(\d+)人", planned).group(1))
    title = db.execute("SELECT title FROM joint_project WHERE code = ?", (code,)).fetchone()[0]
    assistant.ask(f"{title}はどんな事業？")
    answer = assistant.ask("H17に倉敷市から岡山市へ何人行っている？")
    assert answer.value == want, answer.summary
    assert answer.status == "search"


def test_no_route_figure_without_one_record(assistant):
    assistant.ask("保育部会の連携事業")
    assistant.ask("連携事業の一覧")
    answer = assistant.ask("倉敷市から岡山市へ何人行っている？")
    assert answer.status != "exact" or answer.value is None
