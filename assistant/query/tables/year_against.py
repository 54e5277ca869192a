"""「R8見込がR7と同額」「R8見込がR7より増える」: a year said alone against a column of a year names the same
figure's column of that year (予算額R8（見込） against 予算額R7（当初）), so the two columns of a row are compared."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.wareki import find_years

# What follows the second year when the two figures are compared (the comparison itself is read after).
_COMPARED_AFTER = compiled(r"^(?:と(?:同じ|同額|等しい|等しかった|一致|比べ|比較)|より|を(?:上回|下回|超え)|に比べ)")


def year_as_column(t, qn: str, mentions: list) -> None:
    """Turn the year mention after 「<column of a year>が」 into a mention of that year's column of the same
    figure, when the table has exactly one such column; else leave the question as it was read."""
    cols = [m for m in mentions if m.kind == "col"]
    years = [m for m in mentions if m.kind == "year"]
    for a in cols:
        c = t.column(a.data)
        if not (c.numeric and c.year is not None and c.base):
            continue
        # (only a column said with its own year, 「r8見込」: 「令和7年度見込みの削減額が」 reads its year apart, bound later)
        if not any(y.fiscal_year == c.year for y in find_years(qn[a.start:a.end])):
            continue
        for y in years:
            between = qn[a.end:y.start]
            if between not in ("が", "は") or not _COMPARED_AFTER.match(qn[y.end:]):
                continue
            if not isinstance(y.data, tuple) or y.data[1]:  # (「R7から」: a span of years, read as such)
                continue
            year = y.data[0]
            same = [x.header for x in t.columns if x.numeric and x.base == c.base and x.year == year
                    and x.header != c.header]
            if len(same) == 1:
                mentions.remove(y)
                # (the year said inside the first column's words, 「r8」 of 「r8見込」, is that column's own: no year
                # for the comparison to take both columns to)
                for inner in [m for m in mentions if m.kind == "year" and a.start <= m.start and m.end <= a.end]:
                    mentions.remove(inner)
                y.kind, y.data = "col", same[0]
                mentions.append(y)


# What joins the year said first to the column it is compared with: 「R7が」「R7の時点で（もう）」.
# (「R6の数値が類似団体平均を下回ってる」: the year's figure said as such)
_YEAR_THEN = compiled(r"^(?:が|は|で|の?時点で|の(?:値|数値|数字)(?:が|は))(?:もう|すでに|既に)?$")
# The year printed in brackets after the column said, 「目標（R10）」: that column's own year.
_OWN_YEAR = compiled(r"^[(（]\s*$")


def year_first_as_column(t, qn: str, mentions: list) -> None:
    """「R7が目標（R10）以下」「R7の時点でもう目標（R10）の人数以下」: a year said first, then a column of figures,
    names the table's one numeric column headed by that year alone (R7 of 令和2年 … R7 | 目標 (R10)), so the two
    columns of a row are compared; the year in brackets after the column said is that column's own. Any other
    shape (two columns of that year, the year said with から) is left as it was read."""
    cols = [m for m in mentions if m.kind == "col"]
    years = [m for m in mentions if m.kind == "year"]
    for y in years:
        if not isinstance(y.data, tuple) or y.data[1]:
            continue
        later = [a for a in cols if a.start >= y.end and _YEAR_THEN.match(qn[y.end:a.start])]
        if len(later) != 1:
            continue
        a = later[0]
        c = t.column(a.data)
        if not (c.numeric and c.base) or c.year == y.data[0]:
            continue
        own = [x.header for x in t.columns if x.numeric and x.year == y.data[0] and not x.base]
        if len(own) != 1:
            continue
        for inner in [m for m in mentions if m.kind == "year" and m is not y and m.start >= a.end
                      and _OWN_YEAR.match(qn[a.end:m.start]) and m.data[0] == c.year]:
            # (the bracket's year, 「(r10)」, belongs to the column said: it binds nothing else)
            close = re.match(r"\s*[)）]", qn[inner.end:])
            mentions.remove(inner)
            a.end = inner.end + (close.end() if close else 0)
        y.kind, y.data = "col", own[0]
