"""「（単位：円、人）」: a caption listing one unit for each kind of figure — amounts in 円, counts of people in 人, shares in ％ —
gives each numeric column the unit of its kind, by what its header ends in (交付額 円, 参加者数 人); a column of
no kind listed keeps none."""
from __future__ import annotations

import re
from dataclasses import replace

# the kind of figure each unit is of, by the end of the column's header
_KINDS = (
    (re.compile(r"^(?:円|千円|万円|百万円|億円)$"), re.compile(r"(?:額|金|費|料|代)$")),
    (re.compile(r"^人$"), re.compile(r"(?:者数|人数|員数|人員)$")),
    (re.compile(r"^件$"), re.compile(r"件数$")),
    (re.compile(r"^(?:時間|h)$"), re.compile(r"時間$")),
    # (「（単位：千円、％）」 over 補助金 … 市出資比率: the share's columns by their ratio word)
    (re.compile(r"^[%％]$"), re.compile(r"(?:率|割合)$")),
)


def units_by_kind(columns: list, listed: str) -> list:
    """The columns with the unit of their kind from the units listed (「円、人」); each unit of one kind only."""
    units = [u.strip() for u in re.split(r"[、,・/]", listed) if u.strip()]
    if len(units) < 2:
        return columns
    of_kind = []
    for unit in units:
        kinds = [ends for said, ends in _KINDS if said.match(unit)]
        if len(kinds) != 1:
            return columns  # (a unit of no kind known, or of two: no way to say whose it is)
        of_kind.append((unit, kinds[0]))
    out = []
    for c in columns:
        if c.numeric and not c.unit:
            fits = [u for u, ends in of_kind if ends.search(c.base or "")]
            if len(fits) == 1:
                c = replace(c, unit=fits[0])
        out.append(c)
    return out
