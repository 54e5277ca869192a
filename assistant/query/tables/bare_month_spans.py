"""Bare months said (no year) over a table whose rows are the months (「月 │ 本庁舎 │ 北支所 │ …」 over ４月 … ３月, printed in the order of the fiscal
year): a span of months said (「４月～９月」「10月から３月までの下半期」) is the rows printed from the first month to the
last — across the new year when the span is — and 「何月」「どの月」 asks the month of the rows.

The half said beside a span (上半期, 下半期) only restates it. Read by the shape only: the rows' name column holds a
month in every row, each month once."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.query.tables.question import Cond
from assistant.text.normalize import nfkc

_MONTH = re.compile(r"^(1[0-2]|[1-9])月$")
_SPAN = re.compile(r"(?<!\d)(?P<a>1[0-2]|[1-9])月\s*(?:[~～〜\-－ー]|から)\s*(?P<b>1[0-2]|[1-9])月(?:まで)?(?:の(?:間|あいだ))?")
_HALF = re.compile(r"(?:上半期|下半期|前半|後半|上期|下期)")
_WHICH_MONTH = re.compile(r"何月|どの月|いつの月")


def month_column(t) -> str:
    """The column holding a bare month in every row, each month once (the rows' name, printed or not); else ""."""
    if len(t.rows) < 3:
        return ""
    for c in t.columns:
        said = [_MONTH.match(nfkc(str(r["cells"].get(c.header) or "")).replace(" ", "")) for r in t.rows]
        if all(said) and len({m.group(1) for m in said}) == len(said):
            return c.header
    return ""


def month_of_rows(t) -> tuple[str, list[tuple[int, str]]] | None:
    """(the month column, (month, row key) of each row in printed order) when the rows are the months; else None."""
    header = month_column(t)
    if not header:
        return None
    return header, [(int(_MONTH.match(nfkc(str(r["cells"][header])).replace(" ", "")).group(1)), r["key"]) for r in t.rows]


def read_month_rows(question: str, reading) -> bool:
    """Add (in place) the rows of the span of months said, and the month asked; False when none is said."""
    t = reading.table
    found = month_of_rows(t)
    if found is None:
        return False
    name, months = found
    qn = _key(nfkc(question))
    done = False
    m = _SPAN.search(qn)
    if m:
        a, b = int(m.group("a")), int(m.group("b"))
        order = [n for n, _ in months]
        if a in order and b in order and order.index(a) <= order.index(b):
            keys = [k for n, k in months[order.index(a):order.index(b) + 1]]
            said = {f"{a}月", f"{b}月"}
            # (the two ends read as values of the month column before: the span is said instead)
            reading.conds = [c for c in reading.conds
                             if not (c.header == name and (str(c.value) in said or (isinstance(c.value, (list, tuple))
                                                                                     and set(map(str, c.value)) <= said)))]
            reading.conds.append(Cond(name, "rows", keys, f"{name}が{a}月から{b}月まで"))
            reading.spans.append(m.span())
            # 「上半期（４月～９月）」「10月から３月までの下半期」: the half only restates the span
            for h in _HALF.finditer(qn):
                if abs(h.start() - m.end()) <= 3 or abs(m.start() - h.end()) <= 2:
                    reading.spans.append(h.span())
            done = True
    for w in _WHICH_MONTH.finditer(qn):
        reading.spans.append(w.span())
        reading.asked = reading.asked or name
        done = True
    return done
