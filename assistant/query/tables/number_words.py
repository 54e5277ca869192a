"""The word a document numbers its items with (「提言4」「推進項目3-1」), read from the items' own lines: a
question saying that word and a number asks the item so numbered, as 「取組2」「No.5」 do."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

_NUMBERED = re.compile(r"^\s*([一-龥ァ-ヶー]{2,6}?)\s*(\d{1,3}(?:-\d{1,3})?)(?=\s|$)")


def number_words(t) -> str:
    """「|提言」: the words (kanji or katakana, 2–6) printed right before the number of the table's rows,
    as alternatives to add to the usual ones (no., 番号, 取組, 項目); "" when none."""
    words: set[str] = set()
    if not t.number:
        return ""
    for r in t.rows:
        number = nfkc(str(r["cells"].get(t.number) or "")).strip()
        m = _NUMBERED.match(nfkc(str(r.get("text") or "")))
        if number and m and m.group(2) == number:
            words.add(m.group(1))
    return "".join(f"|{re.escape(w)}" for w in sorted(words, key=len, reverse=True))
