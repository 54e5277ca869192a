"""「県が幹事になってる」: the prefecture said without its name, over a table whose cells name one prefecture.

Members' lists of joint procurement often include the prefecture itself (鳴砂県 among the towns); users call it
just 県. Where the tables hold exactly one prefecture's name, that name is what 県 says; where they hold none
or several, the word is left as said (the reading then leaves it unused, never guessed)."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# 県 standing alone as the subject or owner (県が, 県は, 県も, 県の): no name of its own before it (鳴砂県が is named)
_BARE = re.compile(r"(?<![一-龥ァ-ヶー々])(?P<p>[県府都道])(?=\s*(?:が|は|も|の|と|で))")
_NAME = re.compile(r"[一-龥ァ-ヶー々]{1,5}?[県府都道]$")
_SPLIT = re.compile(r"[、,・/／\s]+")


def _names(tables, end: str) -> set[str]:
    """The prefectures' names the tables' cells hold as a whole value or an item of a list."""
    found: set[str] = set()
    for t in tables:
        for row in t.rows:
            for value in (row.get("cells") or {}).values():
                for part in _SPLIT.split(nfkc(str(value or ""))):
                    part = part.strip("◎○★☆※()（）")
                    if part.endswith(end) and _NAME.fullmatch(part) and not part.endswith(("市町村", "都道府県")):
                        found.add(part)
    return found


def as_named_prefecture(read: str, tables) -> tuple[str, str]:
    """The question with a bare 県 said as the one prefecture the tables name, and the note saying so;
    the question unchanged and "" otherwise."""
    m = _BARE.search(read)
    if m is None:
        return read, ""
    names = _names(tables, m.group("p"))
    if len(names) != 1:
        return read, ""
    name = names.pop()
    return read[:m.start()] + name + read[m.end():], f"「{m.group('p')}」を表にある唯一の{m.group('p')}「{name}」と読みました"
