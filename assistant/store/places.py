"""Where the lines of a PDF, XLSX or DOCX document came from: 「3ページ」, 「シート名!B7」, 「段落4」.

Records and passages carry the line of the extracted text they were parsed from; the `places`
table maps runs of those lines back to the original file, one row per run of lines with one place
(a page of forty lines is one row). Plain text and HTML documents have no rows: their line is the
place. Rows go with their document: a trigger on `documents` deletes them (schema.py), so every
code path that removes or replaces a document keeps the table in step.
"""
from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from assistant.store.records import SharedRow

if TYPE_CHECKING:  # the type only: importing formats brings zipfile and its codecs into every `gyokaku ask`
    from assistant.formats import FormatText


def place_runs(extracted: FormatText) -> list[tuple[int, int, str]]:
    """(first line, last line, place) for each run of consecutive lines with the same place."""
    runs: list[tuple[int, int, str]] = []
    for line, place in enumerate(extracted.places, 1):
        if not place:
            continue
        if runs and runs[-1][2] == place and runs[-1][1] == line - 1:
            runs[-1] = (runs[-1][0], line, place)
        else:
            runs.append((line, line, place))
    return runs


def write_places(conn: sqlite3.Connection, source: str, extracted: FormatText) -> None:
    conn.execute("DELETE FROM places WHERE source = ?", (source,))
    conn.executemany(
        "INSERT INTO places (source, first_line, last_line, place, format) VALUES (?, ?, ?, ?, ?)",
        [(source, first, last, place, extracted.format) for first, last, place in place_runs(extracted)],
    )


def place_of(conn: sqlite3.Connection, source: str, line: int) -> str:
    """「3ページ」 for a line of a PDF, "" when the document has no place map (or the index predates it)."""
    try:
        row = conn.execute(
            "SELECT place FROM places WHERE source = ? AND first_line <= ? AND last_line >= ? LIMIT 1",
            (source, line, line),
        ).fetchone()
    except sqlite3.OperationalError:  # an index built before the table existed
        return ""
    return row[0] if row else ""


def with_places(conn, answer):
    """The answer, its rows and excerpts given their places (attach_places)."""
    attach_places(conn, answer)
    return answer


def attach_places(conn, answer) -> None:
    """Give each row and excerpt of an answer the place of its line (`place`: 「3ページ」,
    「評価シート!B7」) when its document has a place map, so every view of the answer (CLI, TUI,
    exports) names the page or cell beside the file. `conn` is a sqlite3 connection or an IndexReader."""
    mapped = _mapped_sources(conn)
    if not mapped:  # no document of the index has a place map (text and HTML only): nothing to look at
        return
    items = [item for item in (*answer.rows, *answer.excerpts)
             if isinstance(item, dict) and item.get("source") and str(item["source"]) in mapped
             and isinstance(item.get("line"), int)]
    if not items:
        return
    sources = sorted({str(item["source"]) for item in items})
    marks = ",".join("?" * len(sources))
    try:
        runs = conn.execute(f"SELECT source, first_line, last_line, place FROM places WHERE source IN ({marks}) "
                            "ORDER BY source, first_line", sources).fetchall()
    except sqlite3.OperationalError:  # an index built before the table existed
        return
    if not runs:
        return
    by_source: dict[str, list[tuple[int, int, str]]] = {}
    for source, first, last, place in runs:
        by_source.setdefault(source, []).append((first, last, place))
    shared: dict[int, str] = {}
    for item in items:
        for first, last, place in by_source.get(str(item["source"]), ()):
            if first <= item["line"] <= last:
                if isinstance(item, SharedRow):
                    shared[id(item)] = place
                else:
                    item["place"] = place
                break
    if shared:
        # A record read from the index is shared by every answer holding it (store/records.py): this
        # answer's list holds a copy with its place instead, in the same spot (the conversation's
        # context is that same list).
        for i, row in enumerate(answer.rows):
            if id(row) in shared and isinstance(row, SharedRow):
                answer.rows[i] = {**row, "place": shared[id(row)]}


def _mapped_sources(conn) -> frozenset[str]:
    """The documents that have a place map. An IndexReader reads them once (its index is never
    written under it): an answer may hold thousands of rows, most often of documents without one."""
    memo = getattr(conn, "memo", None)
    if memo is not None and "mapped_sources" in memo:
        return memo["mapped_sources"]
    try:
        found = frozenset(str(r[0]) for r in conn.execute("SELECT DISTINCT source FROM places").fetchall())
    except sqlite3.OperationalError:  # an index built before the table existed
        found = frozenset()
    if memo is not None:
        memo["mapped_sources"] = found
    return found
