"""「令和７年度から始めた取組はどれ？」: a year read with a verb of beginning on a table's column of the years its rows
began (開始時期, 開始年度, 着手年度). Where only one table reads the question so and the dedicated records answer
nothing, that column names the table as its title would."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

_START_HEADER = re.compile(r"開始|着手|始期")


# (「令和８年度以降に始まる取組」 over 実施年度 「令和6年度～令和8年度」: the verb says the span's first year)
_STARTS_SAID = re.compile(r"始ま|始め|はじま|はじめ|開始|着手")
_YEAR_SPAN = re.compile(r"(?:令和|平成|R)\s*(?:元|\d{1,2})\s*年度?\s*[~〜～\-－]")


def began_on(reading, qn: str = "") -> bool:
    """Whether the reading bounds a column of start years by a year (fy_eq, fy_ge …); with the question, also a
    column of spans of years (実施年度 令和6年度～令和8年度) bounded so where the question says the beginning."""
    if any(c.op.startswith("fy_") and _START_HEADER.search(nfkc(c.header)) for c in reading.conds):
        return True
    return bool(qn and _STARTS_SAID.search(qn)) and any(
        c.op.startswith("fy_") and _spans_of_years(reading.table, c.header) for c in reading.conds)


def _spans_of_years(t, header: str) -> bool:
    """Some of the column's cells print a span of fiscal years (令和6年度～令和8年度)."""
    if not any(c.header == header for c in t.columns):
        return False
    return any(_YEAR_SPAN.search(nfkc(str(r["cells"].get(header) or ""))) for r in t.rows)


def rows_called(reading, qn: str) -> bool:
    """Whether the question calls the rows by the word their name column is headed by (取組名 → 「…取組は」)."""
    word = re.sub(r"(?:名|名称)$", "", nfkc(reading.table.name or "").strip())
    return len(word) >= 2 and word in qn
