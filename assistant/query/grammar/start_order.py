"""Records ordered by the year they began: 「始まったのが古い順に3つ」「開始が新しい順」「古いものから5件」.

Only where the index holds a kind printing the year its records began (開始年度, `start_year`): the order is
of that year (H29 before R1, the executor ordering a fiscal-year label as its year).
"""
from __future__ import annotations

import re

from assistant.query.grammar import Context, Production, Rule

FIELD = "start_year"
_SAID_START = (r"(?:(?:始まった|始めた|開始した|スタートした)(?:の|もの|時期|年度)?(?:が|の)|開始(?:年度|時期)?(?:が|の)|始まりが)")
_OLD = ("古い", "早い")


def _kinds(ctx: Context) -> set[str]:
    return {kind for kind, columns in ctx.lex.columns.items() if FIELD in columns}


def _start_order(m: re.Match, ctx: Context) -> Production | None:
    kinds = _kinds(ctx)
    if not kinds:
        return None
    n = m.groupdict().get("n")
    limit = int(n) if n and (ctx.query is None or ctx.query.limit is None) else None
    return Production(order_by=FIELD, descending=m.group("size") not in _OLD, limit=limit,
                      hints=kinds if len(kinds) == 1 else set())


def _first_started(m: re.Match, ctx: Context) -> Production | None:
    """The one record first (or last) in that order."""
    made = _start_order(m, ctx)
    if made is not None and (ctx.query is None or ctx.query.limit is None):
        made.limit = 1
    return made


RULES: list[Rule] = [
    Rule("ordered_by_start",
         r"(?:" + _SAID_START + r"\s*)(?P<size>古い|早い|新しい|遅い)\s*(?:順|もの(?:から|順))(?:に|で)?(?:並べ(?:て|る|た)?)?"
         r"(?:(?:に|で)?\s*(?P<n>\d+)\s*(?:つ|件|個|事業|項目)(?:の|だけ)?)?",
         _start_order,
         examples=(("始まったのが古い順に3つ", {"order_by": "start_year", "descending": False, "limit": 3}),
                   ("開始年度が新しい順", {"order_by": "start_year", "descending": True}),
                   ("始まった時期が早いものから5件", {"order_by": "start_year", "descending": False, "limit": 5}))),
    # 「開始年度がもっとも古いのはどれ」「いちばん早く始まった」: the first in that order, one record.
    Rule("earliest_start",
         r"(?:" + _SAID_START + r"\s*)(?:いちばん|一番|最も|もっとも)\s*(?P<size>古い|早い|新しい|遅い)(?=の|もの|事業|取組|[はがを?？、。\s]|$)",
         _first_started,
         examples=(("開始年度がもっとも古いのは", {"order_by": "start_year", "descending": False, "limit": 1}),
                   ("始まったのが一番新しいもの", {"order_by": "start_year", "descending": True, "limit": 1}))),
]
