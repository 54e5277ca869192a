"""「行政改革推進審議会の委員は何人？」: the rows of the body's roster counted (roster_count.py)."""
from __future__ import annotations

import re

import pytest

from assistant.query.roster_count import _rows


def _roster(db):
    for text, in db.execute("SELECT text FROM passages WHERE text LIKE '%名簿%'").fetchall():
        roster = _rows(text)
        if roster and roster[1]:
            return roster
    raise AssertionError("no roster in the index")


@pytest.mark.parametrize("template", ["{body}の委員は何人？", "{body}の委員は全部で何名"])
def test_the_members_of_the_roster_are_counted(assistant, db, template):
    head, rows = _roster(db)
    body = re.search(r"([一-龥ァ-ヶー]+?)委員名簿", head).group(1)  # (「6 …審議会委員名簿（敬称略）」)
    assert body.endswith(("審議会", "委員会", "協議会", "会議"))
    assistant.reset()
    answer = assistant.ask(template.format(body=body))
    assert answer.status == "exact" and answer.value == len(rows), answer.summary
    assert all(r.split()[0] in answer.summary for r in rows)


def test_a_roster_broken_over_lines_is_not_counted():
    # (one member's name, post and role on lines of their own: the lines are no members)
    assert _rows("委員名簿\n氏名 所属 役職\n山田太郎\n北山大学\n会長\n") is None
    assert _rows("委員名簿\n氏名 所属\n山田太郎 北山大学\n川村花子 公募\n\n事務局 総務課\n") == (
        "委員名簿", ["山田太郎 北山大学", "川村花子 公募"])
