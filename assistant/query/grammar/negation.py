"""Negations no rule of their own took: a negated verb right after a name or a keyword negates it
(納税部会に属さない, ふるさと納税に触れていない, 財政が含まれない)."""
from __future__ import annotations

from assistant.query.compiled import compiled
from assistant.query.grammar.canon import Canon

# Particles between the negated word and its verb.
_BETWEEN = compiled(r"(?:の(?:担当|所管|管轄))?(?:について|に関して|に関する|には|にも|では|じゃ|に|を|が|は|も|と|で)?$")
ATTACHABLE = ("", "include")  # verbs with a meaning of their own (終了していない) have their rules


def noun_before(canon: Canon, free: str, pos: int, gap: str) -> tuple[int, int] | None:
    """The run of unconsumed nouns that ends just before `pos` (particles skipped), as (start, end)."""
    m = _BETWEEN.search(free[:pos])
    end = m.start() if m else pos
    start = end
    for morph in reversed(canon.morphemes):
        if morph.end > start:
            continue
        if morph.end < start:
            break
        noun = not morph.predicate and (morph.pos[0] == "名詞" and morph.pos[1] != "代名詞" or morph.pos[0] == "接尾辞")
        if not noun or gap in free[morph.start:morph.end]:
            break
        start = morph.start
    return (start, end) if start < end else None


def negations(canon: Canon, free: str, gap: str) -> list[tuple[int, int]]:
    """Unconsumed negated verbs that may negate what stands before them, as (start, end)."""
    return [(m.start, m.end) for m in canon.morphemes
            if m.negated and m.concept in ATTACHABLE and gap not in free[m.start:m.end]]
