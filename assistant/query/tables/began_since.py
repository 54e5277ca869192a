"""「令和5年度以降に新しくできた補助金は？」 over a table of yearly amounts (R4決算 | R5決算 | R6決算 | R7予算,
「－」 where nothing was granted yet): the rows that began in or after the year said hold nothing in every
year's column before it. Read only when the table has a year's column before the year said and one from it."""
from __future__ import annotations

from assistant.query.compiled import compiled
from assistant.text.wareki import find_years

_BEGAN = compiled(r"(?:以降|以後|から)\s*(?:に|で)?\s*(?:新しく|新たに|新規に)?\s*"
                  r"(?:でき(?:た|ている|てる)|始ま(?:った|っている)|はじま(?:った|っている)|開始(?:した|された)"
                  r"|新設(?:した|された|されている)?|創設(?:した|された)|設け(?:た|られた)|登場した)"
                  # (「令和5年度から始まった新しい施策」: the new said again after the verb)
                  r"(?:\s*(?:新しい|新たな|新規の?))?")

_START_HEADER = compiled(r"開始|着手|始期|創設|新設|期間")


def began_since(t, qn: str) -> tuple[int, int, int, list[str]] | None:
    """(start, end, fiscal year, the headers of the years' columns before it) when the question asks the rows
    begun since a year; None when it does not or the table has no years on both sides of it."""
    # (「2027年度から新しく加わった」 over a sheet per year is the rows of that year's sheet not on the one
    # before it: newly_sheet)
    m = _BEGAN.search(qn) if len(t.sheets) < 2 else None
    if m is None:
        return None
    years = [y for y in find_years(qn[:m.start()]) if m.start() - y.end <= 1]
    if not years:
        return None
    if any(_START_HEADER.search(c.header) for c in t.columns):
        return None  # (a table printing when each row began, 開始年度, says it; a blank amount does not)
    fy = years[-1].fiscal_year
    cols = [c for c in t.columns if c.year is not None and c.numeric]
    # (「基準値（令和2年度）」「目標値（令和7年度）」 beside 令和4年度 KPI実績 …: a figure printed for one year only is
    # no year's figure of the rows; the series printed for two years or more are)
    bases = [c.base for c in cols]
    if any(bases.count(b) >= 2 for b in bases):
        cols = [c for c in cols if bases.count(c.base) >= 2]
    before = [c.header for c in cols if c.year < fy]
    if not before or not any(c.year >= fy for c in cols):
        return None
    return years[-1].start, m.end(), fy, before
