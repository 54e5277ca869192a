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
                  r"(?:\s*(?:新しい|新たな|新規の?))?"
                  # 「令和6年度からの新規施策」「令和6年度から新たに評価対象になった」「令和6年度から搬入が始まった」
                  r"|(?:以降|以後|から)\s*の\s*新規"
                  r"|(?:以降|以後|から)\s*(?:新たに|新しく|新規に)\s*[一-龥ァ-ヶー]{1,6}(?:に|と)\s*(?:なった|なっている|加わった)"
                  r"|から\s*[一-龥ァ-ヶー]{1,4}\s*(?:が|を)\s*(?:始ま(?:った|っている)|はじま(?:った|っている)|開始(?:した|された))")

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
    if not cols:
        # (a mark or grade per year, 「－」 where the row was not yet evaluated: 進捗評価 令和5年度 | 令和6年度)
        marks = [c for c in t.columns if c.year is not None]
        bases = [c.base for c in marks]
        cols = [c for c in marks if bases.count(c.base) >= 2]
    # (「基準値（令和2年度）」「目標値（令和7年度）」 beside 令和4年度 KPI実績 …: a figure printed for one year only is
    # no year's figure of the rows; the series printed for two years or more are)
    bases = [c.base for c in cols]
    if any(bases.count(b) >= 2 for b in bases):
        cols = [c for c in cols if bases.count(c.base) >= 2]
    before = [c.header for c in cols if c.year < fy]
    if not before or not any(c.year >= fy for c in cols):
        return None
    if all(c.numeric for c in cols) and any(all(not str(r["cells"].get(c.header) or "").strip() for c in cols)
                                            for r in t.rows) \
            and not any(_DASH.match(str(r["cells"].get(h) or "").strip()) for r in t.rows for h in before):
        # (a table of amounts leaving cells blank where none was counted, 財政効果額 R6 │ R7 with rows blank in every
        # year: a blank says no amount, not that the row had not begun; a 「－」 printed for the years before one
        # is what says it)
        return None
    return years[-1].start, m.end(), fy, before


_DASH = compiled(r"^[-－―‐ー—]$")


# 「令和4年度に評価していないリスク」「令和4年度は未評価」: every column of that year's marks holds 「－」
# (「評価がついていない」 is left to the dashes' own readings: a table leaving cells blank beside 「－」 tells the two apart)
_UNRATED = compiled(r"(?:に|で|は|には)?\s*(?:評価(?:して|されて|され)(?:い)?(?:ない|なかった)|未評価|評価対象(?:外|でない|ではない|ではなかった))")
# 「令和4年度に評価がついてた」「評価がある」: a grade given that year, its cell not 「－」
_RATED = compiled(r"(?:に|で|は|には)?\s*評価(?:が|は)?(?:(?:つい|付い)て(?:い)?(?:る|た)|(?:つい|付い)た|あ(?:る|った)(?![ぁ-ん]))")


def rated_in(t, qn: str) -> tuple[int, int, int, list[str]] | None:
    """As unrated_in, for the rows given a grade in the year said (「令和4年度に評価がついてた」)."""
    return unrated_in(t, qn, _RATED)


def unrated_in(t, qn: str, said=_UNRATED) -> tuple[int, int, int, list[str]] | None:
    """(start, end, fiscal year, that year's columns of marks) when the question asks the rows not evaluated in a
    year, over a table with a series of marks (not figures) per year; None otherwise."""
    m = said.search(qn)
    if m is None:
        return None
    years = [y for y in find_years(qn[:m.start()]) if m.start() - y.end <= 3]
    if not years:
        return None
    fy = years[-1].fiscal_year
    marks = [c for c in t.columns if c.year is not None and not c.numeric]
    bases = [c.base for c in marks]
    cols = [c.header for c in marks if bases.count(c.base) >= 2 and c.year == fy]
    if not cols:
        return None
    return years[-1].start, m.end(), fy, cols
