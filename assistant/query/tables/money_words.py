"""「交付金が出てる」 of a column 交付額: an amount of money granted (交付額, 補助額, 助成額) is said by the money's own
word (交付金, 補助金, 助成金) — the stem of two kanji or more, then 金 — where no other column is said so."""
from __future__ import annotations

import re
from dataclasses import replace

_AMOUNT = re.compile(r"^(?P<stem>[一-龥]{2,4})額$")


def money_forms(columns: list) -> list:
    """The columns with 「…金」 among their forms, for each amount of a stem no other column is said by."""
    said = {f for c in columns for f in (*c.forms, c.base)}
    out = []
    for c in columns:
        m = _AMOUNT.match(c.base or "") if c.numeric and (not c.unit or "円" in c.unit) else None
        money = m.group("stem") + "金" if m else ""
        if money and money not in said and not any(o.base != c.base and money in (o.base or "") for o in columns):
            c = replace(c, forms=(*c.forms, money))
        out.append(c)
    return out
