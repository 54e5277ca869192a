"""「2024年10月以降に実施した研修」「令和6年9月までに」: a month (no day) bounding a column of days, whatever
calendar each cell prints its days in (西暦 and 和暦 in one column): the month's first day from it on, its last
day up to it."""
from __future__ import annotations

import calendar
import re

from assistant.query.compiled import compiled

_MONTH = compiled(r"(?:(?P<era>令和|平成|[RrHh])\s*(?P<n>元|\d{1,2})|(?P<west>(?:19|20)\d{2}))\s*年\s*"
                  r"(?P<m>1[0-2]|[1-9])\s*月(?![\d0-9]|\s*\d)")
# (以降・から・以後 from the first day on; まで・以前 up to the last; より前 before the first; より後 after the last)
_BOUND = compiled(r"^(?:中|末)?(?:以降|から|以後|まで(?:に)?|以前|より前|より後)")
_ENDING = compiled(r"^.{0,10}?(?:切れ|終わ|終了|満了|完了)")
_MONTH_NEXT = compiled(r"\s*(?:(?:令和|平成|[RrHh])\s*(?:元|\d{1,2})\s*年\s*|(?:19|20)\d{2}\s*年\s*)?(?:1[0-2]|[1-9])\s*月")
_ERA_BASE = {"令和": 2018, "r": 2018, "平成": 1988, "h": 1988}


def month_bounds(qn: str) -> list[tuple[int, int, tuple[int, int, int], str]]:
    """(start, end, day, bound) for each month said with a bound: the day is the month's first (以降・から・
    以後・より前) or last (まで・以前・より後), the bound as the day conditions name it."""
    out = []
    for m in _MONTH.finditer(qn):
        bound = _BOUND.match(qn[m.end():])
        if not bound or bound.group(0).startswith("末") or _ENDING.match(qn[m.end() + bound.end():]):
            continue  # (「令和9年3月末までに期間が切れる」: a span's end by a fiscal year's end, read as such)
        if bound.group(0) == "から" and _MONTH_NEXT.match(qn, m.end() + bound.end()):
            continue  # (「令和6年1月から3月までの利用者数」: a range of months, the columns it spans)
        if m.group("west"):
            year = int(m.group("west"))
        else:
            year = _ERA_BASE[m.group("era").lower() if len(m.group("era")) == 1 else m.group("era")] \
                + (1 if m.group("n") == "元" else int(m.group("n")))
        month = int(m.group("m"))
        word = re.sub(r"^(?:中|末)", "", bound.group(0))
        last = word.startswith("まで") or word in ("以前", "より後") or bound.group(0).startswith("末")
        day = calendar.monthrange(year, month)[1] if last else 1
        out.append((m.start(), m.end() + bound.end(), (year, month, day), word))
    return out
