"""A committee member named by surname and title: 「桐生委員は」「大久保会長の意見」「南条さんが」.

Read only when the index holds a paper of the members' own opinions (comments keeping the member's name,
member_opinions.py) and exactly one member's name begins with the surname said; the comments are then that
member's. A name no member has is left to the other readings (and reported unused if none reads it).
"""
from __future__ import annotations

import re

from assistant.query.answer import Condition
from assistant.query.grammar import Context, Production, Rule

FIELD = "member"


def _member(m: re.Match, ctx: Context) -> Production | None:
    said = m.group("name")
    names = ctx.lex.closed_values.get(FIELD, set())
    found = sorted(n for n in names if re.sub(r"\s", "", n).startswith(said))
    if len(found) != 1:
        return None  # (no member so named, or two: which is meant is unsaid)
    holders = {k for k, cols in ctx.lex.columns.items() if FIELD in cols}
    return Production([Condition(FIELD, "=", found[0], f"委員 = {found[0]}")], hints=holders)


RULES: list[Rule] = [
    Rule("member_by_surname",
         r"(?<![一-龥々])(?P<name>[一-龥々]{1,5}?)\s*(?:副委員長|委員長|副会長|会長|委員|さん|氏)(?=は|が|の|って|から|に|も|、|\s|$)",
         _member,
         # (no member's opinions in the examples' index: nothing)
         examples=(("桐生委員は", None), ("大久保会長の", None))),
    # 「委員Ｄの意見」: a member a paper names by a letter (委員A…委員E, NFKC), as its opinions print the member; only
    # before the opinions (「委員Ｄが3点以下をつけた」 is that member's points: query/axes.py).
    Rule("member_by_letter",
         r"(?<![一-龥々A-Za-z])(?P<name>委員\s*[A-Z])(?![A-Za-z])(?=\s*の\s*(?:意見|発言|指摘|コメント))",
         _member,
         # (no member's opinions in the examples' index: nothing)
         examples=(("委員Dの意見", None),)),
    # 「柱5につけた評点」「取組3に付けた点数」: the verb of giving a score says only that the score is the member's.
    Rule("score_given_by_member",
         r"(?:に|へ)?\s*(?:つけた|付けた|つけている|付けている|つけてる|付けてる|与えた)(?=\s*(?:評点|点数|点|評価))",
         lambda m, ctx: Production() if any(FIELD in cols for cols in ctx.lex.columns.values()) else None,
         examples=(("柱5につけた評点", None),)),
]
