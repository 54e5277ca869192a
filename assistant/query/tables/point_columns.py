"""Status columns headed by points in time (進捗状況 Ｒ５年度末 │ Ｒ６年度末 │ Ｒ７．９月末): each the state
at the end of a fiscal year, the last one at a month's end inside the current year. They are one series by
fiscal year, as 「令和5年度」「令和6年度」 columns are; a month's end is of the fiscal year it falls in, so
「R7.9月末」 is asked as FY R7 where no column holds that year's end already."""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.query.facts import _key
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years


def _end_stripped(base: str) -> str:
    return re.sub(r"^末|末$", "", base)


def points_in_time(columns: list) -> list:
    """The columns, a year-end column's base without 末 (進捗状況末 → 進捗状況) and a month-end column of the
    same base given its fiscal year and that base, so the series is asked by year."""
    out = []
    for c in columns:
        text = nfkc(c.header)
        # (a header of the point alone, 「令和8年度末」 whose base is 末, keeps it: stripped it would be no word,
        # an empty form every question holds, and made70's 【status】（令和8年度末：…） read every value as a status)
        if c.year is not None and "年度末" in text and (c.base.endswith("末") or c.base.startswith("末")) \
                and _end_stripped(c.base):
            base = _end_stripped(c.base)
            c = replace(c, base=base, forms=(*c.forms, base) if base not in c.forms else c.forms)
        out.append(c)
    series = {c.base for c in out if c.year is not None and c.base}
    taken = {(c.base, c.year) for c in out if c.year is not None}
    for n, c in enumerate(out):
        if c.year is not None or c.numeric:
            continue
        text = nfkc(c.header)
        points = [y for y in find_years(text, calendar=True) if y.calendar and text[y.end:].startswith(("末", "月末"))]
        if len(points) != 1:
            continue
        y = points[0]
        rest = text[:y.start] + re.sub(r"^月?末", "", text[y.end:])
        base = _key(re.sub(r"[(（]\s*[)）]", "", rest).strip(" の・"))  # (「状況（R7.6月末）」: the brackets emptied)
        if base not in series or (base, y.fiscal_year) in taken:
            continue
        taken.add((base, y.fiscal_year))
        out[n] = replace(c, year=y.fiscal_year, base=base, forms=(*c.forms, base))
    return out
