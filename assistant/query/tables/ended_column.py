"""「令和７年度までに実施が終わる予定の取組は？」: a year read with a verb of ending on a table's column of spans of
years (実施年度 「令和6年度～令和8年度」, bound on the span's last year). Where only one table reads the question so and
the dedicated records answer nothing, that column names the table, as a verb of beginning does (began_column.py)."""
from __future__ import annotations

import re

from assistant.query.tables.began_column import _spans_of_years

_ENDS_SAID = re.compile(r"終わ|終え|おわ|終了|完了")
# (the bounds that read a span's last year: by (まで), before, in (its end), not one bounding any year inside it)
_END_OPS = ("fy_le", "fy_lt", "fy_end")


def ended_on(reading, qn: str) -> bool:
    """Whether the question says an end and the reading bounds a column of spans of years by its last year."""
    return bool(_ENDS_SAID.search(qn)) and any(
        c.op in _END_OPS and _spans_of_years(reading.table, c.header) for c in reading.conds)
