"""The understood line says which year a relative word meant: 「最終年度（R5）評価 = A」, not a bare R5."""
from __future__ import annotations

import re

from assistant.query.answer import Condition


def placed_in_labels(conditions: list[Condition], places: dict[str, str]) -> None:
    """Write in each condition's label, at the first mention of a year read from words said by where the year
    stands (`places`: R5 → 最終年度, from parse._relative_years), those words with the year in brackets: a user
    who said 最終年度 sees which year it was taken to be."""
    if not places:
        return
    for c in conditions:
        if not isinstance(c.label, str):
            continue
        for year, word in places.items():
            if f"{word}（{year}）" in c.label:
                continue
            c.label = re.sub(rf"(?<![A-Za-z0-9]){re.escape(year)}(?!\d)", f"{word}（{year}）", c.label, count=1)
