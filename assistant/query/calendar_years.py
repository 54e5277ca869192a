"""A calendar year said in one calendar and printed in the other: 「2017年」 sought as 平成29年 where the documents
only print the era year (and 「平成29年」 as 2017年 where they only print the western one). A 年度 is read by the
grammar's year rules; this is the plain 年 of a date (「2017年に導入した」), a word of the text to find."""
from __future__ import annotations

import re
from typing import Callable

from assistant.text.normalize import nfkc

_WESTERN = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年(?!度)")
_ERA = re.compile(r"(?P<era>令和|平成|昭和)\s*(?P<n>元|\d{1,2})\s*年(?!度)")
# Each era: its name and the year before its first (令和1 = 2019); 2019 and 1989 are in two eras each.
_ERAS = (("令和", 2018, 2019, 9999), ("平成", 1988, 1989, 2019), ("昭和", 1925, 1926, 1989))


def era_forms(year: int) -> list[str]:
    """The era spellings of a western calendar year (2019: 平成31年 and 令和元年)."""
    return [f"{era}{'元' if year - base == 1 else year - base}年" for era, base, first, last in _ERAS if first <= year <= last]


def as_printed(word: str, printed: Callable[[str], bool]) -> str:
    """The word with its calendar year in the calendar the documents print, when only that one is printed;
    else the word. A year in two eras (2019) is changed only when just one of its spellings is printed."""
    if printed(word):
        return word
    text = nfkc(word)
    m = _WESTERN.search(text)
    if m:
        forms = [text[:m.start()] + f + text[m.end():] for f in era_forms(int(m.group("y")))]
    else:
        m = _ERA.search(text)
        if not m:
            return word
        n = 1 if m.group("n") == "元" else int(m.group("n"))
        base = next(b for era, b, _, _ in _ERAS if era == m.group("era"))
        forms = [text[:m.start()] + f"{base + n}年" + text[m.end():]]
    found = [f for f in forms if printed(f)]
    return found[0] if len(found) == 1 else word
