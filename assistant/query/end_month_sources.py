"""Where the month a record ended is printed: the line of its progress sheet (「令和4年9月取組終了」).

An answer that reads the month (「令和4年9月に取組終了した」「取組終了した順に」) takes it from the progress sheets,
while each row cites its line in the list, which prints the fiscal year only. The sheet's line is shown beside
the rows, in their order, so the reader sees where each month was read.
"""
from __future__ import annotations

import json

from assistant.query.answer import Query
from assistant.text.normalize import nfkc

_MAX = 12  # (as many as an answer shows of other excerpts)


def _squeezed(text: str) -> str:
    return "".join(nfkc(text).split())


def end_month_lines(db, q: Query, rows: list[dict]) -> list[dict]:
    """Excerpts of the sheets' 取組終了 lines of `rows`, when the query reads the end month; else []."""
    reads_month = q.order_by == "ended_month" or any(c.field == "ended_month" for c in q.conditions)
    keys = [str(r.get("key")) for r in rows if r.get("ended_month")][:_MAX]
    if not reads_month or not keys or "sheet" not in db.table_names():
        return []
    sheets = {}
    for key, source, line, key_of, ended in db.execute(
            "SELECT key, source, line, practice_key, ended_text FROM sheet WHERE practice_key IN (SELECT value FROM json_each(?))"
            " AND coalesce(ended_text, '') <> ''", [json.dumps(keys, ensure_ascii=False)]).fetchall():
        sheets.setdefault(key_of, (key, source, line, ended))
    texts: dict[str, list[str]] = {}
    out = []
    for row_key in keys:
        if row_key not in sheets:
            continue
        key, source, line, ended = sheets[row_key]
        if source not in texts:
            found = db.execute("SELECT text FROM document_texts WHERE source = ?", [source]).fetchone()
            texts[source] = str(found[0]).splitlines() if found and found[0] else []
        lines = texts[source]
        want = _squeezed(ended)
        # (the sheet's own line of the month, the first at or after where the sheet begins; the sheet's line where
        # the text cannot be read)
        at = next((n for n in range(int(line or 1), min(len(lines), int(line or 1) + 80) + 1)
                   if want in _squeezed(lines[n - 1])), line)
        out.append({"key": key, "source": source, "line": at, "text": ended, "field": "ended_text", "highlights": []})
    return out

