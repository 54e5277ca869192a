"""Where the lines of a PDF, XLSX or DOCX document came from: 「3ページ」, 「シート名!B7」, 「段落4」.

Records and passages carry the line of the extracted text they were parsed from; the `places`
table maps runs of those lines back to the original file, one row per run of lines with one place
(a page of forty lines is one row). Plain text and HTML documents have no rows: their line is the
place. Rows go with their document: a trigger on `documents` deletes them (schema.py), so every
code path that removes or replaces a document keeps the table in step.
"""
from __future__ import annotations

import sqlite3

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
