"""「南部地区で合計が初めて700人を下回るのは何年度？」 over a table of one row per year (年度 | 小学校 | 中学校 |
合計): of the rows meeting the bound, the earliest year — the first time it is so. Without this the word would go
unread and every year under the bound be listed as if each were the first."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled

_FIRST_TIME = compiled(r"初めて|はじめて|最初に")
_BOUNDS = ("lt", "le", "gt", "ge")


def first_time_asked(t, qn: str, reading, free) -> None:
    """The earliest of the reading's rows by the table's year column, where 初めて is said of a bound on a
    figure (「初めて700人を下回る」) and the year is what is asked (the year column, or 何年度・いつ)."""
    first = _FIRST_TIME.search(qn)
    if first is None or not free(*first.span()) or reading.aggregate or reading.limit \
            or not any(c.op in _BOUNDS for c in reading.conds):
        return
    years = [c.header for c in t.columns if c.years_inside and not c.numeric]
    if len(years) != 1 or not (reading.asked == years[0] or re.search(r"何年度|いつ|どの年度", qn)):
        return
    reading.aggregate, reading.measure, reading.asked = "min", years[0], years[0]
    reading.spans.append(first.span())
