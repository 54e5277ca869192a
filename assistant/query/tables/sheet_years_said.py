"""「３年分合計すると」「3か年で」 over a table joined from a sheet per year (令和４年度 | 令和５年度 | 令和６年度): as many
years as the table has sheets is every sheet, no condition (read as words used, not as a year or a figure). Another
number of years says something the table cannot answer plainly, and is left for the reading to report."""
from __future__ import annotations

import re
from typing import Callable

_DIGITS = "一二三四五六七八九"
_SPAN = re.compile(r"(?P<n>[2-9二三四五六七八九])\s*(?:年分|年度分|か年|カ年|ヶ年|箇年|年間|年度間)(?:分)?\s*(?:を|の|で)?")


def read_all_sheets_said(t, qn: str, free: Callable[[int, int], bool], take: Callable) -> None:
    if len(t.sheets) < 2:
        return
    for m in _SPAN.finditer(qn):
        n = int(m.group("n")) if m.group("n").isdigit() else _DIGITS.index(m.group("n")) + 1
        if n == len(t.sheets) and free(*m.span()):
            take(*m.span(), "filler")
