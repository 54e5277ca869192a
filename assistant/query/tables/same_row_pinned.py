"""「漁協の補助金の令和６年度は？」 over two documents listing the same subsidies (a list of the amounts, a sheet of the
grades): the part of the name said pins one row in each, and it is the same row (one name). The documents are then
no rivals over which thing is meant — the question names one — as they are none when the row's whole name is said;
the table read best answers, as it does for the whole name."""
from __future__ import annotations

import re

from assistant.query.facts import _key


def pinned_name(reading, holds) -> str:
    """The name of the one row the reading's conditions on its name column leave, else ''."""
    t = reading.table
    if not t.name or reading.aggregate or not any(c.header == t.name for c in reading.conds):
        return ""
    rows = [row for row in t.rows if all(holds(row, t, c) for c in reading.conds)]
    if len(rows) != 1:
        return ""
    return _key(str(rows[0]["cells"].get(t.name) or ""))


def same_row_pinned(a, b, holds) -> bool:
    """Whether both readings pin one row by its name, and it is the row of the same name."""
    name = pinned_name(a, holds)
    return bool(name) and pinned_name(b, holds) == name


# 「…はいくら？」「何円」: an amount of money asked
_AMOUNT_ASKED = re.compile(r"いくら|何円|何千円|何万円|何百万円|何億円")


def grade_for_amount(reading, qn: str) -> bool:
    """「令和３年度の農協の補助金はいくら？」 read on a sheet grading the subsidy each year (自己評価R3: B): an amount is
    asked, which the column read, printing no number, cannot be; a list of the amounts reading it is the one."""
    t = reading.table
    if reading.aggregate or not reading.asked or not _AMOUNT_ASKED.search(qn):
        return False
    column = t.column(reading.asked)
    return column is not None and not column.numeric
