"""The year a one-year amount is of, said with it: 「2025年度の負担額」「令和7年度の本市負担額」.

A joint-projects table printing the body's own share of one year (本市負担額（2025年度・千円）) keeps that year
beside the amount (own_share_year); a year said with the amount's word is a condition on it, so that a year
the table does not print gives no amounts rather than another year's.
"""
from __future__ import annotations

import re

from assistant.query.answer import Condition
from assistant.query.grammar import Context, Production, Rule
from assistant.query.grammar.years import labels

FIELD, YEAR_FIELD = "own_share", "own_share_year"
_WORDS = r"(?:本市|本町|本村|市|町|村)?負担(?:額|金)"


def _share_year(m: re.Match, ctx: Context) -> Production | None:
    holders = {k for k, cols in ctx.lex.columns.items() if YEAR_FIELD in cols}
    found = labels(m.group("year"), ctx)
    if not holders or len(found) != 1:
        return None
    return Production([Condition(YEAR_FIELD, "=", found[0], f"負担額の年度 = {found[0]}")], hints=holders)


RULES: list[Rule] = [
    Rule("year_of_share",
         r"(?P<year>{YEAR})\s*(?:の|に|で)?\s*(?:(?:[一-龥ァ-ヶー]{1,8}?[市町村])\s*の\s*)?(?=" + _WORDS + ")",
         _share_year,
         # (no amount of one year in the examples' index: nothing)
         examples=(("2025年度の負担額", None),)),
]
