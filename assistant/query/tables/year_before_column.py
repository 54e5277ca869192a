"""「総合評価 | 前年度総合評価（Ｒ５実施）」: a column printing the year before's value of another column that names no
year is that column's series: the one the year before (Ｒ５), the other the year after it. So 「前年度より総合評価が
上がった」 compares the two as year columns of one measure, and 「総合評価」 said alone is the latest."""
from __future__ import annotations

import re
from dataclasses import replace

_BEFORE = re.compile(r"^(?:前年度|前年|昨年度|前回)(?:の)?(?P<rest>.{2,})$")


def pair_year_before(columns: list) -> list:
    """The columns with each such pair given one base, the later column the year after the earlier's printed year.
    Unchanged where the earlier prints no year, or where another column of that base has a year already."""
    out = list(columns)
    for i, c in enumerate(columns):
        said = _BEFORE.match(c.base or "")
        if said is None or c.year is None:
            continue
        later = [n for n, o in enumerate(columns) if o.base == said.group("rest") and o is not c]
        if len(later) != 1 or columns[later[0]].year is not None or columns[later[0]].numeric != c.numeric:
            continue
        out[i] = replace(c, base=said.group("rest"))
        out[later[0]] = replace(columns[later[0]], year=c.year + 1)
    return out
