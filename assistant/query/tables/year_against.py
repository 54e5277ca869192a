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
