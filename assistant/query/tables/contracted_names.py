"""「漁協の補助金」 for 漁業協同組合育成補助金: a name shortened the usual Japanese way, to the first character of each
of two words of two kanji in a row (漁業|協同 → 漁協, 農業|協同 → 農協, 国際|連合 → 国連). Read as those words only
where no row's name holds the short word itself and exactly one pair of words of the tables' row names shortens to
it; said in a note."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# A word of two kanji said alone (not inside a longer run of kanji)
_SHORT = re.compile(r"(?<![一-龥々])([一-龥]{2})(?![一-龥々])")


def _names(tables) -> set[str]:
    return {nfkc(str(r["cells"].get(t.name) or "")) for t in tables if t.name for r in t.rows} - {""}


def as_contracted_names(read: str, tables) -> tuple[str, str]:
    """The question with each short word read as the two words of the one row name it shortens, and the note saying
    so ("" when none was)."""
    names = _names(tables)
    if not names:
        return read, ""
    # (a word any table prints, in a cell or a header, is its own word: 予算, 評価, 継続 are no short names)
    printed = "\n".join(nfkc(" ".join([*(c.header for c in t.columns),
                                        *(str(v or "") for r in t.rows for v in r["cells"].values())])) for t in tables)
    notes = []

    def expand(m: re.Match) -> str:
        short = m.group(1)
        if short in printed:
            return short
        # (each kanji run of a name, read from each of its kanji: two words of two kanji, their first characters)
        found = {run[i:i + 4] for n in names for run in re.findall(r"[一-龥]{4,}", n)
                 for i in range(len(run) - 3) if run[i] == short[0] and run[i + 2] == short[1]}
        if len(found) != 1:
            return short
        words = found.pop()
        notes.append(f"「{short}」を名前の「{words}」の略と読みました")
        return words

    out = _SHORT.sub(expand, nfkc(read)) if _SHORT.search(nfkc(read)) else read
    return (out, "。".join(notes)) if notes else (read, "")
