"""「待機児童が20人を下回る年度」 over 待機児童数: a count column (…数) is said by what it counts, without 数, when
that is a noun of three letters or more that no other column is said by and no cell holds (待機児童, 参加者…). Shorter
stems (件, 施設) are words of too many things to name one column."""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.text.normalize import nfkc


def count_stem_forms(columns: list, rows: list) -> list:
    said = {f for c in columns for f in c.forms} | {c.base for c in columns}
    cells = {nfkc(str(v or "")).strip() for r in rows for v in r["cells"].values()}
    stems = {}
    for c in columns:
        m = re.fullmatch(r"(?P<stem>[一-龥ァ-ヶー]{3,8})数", c.base or "") if c.numeric and c.year is None else None
        if m and m.group("stem") not in said and not any(m.group("stem") in v for v in cells):
            stems.setdefault(m.group("stem"), []).append(c.header)
    own = {hs[0]: s for s, hs in stems.items() if len(hs) == 1}
    return [replace(c, forms=(*c.forms, own[c.header])) if c.header in own else c for c in columns]
