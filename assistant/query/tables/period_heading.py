"""「計画期間」 merged over Ｒ７…Ｒ11 (a plan's years under one heading): the heading says only that the columns are
the years of the plan, no measure of their own, so each column is its year alone (R7), as a table printing the
years bare is read; 「計画期間の平均」 or 「５年間」 then still reach every year."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

# Words of a span of years, not of what is counted in it.
_PERIOD = re.compile(r"^(?:計画|対象|推計|見通し|集中|取組)?期間$")


def years_under_period(headers: list[str], rows: list[dict]) -> list[str]:
    """The headers with a period heading joined before two or more year columns (「計画期間R7」) taken off."""
    split = {}
    for h in headers:
        text = nfkc(h).strip()
        years = find_years(text)
        if len(years) == 1 and years[0].end == len(text) and years[0].start > 0:
            head = text[:years[0].start].strip()
            if _PERIOD.match(head):
                split[h] = (head, text[years[0].start:])
    heads = {head for head, _ in split.values()}
    bare = [y for _, y in split.values()]
    if len(split) < 2 or len(heads) != 1 or len(set(bare)) != len(bare) \
            or any(nfkc(h).strip() in bare for h in headers if h not in split):
        return headers
    for r in rows:
        r["cells"] = {split[k][1] if k in split else k: v for k, v in r["cells"].items()}
    return [split[h][1] if h in split else h for h in headers]
