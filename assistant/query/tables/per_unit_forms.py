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
