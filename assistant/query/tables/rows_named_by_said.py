"""A table's rows called by the header of a column other than the one read as naming them: 「年額が高いツールは？」 of a
contracts table whose rows are named in 製品・サービス (long product names) while its first column, ツール, holds
RPA, AI-OCR …: the reader names each row by what the question called them, the ツール, so the rows are shown and keyed
under that column's value."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.text.normalize import nfkc


def _key(text) -> str:
    return "".join(nfkc(str(text or "")).split())


def rename_rows_as_said(question: str, answer: Answer, table) -> str:
    """Retitle (in place) the answer's rows by the column the question calls them by; that column's header, or ""."""
    if not answer.rows or table is None or not table.name or table.number or answer.rows_are:
        return ""
    asked = _key(question)
    if _key(table.name) in asked:
        return ""
    for c in table.columns:
        header = _key(c.header)
        if header == _key(table.name) or len(header) < 2 or c.numeric or header == "見出し" or c.years_inside or c.dates:
            continue
        # (said as the head of what is asked, 「…ツールは」「…ツールを上から」, not inside a longer word, ツール別, nor as
        # a column a condition or an order is on: 「竣工年度が新しい順に」)
        if not re.search(r"(?<![一-龥ァ-ヶー])" + re.escape(header)
                         + r"(?=は|って|[?？]|$|を(?:上から|全部|すべて|教えて|挙げて|並べて|出して))", asked):
            continue
        values = [_key((r.get("cells") or {}).get(c.header)) for r in table.rows]
        # (a name for every row, none twice: the column names the rows as well as the one read as naming them)
        if not values or not all(values) or len(set(values)) != len(values):
            continue
        if not all(str(r.get("key", "")).startswith("table_row:") for r in answer.rows):
            return ""
        for r in answer.rows:
            if isinstance(r.get(c.header), str) and r.get(c.header).strip():
                r["title"] = nfkc(r[c.header]).strip()
        return c.header
    return ""
