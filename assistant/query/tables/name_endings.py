"""A word that is the common ending of some of the rows' names (小学校 of 東原小学校, 鵲台小学校 … beside
東原中学校 …): said of the rows, it keeps those whose name ends so — 「統合検討の小学校は何校」. An ending every
name shares (学校) calls all the rows, no condition; one only a single name has is that name said short."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

_WORD_CHAR = re.compile(r"[一-龥ァ-ヶー々]")


def _key(text) -> str:
    return "".join(nfkc(str(text or "")).split())


def name_endings(t) -> set[str]:
    """The endings (two characters or more, short of a whole name) that two names of the table's naming column or
    more end in, but not all of them."""
    if not t.name:
        return set()
    names = {_key(r["cells"].get(t.name)) for r in t.rows if not r.get("continues")}
    names.discard("")
    if len(names) < 3:
        return set()
    counts: dict[str, int] = {}
    for n in names:
        for i in range(1, len(n) - 1):
            counts[n[i:]] = counts.get(n[i:], 0) + 1
    return {e for e, k in counts.items() if 2 <= k < len(names) and _WORD_CHAR.match(e[0])}


def endings_said(t, qn: str, free, take) -> None:
    """Take each ending said as a word of its own (not the tail of a longer word: 「東原小学校」 is a name) as a
    condition that the name holds it, the longest first."""
    ends = name_endings(t)
    for e in sorted(ends, key=len, reverse=True):
        for m in re.finditer(re.escape(e), qn):
            if _WORD_CHAR.match(qn[m.start() - 1:m.start()] or " ") or not free(*m.span()):
                continue
            take(m.start(), m.end(), "contains", (t.name, e))
