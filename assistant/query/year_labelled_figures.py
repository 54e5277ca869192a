"""Figures a passage labels by the year in brackets after them (「入館者数の増加 462,543人(H27)(旧館時266,338人(H16))」),
asked as the gap between two years said (「図書館の入館者数、H27と旧館時(H16)の差は？」).

The record is the one the question's conditions select; the line read is the one of its passages that says a word
the question names (入館者数) and prints, for each year said, exactly one figure labelled by it, in one unit. Two
such lines disagreeing, or none, answer nothing (None), as does any other question. The answer is a search (the
line shown, to be checked there)."""
from __future__ import annotations

import copy
import sqlite3
from typing import TYPE_CHECKING

from assistant.query.answer import Answer, Query
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

if TYPE_CHECKING:
    from assistant.query.conversation import Assistant

_GAP = compiled(r"差|開き|(?:どれだけ|どれくらい|どのくらい|何[人件円]|いくつ)\s*(?:の)?\s*(?:違う|違い|違っ)")
_FIGURE = compiled(r"(\d[\d,]*(?:\.\d+)?)\s*(人|件|千円|万円|億円|円|回|台|冊|本|箇所|か所)\s*[(（]\s*([^()（）]{2,12})\s*[)）]")


def _labelled(line: str, fiscal: int) -> set[tuple[float, str]]:
    out = set()
    for m in _FIGURE.finditer(line):
        years = find_years(m.group(3))
        if len(years) == 1 and years[0].fiscal_year == fiscal:
            out.add((float(m.group(1).replace(",", "")), m.group(2)))
    return out


def answer(assistant: "Assistant", q: Query, question: str) -> Answer | None:
    if not isinstance(question, str) or not q.target or q.target not in assistant.executor.tables:
        return None
    said = nfkc(question)
    years = find_years(said)
    if not _GAP.search(said) or len(years) != 2 or years[0].fiscal_year == years[1].fiscal_year:
        return None
    try:
        rows = assistant.executor.select(assistant.executor.resolve(copy.copy(q))[0])[0]
    except sqlite3.DatabaseError:  # (a shape of question the records cannot be selected by: not this one's)
        return None
    if len(rows) != 1:
        return None
    row = dict(rows[0])
    spans = [said[y.start:y.end] for y in years]
    words = [str(c.value) for c in q.conditions if c.field == "text" and c.op == "match"
             and len(str(c.value)) >= 2 and not find_years(str(c.value)) and str(c.value) not in spans]
    if not words:
        return None
    found = []
    for p in assistant.db.query("SELECT text, source, line FROM passages WHERE key = ?", [row["key"]]):
        for line in nfkc(str(p["text"] or "")).splitlines():
            if not any(w in line for w in words):
                continue
            a, b = (_labelled(line, y.fiscal_year) for y in years)
            if len(a) == 1 and len(b) == 1:
                (x, ux), (z, uz) = a.pop(), b.pop()
                if ux == uz:
                    found.append((x, z, ux, line.strip(), p))
    if len({(x, z) for x, z, *_ in found}) != 1:
        return None
    x, z, unit, line, p = found[0]
    gap = abs(x - z)
    value = int(gap) if gap.is_integer() else round(gap, 4)
    title = f"{row.get('code', '')} {row.get('title') or row.get('topic') or ''}".strip()
    fmt = lambda n: f"{int(n):,}" if float(n).is_integer() else f"{n:,}"
    summary = (f"{title} の本文では {spans[0]} が {fmt(x)}{unit}、{spans[1]} が {fmt(z)}{unit} で、差は {fmt(gap)}{unit} です"
               "（本文で年度を添えて書かれた数から読んだ値です。抜粋で確かめてください）。")
    understood = [c.to_dict() for c in q.conditions if c.field != "text"] + [
        {"field": "text", "op": "figure", "value": spans, "label": f"{spans[0]}と{spans[1]}の数の差"}]
    return Answer(question=question, target=q.target, status="search", count=1, rows=[row], value=value,
                  summary=summary, understood=understood, query=q.to_dict(),
                  excerpts=[{"key": row.get("key"), "kind": q.target, "field": "text", "source": p["source"],
                             "line": p["line"], "text": line}])
