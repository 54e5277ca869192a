"""A measure's columns under one heading told apart by the year and what each year's figure is (児童生徒数 over
R6実績 | R12推計; 効果額 over R6実績 | R8見込み): one series of that measure by year, so 「R12の児童生徒数」 names the
R12 column and 「R6からR12で減る」 compares the two. What each figure is (実績, 推計) stays a word of its column."""
from __future__ import annotations

import re
from dataclasses import replace

# (the words a year's figure is said to be: done, estimated, planned. Not 目標: a target set for a year is what
# the figures are measured against, no point of their series — 削減率 目標 (R17) | 実績 (R6末) read as one series
# took 「令和5年度は△で令和6年度に改善した分類」 off the grade columns, tests/query/test_facility_plan_subtotals_and_meetings.py)
_KIND = re.compile(r"^(.{2,}?)の?(実績|推計|見込み?|計画|予定|見通し|予測)$")


def years_of_one_measure(columns: list) -> list:
    """Give numeric year columns whose bases differ only by the kind word after them one base (the measure's), when
    they are two or more, of different years, and no other column is that measure in one of their years (効果額
    R6計画 beside 効果額R6実績 are two figures of one year: left apart)."""
    groups: dict[str, list] = {}
    for c in columns:
        m = _KIND.match(c.base or "") if c.numeric and c.year is not None else None
        if m:
            groups.setdefault(m.group(1), []).append(c)
    out = list(columns)
    for measure, cols in groups.items():
        years = [c.year for c in cols]
        if len(cols) < 2 or len(set(years)) != len(years) \
                or any(c.base == measure and c.year in years for c in columns):
            continue
        for i, c in enumerate(out):
            if c in cols:
                out[i] = replace(c, base=measure, forms=c.forms if measure in c.forms else (*c.forms, measure))
    return out
