"""「延床面積が逆に増えてしまっている分類」 over 「目標延床面積の削減率（％）」 目標 | 実績 (実績 ▲1.2): a measure said
to have grown, where the table prints only how much of it was cut: a cut below zero, on the column of results
(実績) where the cut is printed both as planned and as done. A negated verb (増えていない) is a cut of zero or more."""
from __future__ import annotations

import re

from assistant.query.facts import _key

_GROWN = re.compile(r"(?P<x>[一-龥ァ-ヶー]{2,8}?)(?:が|は)\s*(?:逆に|むしろ|かえって|反対に)?\s*"
                    r"(?:増えて|増加して|増え|増加し|増加)(?P<tail>(?:しまって|しまい)?[ぁ-ん]*)")
_CUT = re.compile(r"削減|縮減|減少|減量")


def read_cut_grown(t, qn: str, mentions: list, free, take) -> None:
    m = _GROWN.search(qn)
    if m is None or not free(m.end("x"), m.end()):
        return
    x = _key(m.group("x"))
    cuts = [c for c in t.columns if c.numeric and x in _key(c.base)
            and _CUT.search(_key(c.base)[_key(c.base).find(x) + len(x):])]
    done = [c for c in cuts if "実績" in _key(c.header)]
    cut = done if len(cuts) > 1 else cuts
    if len(cut) != 1:
        return  # (no such column, or several and none said to be the result: left unread)
    negated = bool(re.search(r"ない|なかっ|ず|ません", m.group("tail")))
    for said in [s for s in mentions if s.kind == "col" and m.start("x") <= s.start and s.end <= m.end("x")]:
        mentions.remove(said)  # (「延床面積」 is what the cut is of here, no column of its own asked)
    start = m.start("x") if free(*m.span("x")) else m.end("x")
    take(start, m.end(), "signed", (cut[0].header, "ge" if negated else "lt", 0.0))  # (a cut below 0: grown)
