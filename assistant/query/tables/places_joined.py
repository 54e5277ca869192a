"""「RPAを実施中で、経常収支比率（R6）が90％未満の団体」: one municipality's rows of several documents joined by its name.

A prefecture's survey prints the same municipalities as the rows of tables of different documents (the measures'
matrix with 類型・地域・人口, the staff numbers, the financial ratios). A question whose conditions are columns of
two of them reads none of them whole. The joined table holds, for each municipality the first table lists, its
cells of every table of places whose rows are (nearly) the same municipalities; it is read only when no table
reads the question alone (answer.py), and its answer says which documents it joined.

A column printed by two of the documents under the same header keeps the first document's; a municipality one
document lacks has no cells of it (never a value from another row).
"""
from __future__ import annotations

from dataclasses import replace

from assistant.query.tables.place_rows import place_of, rows_are_places
from assistant.query.tables.read import Table


def _places(t: Table) -> dict[str, dict]:
    return {p: r for r in t.rows if (p := place_of(t, r))}


def joined_places_table(tables: list[Table]) -> Table | None:
    """The tables of places of different documents whose municipalities are the same (each at least 80% of the
    other's), joined by name into one table keyed and ordered as the one with most columns; None when there are
    fewer than two such documents."""
    of_places = [t for t in tables if t.name and rows_are_places(t) and getattr(t, "_shared_places", False)]
    if len(of_places) < 2:
        return None
    # (the table of most columns first: its rows' keys, names and order are the joined table's)
    of_places.sort(key=lambda t: -len(t.columns))
    first = of_places[0]
    mine = _places(first)
    parts = [first]
    for t in of_places[1:]:
        theirs = _places(t)
        shared = set(mine) & set(theirs)
        if t.source in {p.source for p in parts} or len(shared) < 0.8 * max(len(mine), len(theirs)):
            continue
        parts.append(t)
    if len(parts) < 2:
        return None
    columns = list(first.columns)
    taken = {c.header for c in columns}
    for t in parts[1:]:
        # (a part's own name and numbering columns are the first's: 市町村名 printed by each document)
        columns += [c for c in t.columns if c.header not in taken and c.header not in (t.name, t.number)]
        taken |= {c.header for c in t.columns}
    rows = []
    for place, r in mine.items():
        cells = dict(r["cells"])
        for t in parts[1:]:
            other = _places(t).get(place)
            for h, v in (other or {}).get("cells", {}).items():
                if h not in cells and h not in (t.name, t.number):
                    cells[h] = v
        rows.append({**r, "cells": cells})
    joined = replace(first, columns=columns, rows=rows, doc_title="・".join(dict.fromkeys(t.doc_title for t in parts)),
                     restated=[], totals=[], lower_better=frozenset(), lower_by_column=frozenset(),
                     # (what each part's numbers are, 職員数 of the staff table's note: words the question calls them by)
                     measure_word=" ".join(dict.fromkeys(t.measure_word for t in parts if t.measure_word)))
    joined.memo["joined_sources"] = [t.source for t in parts]
    object.__setattr__(joined, "_places", True)
    object.__setattr__(joined, "_shared_places", True)
    return joined


def joined_note(t: Table) -> str:
    """What the answer says of a joined table: the documents whose rows it matched by the municipality's name."""
    sources = t.memo.get("joined_sources") or []
    return f"{'・'.join(sources)} の表を市町村名で突き合わせて答えました" if len(sources) >= 2 else ""
