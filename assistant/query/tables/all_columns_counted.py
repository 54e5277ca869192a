"""「３庁舎の計が25,000人を超えた月」 over 本庁舎 │ 北支所 │ 南支所 │ 計: the count said before a total column is the
number of the columns it totals (every numeric column but the total), so it only says which total — no condition.
Read only where the count said is that number, never of a counter one table names."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.text.normalize import nfkc

_TOTAL = re.compile(r"^(?:合計|総計|計)$")
_COUNTED = re.compile(r"(?P<n>\d{1,2})\s*(?P<w>[一-龥ァ-ヶー]{1,3}?)(?:の|で)(?=(?P<t>合計|総計|計))")
_KANJI = {"二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def read_all_columns_counted(t, qn: str, free, take) -> None:
    """Take (as filler) 「３庁舎の」 before the table's one total column when 3 columns are totalled by it."""
    totals = [c for c in t.columns if c.numeric and _TOTAL.match(nfkc(c.header).strip())]
    if len(totals) != 1:
        return
    parts = [c for c in t.columns if c.numeric and c is not totals[0] and c.header != t.name]
    text = re.sub(r"[二三四五六七八九](?=[一-龥ァ-ヶー]{1,3}(?:の|で)(?:合計|総計|計))", lambda m: str(_KANJI[m.group(0)]), qn)
    for m in _COUNTED.finditer(text):
        if m.group("t") != _key(totals[0].header) and m.group("t") not in nfkc(totals[0].header):
            continue
        if int(m.group("n")) == len(parts) and free(m.start(), m.end()):
            take(m.start(), m.end(), "filler")
