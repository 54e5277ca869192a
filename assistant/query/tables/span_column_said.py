"""「令和７年度までに実施が終わる予定の取組は？」「複数年度にまたがって実施する取組は何件？」: a table's column of spans
of years (実施年度 「令和6年度～令和8年度」) read by its last year with a verb of ending, or by its length. Where only
one table reads the question so and the dedicated records answer nothing, that column names the table, as a verb
of beginning does (began_column.py)."""
from __future__ import annotations

import re

from assistant.query.tables.began_column import _spans_of_years

_ENDS_SAID = re.compile(r"終わ|終え|おわ|終了|完了")
# (the bounds that read a span's last year: by (まで), before, in (its end), not one bounding any year inside it)
_END_OPS = ("fy_le", "fy_lt", "fy_end")
_LENGTH_OPS = ("len_ge", "len_gt", "len_le", "len_lt", "len_eq")


def span_column_said(reading, qn: str) -> bool:
    """Whether the reading bounds a column of spans of years by its length, or (the question saying an end) by its
    last year."""
    ops = _LENGTH_OPS + (_END_OPS if _ENDS_SAID.search(qn) else ())
    return any(c.op in ops and _spans_of_years(reading.table, c.header) for c in reading.conds)
