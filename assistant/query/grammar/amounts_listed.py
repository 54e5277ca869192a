"""Whether a list of yearly amounts holds an item at all (costs_by_year: a CSV of 効果額 per item per fiscal year, given
to the items it lists, store/listed_columns): 「効果額が出ている取組」 are those it lists, 「効果額を算定していない取組」 those
it leaves out (its note: 算定していない取組は掲載しない). And 「担当してる部はいくつ」: the distinct bureaus of the items.
Read only where the index holds such amounts (or bureaus); otherwise nothing is read and the words stay unused."""
from __future__ import annotations

import re

from assistant.query.answer import Condition
from assistant.query.grammar import Context, Production, Rule

# The amounts a yearly list prints (the words query/yearly_costs reads them by).
_AMOUNT = r"(?:財政効果額|効果額|事業費|予算額)"
_HELD = r"(?:出ている|出てる|出ています|載っている|載ってる|算定されている|算定されてる|ある|あります|計上されている)"
_NOT_HELD = (r"(?:を|が)?\s*(?:算定していない|算定してない|算定されていない|算定されてない|出ていない|出てない|載っていない|載ってない"
             r"|ない|計上されていない)")


def _held(m: re.Match, ctx: Context) -> Production | None:
    if "costs_by_year" not in ctx.lex.columns.get("practice", ()):
        return None
    amount = m.group("a")
    if m.group("none"):
        return Production([Condition("costs_by_year", "empty", None, f"{amount}の記載なし（一覧に載っていない）")],
                          hints={"practice"})
    return Production([Condition("costs_by_year", "not_empty", None, f"{amount}の記載あり（一覧に載っている）")],
                      hints={"practice"})


def _bureaus(m: re.Match, ctx: Context) -> Production | None:
    if "bureau" not in ctx.lex.columns.get("practice", ()):
        return None
    return Production(aggregate="distinct", group_by="bureau", hints={"practice"})


RULES: list[Rule] = [
    Rule("amount_listed",
         r"(?P<a>" + _AMOUNT + r")\s*(?:が|は|を)?\s*(?:(?P<held>" + _HELD + r")|(?P<none>" + _NOT_HELD + r"))",
         _held,
         examples=(("効果額が出ている", None),  # (no yearly amounts in the examples' index: nothing)
                   ("効果額を算定していない", None))),
    Rule("distinct_bureaus_counted",
         r"(?:担当(?:して(?:い)?る|の)?|所管(?:して(?:い)?る|の)?)\s*(?:部|部局)\s*(?:は|って)*\s*[、,]?\s*(?:は)?(?:全部で)?\s*"
         r"(?:いくつ|何部|何個|何種類)(?:ある|あります)?",
         _bureaus,
         examples=(("担当してる部は、いくつある", None),)),
]
