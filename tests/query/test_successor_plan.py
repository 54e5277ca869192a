"""The plan that follows a named one: the sentence calling a bracketed name the new plan (successor_plan.py)."""
from __future__ import annotations

import re


def _introduced(db):
    """(old plan named in a title, new plan, when) as a passage of that document prints them."""
    for source, title in db.execute("SELECT source, title FROM documents").fetchall():
        old = re.match(r"\S+プラン", title or "")
        if not old:
            continue
        for text, in db.execute("SELECT text FROM passages WHERE source = ?", [source]).fetchall():
            m = re.search(r"((?:令和|平成)\d{1,2}年\d{1,2}月)から[^。]*新計画である『([^』]+)』", text or "")
            if m:
                return old.group(0), m.group(2), m.group(1)
    raise AssertionError("no new plan introduced")


def test_the_next_plan_and_its_start(assistant, db):
    old, new, when = _introduced(db)
    assistant.reset()
    answer = assistant.ask(f"{old}の次の計画は何という名前で、いつスタートした？")
    assert answer.status == "exact" and answer.value == new and when in answer.summary, answer.summary


def test_the_new_plan_is_not_its_own_successor(assistant, db):
    _, new, _ = _introduced(db)
    assistant.reset()
    answer = assistant.ask(f"{new}の次の計画は？")
    assert answer.value != new
