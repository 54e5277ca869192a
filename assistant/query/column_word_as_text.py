"""「人工が一番多い課は？」: a word the dedicated kind could only match in its records' text (本文に「人工」を含む, then the
課 with the most practice items) is the very heading of a column of another document's table (人工 of a table of 課 ×
業務数 × 業務量 × 人工): the question is that table's, and the table answers it when it reads every word (the caller
tries it and keeps the kind's answer otherwise)."""
from __future__ import annotations

from assistant.text.normalize import notation_key


def column_word_read_as_text(db, q, tables_present: set[str]) -> str:
    """The text-matched word that a generic table prints as a whole column heading (its unit left aside), or ""."""
    said = {notation_key(str(c.value)) for c in q.conditions if c.field == "text" and c.op == "match"}
    said = {w for w in said if len(w) >= 2}
    if not said or "table_row" not in tables_present:
        return ""
    from assistant.query.tables.read import read_tables

    for t in read_tables(db, dedicated=True):
        for c in t.columns:
            # (the heading as printed, or without its unit: 業務量(時間) is said 業務量; never a part of a heading)
            heads = {notation_key(c.header), notation_key(c.base or "")}
            found = next((w for w in said if w in heads), "")
            if found:
                return found
    return ""
