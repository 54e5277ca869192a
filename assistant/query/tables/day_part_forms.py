"""The everyday words for the parts of a day a table prices or counts by column (午前 | 午後 | 夜間, often with their
hours in brackets): 「和室を夜使うと」 says the 夜間 column, 「朝だけ」 the 午前 one. Given only where the table prints
two parts of a day or more (so the word chooses among them) and no other column is said so already."""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.text.normalize import nfkc

# The part of a day a header names (its hours after it in brackets, 「夜間 (18:00～21:30)」, are left aside).
_PART = re.compile(r"^(?P<part>午前|午後|夜間|昼間|全日|終日)\s*(?:[(（][^()（）]*[)）])?$")
# What users say for each part (the printed word itself is a form already).
_SAID = {
    "午前": ("午前中", "朝"),
    "午後": ("午後から",),
    "夜間": ("夜",),
    "昼間": ("昼",),
    "全日": ("1日中", "一日中", "丸1日", "丸一日", "終日"),
    "終日": ("1日中", "一日中", "丸1日", "丸一日", "全日"),
}


def day_part_forms(columns: list) -> list:
    """The columns, each naming a part of a day beside another such column given the words said for that part."""
    parts = {c.header: m.group("part") for c in columns if (m := _PART.match(nfkc(c.header).strip()))}
    if len(set(parts.values())) < 2:
        return columns
    taken = {f for c in columns for f in c.forms}
    return [replace(c, forms=(*c.forms, *(f for f in _SAID[parts[c.header]] if f not in taken)))
            if c.header in parts else c for c in columns]
