"""Bureau marks asked of as such (computed from the index's own cells): the departments of an item with none,
of several bureaus (a mark carried to the departments after it), and the bureau with the most items, each
item counted once per bureau."""
from __future__ import annotations

import json
import re

_MARK = re.compile(r"^[(（]([^)）]+)[)）]")


def _marks(db) -> dict[str, set[str]]:
    out = {}
    for r in db.query("SELECT code, departments FROM practice"):
        depts = json.loads(r["departments"] or "[]")
        out[r["code"]] = {m.group(1) for d in depts if (m := _MARK.match(d))} if depts else None
    return {k: v for k, v in out.items() if v is not None}


def test_items_whose_departments_carry_no_mark(assistant, db):
    want = {code for code, marks in _marks(db).items() if not marks}
    assert want
    answer = assistant.ask("担当部署に部局の略称が付いていない実践項目は？")
    assert answer.status == "exact", answer.summary
    assert {r["code"] for r in answer.rows} == want


def test_items_of_several_bureaus(assistant, db):
    want = {code for code, marks in _marks(db).items() if len(marks) >= 2}
    assert want
    answer = assistant.ask("複数の部局にまたがる実践項目は？")
    assert answer.status == "exact", answer.summary
    assert {r["code"] for r in answer.rows} == want


def test_the_bureau_with_the_most_items_counts_each_item_once(assistant, db):
    counts: dict[str, int] = {}
    for marks in _marks(db).values():
        for m in marks:
            counts[m] = counts.get(m, 0) + 1
    best = max(counts.values())
    top = [m for m, n in counts.items() if n == best]
    answer = assistant.ask("実践項目の担当で一番件数が多い部はどこで、何件？")
    assert answer.value == best
    assert all(f"({m})" in answer.summary for m in top)
    # (an item whose copies print another bureau is said first, and the answer is not exact then)
    assert answer.status in ("exact", "partial")
