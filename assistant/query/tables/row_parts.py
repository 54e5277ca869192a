"""「そのうち警備のほうはどこに委託してる？」 after the rows 庁舎清掃業務 and 庁舎警備業務: a word said that is
part of exactly one of the rows the conversation is on names that row."""
from __future__ import annotations

import re

from assistant.query.facts import _key

# A run of kanji or katakana said, followed by what marks it as the thing talked of (のほう, の方, のは, は, の).
_PART = re.compile(r"([一-龥ァ-ヶー]{2,8})(?=の(?:ほう|方)|のは|のやつ|は|の)")


def rows_by_part(t, qn: str, prior, free) -> list[tuple[float, tuple[int, int], dict, str]]:
    """(score, span, row, name) of the one row among those the earlier conditions keep whose name holds
    a word said; nothing when the word is in no such row's name, or in several."""
    from assistant.query.tables.answer import _holds  # (answer imports this module's reader)

    conds = [c for c in prior if getattr(c, "op", "") not in ("ask", "ask_of_row", "grouped", "summed")]
    if not conds or not t.name:
        return []
    kept = [r for r in t.rows if all(_holds(r, t, c) for c in conds)]
    if len(kept) < 2:
        return []
    for m in _PART.finditer(qn):
        if not free(*m.span(1)):
            continue
        word = m.group(1)
        holders = [r for r in kept if word in _key(str(r["cells"].get(t.name) or ""))]
        if len(holders) == 1 and not any(word in _key(h) for h in (c.header for c in t.columns)):
            return [(90.0, m.span(1), holders[0], str(holders[0]["cells"].get(t.name) or ""))]
    return []
