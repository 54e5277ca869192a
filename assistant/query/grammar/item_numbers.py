"""「提言4」「推進項目3-1」: an item a document numbers with its own word (the generic reader's numbered
items: 提言, 推進項目 …), asked by that word and its number."""
from __future__ import annotations

import re

from assistant.query.answer import Condition
from assistant.query.grammar import Context, Production, Rule
from assistant.query.vocabulary import KIND_WORDS

# The words documents number their items with (as the generic reader opens them), less the words of a
# kind, whose numbers the codes' rules read (連携事業24, 取組20).
_NOUNS = "|".join(w for w in ("提言", "推進項目", "改革項目", "実施項目", "重点取組", "方策")
                  if w not in {k for k, _ in KIND_WORDS})


def _item_number(m: re.Match, ctx: Context) -> Production | None:
    n = m.group("n").replace(" ", "")
    head, _, tail = n.partition("-")
    n = f"{int(head)}-{int(tail)}" if tail else str(int(head))
    return Production([Condition("@no", "=", n, f"{m.group('noun')}{n}")], set())


RULES: list[Rule] = [
    Rule("numbered_item_word",
         r"(?P<noun>" + _NOUNS + r")\s*(?:No\.?|第)?\s*(?P<n>\d{1,3}(?:\s*-\s*\d{1,3})?)(?:番)?(?![\d年件点%か])",
         _item_number,
         examples=(("提言4の対応区分", {"conditions": [("@no", "=", "4")]}),
                   ("推進項目3-1の担当課", {"conditions": [("@no", "=", "3-1")]}),
                   ("提言4件", None))),
]
