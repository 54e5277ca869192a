"""「④利用者満足度が満点だった施設」 over a column headed with its full marks (「④利用者満足度（20）」 under
「評価項目（配点）」, 「合計（100点）」): 満点 is that number, said as the points (「…が20点」). Only when every
column the word names prints the same full marks; else the question is left as it is."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_FULL = compiled(r"(?P<word>[一-龥ぁ-んァ-ヶー0-9A-Za-z・]{2,16})\s*(?:が|は|で)\s*満点")
_MARKS = compiled(r"[(（]\s*(?P<n>\d{1,3})\s*点?\s*[)）]\s*$")


def as_full_marks(question: str, tables) -> str:
    """The question with 「Xが満点」 said as 「XがN点」 where X's column prints its full marks N."""
    text = nfkc(question)
    m = _FULL.search(text)
    if m is None:
        return question
    word = m.group("word")
    for start in range(len(word) - 1):  # (the longest end of the words before が that a header holds)
        said = word[start:]
        marks = {mk.group("n") for t in tables for c in t.columns
                 if said in nfkc(c.header) and (mk := _MARKS.search(nfkc(c.header)))}
        named = [c for t in tables for c in t.columns if said in nfkc(c.header)]
        if not named:
            continue
        if len(marks) != 1 or len(named) != sum(1 for c in named if _MARKS.search(nfkc(c.header))):
            return question
        return text[:m.start()] + re.sub(r"(?:が|は|で)\s*満点$", f"が{marks.pop()}点", m.group(0)) + text[m.end():]
    return question


# 「「利用者満足度」の項目は何点満点？」: the full marks of an item asked, over a table listing the items with the
# points allotted to each (評価項目 │ 配点): the allotment column is what is asked.
_MARKS_ASKED = compiled(r"(?:は|って|が)?\s*何点満点")
_ALLOTTED = compiled(r"(?:配点|満点|配分点)")


def as_marks_asked(question: str, tables) -> str:
    """The question with 「…は何点満点」 said as 「…の配点は何点」 when exactly one column of the tables is
    the points allotted (its header 配点・満点); unchanged otherwise."""
    text = nfkc(question)
    m = _MARKS_ASKED.search(text)
    if m is None:
        return question
    named = {nfkc(c.header).strip() for t in tables for c in t.columns if _ALLOTTED.fullmatch(nfkc(c.base).strip())}
    if len(named) != 1:
        return question
    return text[:m.start()] + f"の{named.pop()}は何点" + text[m.end():]
