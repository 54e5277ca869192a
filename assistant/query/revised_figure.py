"""「大ホールの使用料は、改定前はいくらでしたか」: an amount a passage states as revised, 「42,000円から45,000円に
改定しました」; 改定前 (変更前・見直し前・値上げ前…) asks the first figure, 改定後 the second. Only the unit asked
(いくら・何円: 円) is read, and only when the best passages print exactly one such revision of the words
asked; the answer stays a search (the passage shown, to be checked there)."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_VERBS = r"改定|改訂|変更|見直|値上げ|値下げ|引き上げ|引上げ|引き下げ|引下げ|改正"
_ASKED = compiled(r"(?P<verb>" + _VERBS + r")し?(?:た)?\s*(?P<when>前|後|以前|以後|する前|した後|される前|された後)"
                  r"(?P<rest>.*?)(?:いくら|何円|何千円|何万円|金額)")
_UNITS = {"いくら": "円", "何円": "円", "何千円": "千円", "何万円": "万円", "金額": "円"}
_NUMBER = r"(\d[\d,]*(?:\.\d+)?)\s*"


def revised_stated(question: str, excerpts: list[dict]) -> tuple[int | float, str, dict] | None:
    """(value, the words printed, the excerpt) of the amount before (after) a revision asked, or None."""
    text = nfkc(question)
    m = _ASKED.search(text)
    if m is None:
        return None
    unit = next((u for w, u in _UNITS.items() if w in text[m.end("rest"):]), "円")
    printed = compiled(_NUMBER + re.escape(unit) + r"\s*から\s*" + _NUMBER + re.escape(unit) + r"\s*(?:へ|に)\s*(?:" + _VERBS + r")")
    found = {}
    for e in excerpts:
        for p in printed.finditer(nfkc(str(e.get("text", "")))):
            found.setdefault((p.group(1), p.group(2)), (p.group(0), e))
    if len(found) != 1:
        return None
    (before, after), (words, excerpt) = next(iter(found.items()))
    chosen = before if m.group("when") in ("前", "以前", "する前", "される前") else after
    value = float(chosen.replace(",", ""))
    return (int(value) if value.is_integer() else value), words, excerpt
