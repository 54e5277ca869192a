"""A column headed by a rate's qualifier alone (人口１万人当たり, 1人当たり) under a caption saying what is counted per
that unit (「部門別人口１万人当たり職員数の比較」): the column is said with the caption's noun too (人口1万人当たり職員数),
so that the noun is not read as another column (職員数) beside it."""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.text.normalize import nfkc, search_form

_PER_UNIT = re.compile(r".*(?:当たり|あたり|当り)")


def per_unit_forms(columns: list, caption: str) -> list:
    """The columns whose search form ends in 当たり, with the form followed by the noun the caption says after it
    (only where the caption says the qualifier, and one noun of kanji follows it there)."""
    said = search_form(nfkc(caption or ""))
    if not said:
        return columns
    out = []
    for c in columns:
        added = []
        for f in c.forms:
            if not (c.numeric and _PER_UNIT.fullmatch(f)):
                continue
            at = said.find(f)
            noun = re.match(r"[一-龥]{2,6}", said[at + len(f):]) if at >= 0 else None
            if noun and not any(o is not c and noun.group(0) + "の" + f in o.forms for o in columns):
                added += [f + noun.group(0), f + "の" + noun.group(0)]
        out.append(replace(c, forms=tuple(sorted(dict.fromkeys((*c.forms, *added)), key=len, reverse=True)))
                   if added else c)
    return out


# The denominator of a column's unit (円/時間, 人/日): what one of is said per (「１時間当たりの原価」)
_DENOMINATOR = re.compile(r"^[^/／]+[/／](?P<per>[一-龥ァ-ヶー]{1,3})$")


def unit_per_forms(columns: list) -> list:
    """A numeric column whose unit is a rate (原価 (円/時間)) is said with its denominator too: 「1時間当たりの原価」
    「時間当たり原価」, and 「原価が1時間」 before the figure (「原価が１時間500円未満」), so that the per-unit phrase is
    read as the column's own and not left unread."""
    out = []
    for c in columns:
        m = _DENOMINATOR.match(nfkc(c.unit or "").strip()) if c.numeric else None
        base = c.base
        if not m or not base or len(base) < 2:
            out.append(c)
            continue
        per = m.group("per")
        added = [f"{one}{per}{a}{no}{base}" for one in ("1", "") for a in ("当たり", "あたり", "当り") for no in ("の", "")]
        added += [f"{base}{p}1{per}" for p in ("が", "は")]
        out.append(replace(c, forms=tuple(sorted(dict.fromkeys((*c.forms, *added)), key=len, reverse=True))))
    return out
