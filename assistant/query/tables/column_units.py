"""「（単位：面積 ㎡、評価額 千円）」: a unit note naming each measure with its unit gives each its own; read as one
unit of every number, the area's 「面積」 became the unit of the amounts, and 「２千万円以上」 compared 千円 figures
with yen."""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.text.normalize import nfkc

_NOTE = re.compile(r"単位\s*[:：]\s*([^)）]+)")
# (「延床面積＝㎡」: the measure and its unit joined by ＝ too, NFKC =)
_PAIR = re.compile(r"\s*([一-龥ァ-ヶー々]{2,10})\s*[:：は=]?\s*([^\s、,・/:：=]+)\s*")


def units_by_label(caption: str) -> dict[str, str] | None:
    """{measure label: unit} of a unit note naming its measures (「面積 ㎡、評価額 千円」), None for any other."""
    note = _NOTE.search(nfkc(caption))
    if not note:
        return None
    parts = [p for p in re.split(r"[、,]", note.group(1)) if p.strip()]
    pairs = [_PAIR.fullmatch(p) for p in parts]
    if len(parts) < 1 or not all(pairs) or not all(" " in nfkc(p).strip() or re.search(r"[:：は=]", nfkc(p)) for p in parts):
        return None
    return {m.group(1): m.group(2) for m in pairs}


def with_labelled_units(columns: list, caption: str) -> list | None:
    """The columns with the unit the note gives their measure (a numeric column whose name holds the label), or
    None when the note names no measures."""
    units = units_by_label(caption)
    if units is None:
        return None
    out = []
    for c in columns:
        own = [u for label, u in units.items() if label in nfkc(c.header)]
        out.append(replace(c, unit=c.unit or own[0]) if c.numeric and len(own) == 1 else c)
    return out


def unit_line(text: str) -> str:
    """The document's first line of units naming its measures (「単位：延床面積＝㎡、概算事業費＝千円」 on a line
    of its own over a sheet's table, no caption holding it), or ""."""
    for line in re.findall(r"[^\n]*単位\s*[:：][^\n]*", nfkc(text)):
        if units_by_label(line.strip()) is not None:
            return line.strip()
    return ""
