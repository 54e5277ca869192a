"""A figure read from a passage listing amounts under it: the largest line asked next, named as its record;
the whole and a part of it asked at once."""
from __future__ import annotations

import re

from assistant.query.listed_amounts import _LINE, yen
from assistant.text.normalize import nfkc


def _listed(db):
    for r in db.query("SELECT source, text FROM passages WHERE instr(text, '財政効果額') > 0 AND instr(text, '円') > 0"):
        lines = [m for line in nfkc(r["text"]).split("\n") if (m := _LINE.match(line))]
        if len(lines) >= 2:
            return r["source"], [(m.group("name").strip(), m.group("amount")) for m in lines]
    return None, []


def test_the_largest_line_of_the_breakdown_is_its_record(assistant, db):
    source, listed = _listed(db)
    assert listed
    name, _ = max(listed, key=lambda t: yen(t[1]))
    want = {str(r["code"]) for r in db.query("SELECT code FROM practice WHERE title = ? AND source = ?", [name, source])}
    assistant.ask("財政効果額はいくら？")
    answer = assistant.ask("内訳で一番大きい項目は？")
    assert answer.status == "exact", answer.summary
    assert {str(r["code"]) for r in answer.rows} == want


def test_the_whole_and_a_part_asked_at_once(assistant, db):
    _, listed = _listed(db)
    name, amount = listed[1]
    answer = assistant.ask(f"財政効果額の合計と、そのうち{name}の額は？")
    assert amount in answer.summary
    assert re.search(r"財政効果額は\s*\S+円", answer.summary)
