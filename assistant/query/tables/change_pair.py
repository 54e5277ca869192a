"""「R6からR7への減り幅がいちばん大きい区分」 over 区分 | 件数 | 令和６年度交付額 | 令和７年度予算額 | 増減額: two
figures of two years named differently (what was paid, what is budgeted), with the table's own change column printing
the later less the earlier on every row, are one measure's years — a series the change between the years is read on,
though their names differ. Only where the printed change bears it out row by row."""
from __future__ import annotations

import re

from assistant.query.tables.cells import _number

_CHANGE = re.compile(r"^(?:増減|増減額|増減数|差|差額|差引|比較増減)$")


def changed_pair(t) -> list | None:
    """The two year columns (earlier first) the table's change column is the difference of; None when none is."""
    lone = {}
    for c in t.columns:
        if c.numeric and c.year is not None and c.header not in t.derived:
            lone.setdefault(c.base, []).append(c)
    years = [cs[0] for cs in lone.values() if len(cs) == 1]
    changes = [c for c in t.columns if c.numeric and c.year is None and _CHANGE.match(c.base or "")
               and c.header not in t.derived]
    if len(years) != 2 or len(lone) != 2 or len(changes) != 1 or years[0].year == years[1].year \
            or years[0].unit != years[1].unit:
        return None
    a, z = sorted(years, key=lambda c: c.year)
    checked = 0
    for r in t.rows:
        x, y, d = (_number(r["cells"].get(c.header)) for c in (a, z, changes[0]))
        if x is None or y is None or d is None:
            continue
        if abs((y - x) - d) > 0.5:
            return None
        checked += 1
    return [a, z] if checked >= 2 else None
