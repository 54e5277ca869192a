"""「H30からR6までずっと算定されていない（－の）指標」: the rows printing the dash in every year's column (of the span
said, else of every year the table prints), read as the dash_all condition. The table must print the dash in some
year's cell; a span whose years the table does not print is not read (no column, no condition)."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_DASH = r"[-－―—ー‐]"
# (ずっと / すべての年度で / どの年度も … 算定されていない / 「－」; 「（－の）」 after it says the same again)
DASH_EVERY = compiled(
    rf"(?:ずっと|すべての年度で|全ての年度で|全部の年度で|全年度で?|どの年度も|いずれの年度も|毎年度?)\s*(?:が|は)?\s*"
    rf"(?:算定されていない|算定されてない|算定されず|算定なし|算定されていません|[「『(]?\s*{_DASH}\s*[」』)]?\s*(?:のまま|の|で|だった|になっている)?)"
    rf"(?:\s*\(\s*{_DASH}\s*の?\s*\))?")


def read_dash_every_year(t, qn: str, mentions: list, free, take) -> None:
    m = DASH_EVERY.search(qn)
    if m is None or not free(*m.span()):
        return
    cols = [c for c in t.columns if c.year is not None and not c.base]
    dashed = {c.header for c in cols for r in t.rows
              if re.fullmatch(_DASH, nfkc(str(r["cells"].get(c.header) or "")).strip())}
    if len(cols) < 2 or not dashed:
        return
    years = [y for y in mentions if y.kind == "year" and y.end <= m.start()]
    if len(years) == 2:
        low, high = sorted(y.data[0] for y in years)
        cols = [c for c in cols if low <= c.year <= high]
        if not cols or {low, high} - {c.year for c in cols}:
            return  # (a year said that the table does not print: the span is not the table's)
        for y in years:
            mentions.remove(y)
    elif years:
        return
    take(m.start(), m.end(), "dash_years", [c.header for c in sorted(cols, key=lambda c: c.year)])
