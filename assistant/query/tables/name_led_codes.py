"""Rows named with their printed code in front (「問1 運行本数」「Q3 窓口の待ち時間」 under 設問): the code keys them."""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.text.normalize import nfkc

# A short word and a number (問1, Q3, 問2-1), then a space and the row's own words.
_LED = re.compile(r"([A-Za-z]{1,2}|[一-龥]{1,2})\s?(\d{1,3}(?:[-‐－]\d{1,2})?)\s+(\S.*)")


def name_led_codes(columns: list, rows: list[dict], name: str, make_column) -> tuple[str, list]:
    """When every row's name starts with the same short word and a number of its own, then a space and words
    (「問1 運行本数」 … 「問8 総合的な満足度」): a column of those codes (「設問番号」 問1 …) put in the rows' cells and
    returned as the rows' number, with the columns it joins. ("", columns) otherwise: names without such a code,
    a word that differs between rows, or a number printed twice are names, not codes."""
    if not name or len(rows) < 3:
        return "", columns
    found = [_LED.fullmatch(nfkc(str(r["cells"].get(name) or "")).strip()) for r in rows]
    if not all(found) or len({m.group(1) for m in found}) != 1 or len({m.group(2) for m in found}) != len(found):
        return "", columns
    header = f"{nfkc(name).strip()}番号"
    if any(c.header == header for c in columns):
        return "", columns
    codes = [f"{m.group(1)}{m.group(2)}" for m in found]
    for r, code in zip(rows, codes):
        r["cells"][header] = code
    column = make_column(header, codes)
    at = next(n for n, c in enumerate(columns) if c.header == name)
    return header, [*columns[:at], replace(column, numeric=False), *columns[at:]]
