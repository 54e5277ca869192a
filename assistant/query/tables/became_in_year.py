"""「R6の間に完了したもの」「令和６年度中に完了した」 over a status per year's end (実施状況 令和5年度末 │ 令和6年度末):
the rows whose status became that value within the year said — that year's column holds it, the year before's does
not (a row 完了 already at the end of 令和5年度 was not completed during 令和6年度)."""
from __future__ import annotations

import re
from typing import Callable

from assistant.query.facts import _key
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

# 「の間に」「中に」「のうちに」「の１年間で」: within the year said, then the status reached
_WITHIN = re.compile(r"(?:年度)?(?:の間|中|のうち|の1年間|の一年間)(?:に|で)(?P<value>[一-龥ァ-ヶー]{2,6}?)(?:した|し|になった|となった|済み)")


def read_became(t, qn: str, free: Callable[[int, int], bool], take: Callable) -> None:
    """Take 「<year>の間に<status>した」 as the rows reaching that status in that year's column only."""
    for y in find_years(qn, calendar=True):
        m = _WITHIN.match(qn, y.end)
        if m is None or not free(y.start, m.end()):
            continue
        value = _key(m.group("value"))
        this = [c for c in t.columns if c.year == y.fiscal_year and not c.numeric and _holds(t, c.header, value)]
        if len(this) != 1:
            continue
        before = [c for c in t.columns if c.year == y.fiscal_year - 1 and c.base == this[0].base]
        if len(before) != 1:
            continue
        take(y.start, m.end(), "became", (this[0].header, before[0].header, value))


def _holds(t, header: str, value: str) -> bool:
    return any(_key(nfkc(str(r["cells"].get(header) or "")).strip()) == value for r in t.rows)
