"""How many members a named body has: 「行政改革推進審議会の委員は何人？」「…委員会のメンバーは全部で何名」.

The rule only reads the question's shape (the body named, the members asked, a count); roster_count.py
counts the rows of that body's roster (「…委員名簿」) when no figure is printed for it."""
from __future__ import annotations

import re

from assistant.query.grammar import Context, Production, Rule

# The bodies whose members a roster lists.
BODY_KINDS = r"(?:審議会|委員会|協議会|懇話会|懇談会|推進会議|会議|部会|検討会|研究会)"


def _mark(m: re.Match, ctx: Context) -> Production:
    return Production(marks={"roster_count"})


ROSTER_COUNT = Rule(
    "members_of_body_counted",
    # (メンバー reads as 人 in the canonical text)
    r"^(?:この|本|当)?\s*(?P<body>[^?？。、\s]{0,30}?" + BODY_KINDS + r")\s*の\s*(?P<who>委員|構成員|メンバー|人)(?:の(?:数|人数))?\s*"
    r"(?:は|って|が)?\s*(?:全部で|全員で|合わせて|合計で?)?\s*(?:何\s*(?:人|名)|いくつ)(?:いる|います|ですか|でしょうか|か)?\s*[?？]?$",
    _mark,
    examples=(("行政改革推進審議会の委員は何人？", {"marks": ["roster_count"]}),
              ("推進委員会のメンバーは全部で何名", {"marks": ["roster_count"]}),
              ("審議会の委員の人数は何人", {"marks": ["roster_count"]}),
              ("審議会の出席委員は何人", None),  # (some of them, not the body: a part is no roster's count)
              ("委員は何人", None)))  # (no body named: which roster is unsaid)

RULES: list[Rule] = [ROSTER_COUNT]
