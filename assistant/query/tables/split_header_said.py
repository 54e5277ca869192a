"""「可燃ごみの1人1日当たり」 over a column 「可燃 1人1日当たり(g) R6」 (a table printing each row's kinds one under
another, joined by measure_rows.py into columns of the kind and the group header): the kind and the group's words
said apart, the kind's own noun (ごみ) and の between, name that one column. Read whole first, or the kind alone
(可燃) reads as its figure column (可燃 令和6年度) and the words 1人1日当たり are lost: a confident wrong answer."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.text.normalize import nfkc

# What may stand between the two parts said: the kind's own noun and の (「可燃ごみの」「資源物の」), at most 4 chars.
_BETWEEN = r"[一-龥ぁ-んァ-ヶー]{0,3}?の?"


def _parts(header: str) -> tuple[str, str] | None:
    words = nfkc(header).split()
    if len(words) != 3:
        return None
    kind, group = _key(words[0]), _key(re.sub(r"[(（][^()（）]{1,4}[)）]$", "", words[1]))
    return (kind, group) if len(kind) >= 2 and len(group) >= 3 else None


def read_split_header(t, qn: str, free, take) -> None:
    """Take the span naming one such column, either part first, where exactly one column is so named."""
    found: dict[tuple[int, int], list[str]] = {}
    for c in t.columns:
        parts = _parts(c.header) if c.numeric else None
        if parts is None:
            continue
        kind, group = map(re.escape, parts)
        for m in re.finditer(rf"{kind}{_BETWEEN}{group}|{group}の{kind}", qn):
            found.setdefault(m.span(), []).append(c.header)
    for (a, b), headers in found.items():
        if len(headers) == 1 and free(a, b):
            take(a, b, "col", headers[0])
