"""「年間何人」 said of a table whose figures are not split over months: the figures are each a year's already (a
report of one year's results), so 年間 asks nothing more and is no word to search for. Over a table of months, or
of several years' columns, it is left as said (the year's total, or which year, is then meant)."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# 「年間何人」「年間で何件」「年間にいくら」: 年間 with no span before it (not 「5年間」), a figure asked right after.
_ANNUAL_ASKED = compiled(r"(?<![\d一二三四五六七八九十何数])年間\s*(?:で|に|の)?\s*(?=何[人件回台円]|いくら|どれくらい|どのくらい)")
_MONTH_HEADER = compiled(r"(?:1[0-2]|[1-9])月")


def without_annual(question: str, tables) -> str:
    """The question without 「年間」 before a figure asked, where no table whose column
    the question names has columns of months or of years."""
    text = nfkc(question)
    m = _ANNUAL_ASKED.search(text)
    if not m:
        return question
    # (the tables the question names a column of: 「降車」 of the stops' table, not the routes' table by year)
    named = [t for t in tables if any(len(h := nfkc(c.header).strip()) >= 2 and h in text for c in t.columns)]
    if not named or any(_MONTH_HEADER.search(nfkc(c.header)) or c.year is not None for t in named for c in t.columns):
        return question
    return text[:m.start()] + text[m.end():]
