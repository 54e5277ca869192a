"""A list value answered as the document prints it: a record's cell 「市民課・会計課」 is kept as two departments (each
asked for alone), and answered joined as printed when the record's own lines join them so; 、 otherwise."""
from __future__ import annotations

import sqlite3

# The separators a cell may join its parts with, tried in this order.
_SEPARATORS = ("・", "、", "，", ",", "／", "/")


def printed_join(db: sqlite3.Connection, row: dict, parts: list) -> str | None:
    """The parts joined as the record's own lines print them (one separator between each two); None when its
    lines print them no such way (or the record's text is not at hand)."""
    if not isinstance(parts, list) or len(parts) < 2 or not row.get("source") or not row.get("line"):
        return None
    try:
        found = db.execute("SELECT text FROM document_texts WHERE source = ?", [row["source"]]).fetchone()
    except sqlite3.Error:
        return None
    if not found or not found[0]:
        return None
    lines = found[0].splitlines()
    first, last = int(row["line"]), int(row.get("end_line") or row["line"])
    text = "\n".join(lines[max(first - 1, 0):max(last, first)])
    words = [str(p) for p in parts]
    for sep in _SEPARATORS:
        joined = sep.join(words)
        if joined in text:
            return joined
    return None
