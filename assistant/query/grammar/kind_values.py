"""A value of a record kind's closed field said before the kind's own word: 「ハード事業」「ソフト事業のうち」.

A joint-projects table printing a 事業区分 of a few words (ハード / ソフト) is asked by that word joined to 事業,
not by 「事業区分がハード」. Read only when the word is a whole value the index holds of a closed field of a kind
that the word after it names; anything else is left to the other rules (and reported unused if none reads it).
"""
from __future__ import annotations

import re

from assistant.query.answer import Condition
from assistant.query.grammar import Context, Production, Rule
from assistant.query.vocabulary import KIND_WORDS

# The kind's words, and the short 事業 said for a project (「ハード事業」), longest first.
_KIND_WORDS = sorted({w for w, _ in KIND_WORDS} | {"事業"}, key=lambda w: (-len(w), w))


def _closed_of_kind(m: re.Match, ctx: Context) -> Production | None:
    from assistant.kinds import registry
    from assistant.kinds.spec import Field
    from assistant.labels import field_label

    said, word = m.group("v"), m.group("keep_k")
    kinds = {k for w, k in KIND_WORDS if w == word} or {
        k for k, rk in registry.record_kinds().items() if any(w.endswith(word) for w in (rk.label, *rk.words))}
    found = []
    for kind in sorted(kinds):
        rk = registry.record_kinds().get(kind)
        if rk is None:
            continue
        for f in rk.fields:
            if isinstance(f, Field) and f.closed and f.name in ctx.lex.columns.get(kind, ()) \
                    and said in ctx.lex.closed_values.get(f.name, set()):
                found.append((kind, f.name))
    if len({fld for _, fld in found}) != 1:
        return None  # (no closed field holds the word, or two do: which is meant is unsaid)
    fld = found[0][1]
    return Production([Condition(fld, "=", said, f"{field_label(fld)} = {said}")], hints={k for k, _ in found})


RULES: list[Rule] = [
    Rule("closed_value_before_kind_word",
         r"(?<![一-龥ァ-ヶー])(?P<v>[一-龥ァ-ヶー]{2,8}?)(?P<keep_k>" + "|".join(re.escape(w) for w in _KIND_WORDS) + r")"
         r"(?=の|で|に|は|が|を|と|って|[?？、。\s]|$)",
         _closed_of_kind, negatable=True,
         # (no closed value in the examples' index: nothing)
         examples=(("ハード事業のうち", None),)),
]
