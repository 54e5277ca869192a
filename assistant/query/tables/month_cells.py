"""「令和7年10月に募集する」「2025年9月以降」「R7年11月まで」 over a column whose cells are months (募集時期（予定）:
令和7年10月): the month said and how it bounds the column's months. Read before fiscal years, which would keep every
month of the year said."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled

_MONTH = compiled(r"(?:(?P<era>令和|平成|[RrHh])\s*(?P<n>元|\d{1,2})|(?P<west>(?:19|20)\d{2}))\s*年\s*"
                  r"(?P<m>1[0-2]|[1-9])\s*月(?![\d0-9]|\s*\d)")
# (中・に・の・で: the month itself; 以降・から・以後 from it on; まで・以前 up to it; より前/より後 before/after it)
_BOUND = compiled(r"^(?:中)?(?P<word>以降|から(?!\s*(?:令和|平成|[RrHh]\s*\d|(?:19|20)\d{2}|\d{1,2}\s*月))|以後|"
                  r"まで(?:に)?|以前|より前|より後|に|の|で|頃|ごろ)")
_OPS = {"以降": "ym_ge", "から": "ym_ge", "以後": "ym_ge", "まで": "ym_le", "までに": "ym_le", "以前": "ym_le",
        "より前": "ym_lt", "より後": "ym_gt"}
# (after から: a verb of beginning, its subject said between or not — 「受付が始まる」「開始した」)
_BEGAN_AFTER = compiled(r"\s*(?:[一-龥ァ-ヶー]{1,6}\s*(?:が|は|を)\s*)?(?:始ま|開始|スタート|始め)")
_ERA_BASE = {"令和": 2018, "r": 2018, "平成": 1988, "h": 1988}


def said_months_of_column(qn: str) -> list[tuple[int, int, tuple[int, int], str, str]]:
    """(start, end, (year, month), op, the month as said) for each year's month said: ym_eq for the month itself, ym_ge/ym_le/ym_lt/
    ym_gt for a bound after it. (「末」 after the month is a point in time, 「令和7年3月末時点」: not read here)"""
    out = []
    for m in _MONTH.finditer(qn):
        bound = _BOUND.match(qn[m.end():])
        if not bound:
            continue
        if m.group("west"):
            year = int(m.group("west"))
        else:
            era = m.group("era").lower() if len(m.group("era")) == 1 else m.group("era")
            year = _ERA_BASE[era] + (1 if m.group("n") == "元" else int(m.group("n")))
        word = bound.group("word")
        op = _OPS.get(word, "ym_eq")
        # 「令和７年10月から始まった」「10月から受付が始まる」: the month it began, no bound on the months after it
        began = word == "から" and _BEGAN_AFTER.match(qn[m.end() + bound.end():])
        if began:
            op = "ym_eq"
        # (に・の・で stay for the words after them: 「10月に募集」 — only the bound is the month's)
        end = m.end() + (bound.end() if op != "ym_eq" or began else bound.start("word"))
        out.append((m.start(), end, (year, int(m.group("m"))), op, m.group(0)))
    return out
