"""「岡山倉敷のコンビニ納付」: two municipalities of the index typed run together, with no と or ・ between them,
are the two (「岡山と倉敷の…」), said in a note. Read only where both are the index's own municipality words
and the run itself is no word the documents print (a place name holding another, 倉敷岡山町, stays as it is)."""
from __future__ import annotations

import re


def places_split(text: str, city_words: set[str], printed, notes: list[str]) -> str:
    """The text with each run of two municipality words of the index written 「AとB」 (the longest pair first)."""
    words = sorted((w for w in city_words if len(w) >= 2), key=lambda w: (-len(w), w))  # (not hash order: the pattern is compiled once)
    if not words:
        return text
    alt = "|".join(map(re.escape, words))
    # (no kanji right before the first nor right after the second: 南岡山倉敷 would be another name)
    run = re.compile(rf"(?<![一-龥々])(?P<a>{alt})(?P<b>{alt})(?![一-龥々])")
    for m in list(run.finditer(text))[::-1]:
        a, b = m.group("a"), m.group("b")
        if a == b or a in b or b in a or (printed is not None and printed(a + b)):
            continue
        text = text[:m.start()] + f"{a}と{b}" + text[m.end():]
        notes.append(f"「{a}{b}」を「{a}」と「{b}」と読みました")
    return text
