"""「指標（単位）」 heading a column of row names printed 「基金残高（百万円）」「経常収支比率（％）」: the parentheses
hold each row's unit, not part of its name. The name column is read without them (基金残高) and the units as a
column 単位 of their own, so 「単位が百万円の指標」 is a condition on that column and the row is named as printed
before its unit."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# The header saying its cells carry their unit in parentheses: 「指標（単位）」「項目(単位)」.
_UNIT_HEADER = re.compile(r"^\s*(?P<base>\S.*?)\s*[(（]\s*単位\s*[)）]\s*$")
# A cell's trailing parentheses: 「基金残高（百万円）」 → 基金残高, 百万円.
_UNIT_TAIL = re.compile(r"^\s*(?P<name>.+?)\s*[(（]\s*(?P<unit>[^()（）]{1,8})\s*[)）]\s*$")


# A tail that can only be a unit (「（％）」「（百万円）」「（人）」), read as one even where the header does not say so.
_UNIT_WORD = re.compile(r"^(?:%|[十百千万億]*円|人|件|回|か所|箇所|ポイント|倍|年|日|時間|㎡|m2|km|t|kg|点|台|戸|世帯|校)$")


def _split(cells: list[str], marked: bool) -> bool:
    """Whether the column's cells are names with their units: two or more print a unit in parentheses (any tail
    where the header says 単位, only a unit's word otherwise), and the others print no parentheses at all
    (財政力指数, a ratio of no unit)."""
    filled = [c for c in cells if c]
    tails = [m for c in filled if (m := _UNIT_TAIL.match(c))]
    if not marked:
        tails = [m for m in tails if _UNIT_WORD.match(m.group("unit"))]
    bare = [c for c in filled if not _UNIT_TAIL.match(c)]
    return len(tails) >= 2 and len(tails) + len(bare) == len(filled) and not any(re.search(r"[(（)）]", c) for c in bare)


def _names_repeat(cells: list[str]) -> bool:
    """Whether two filled cells name the same thing once their units are taken off (rows' names never repeat)."""
    names = [(m.group("name") if (m := _UNIT_TAIL.match(c)) else c) for c in cells if c]
    return len(set(names)) != len(names)


def split_unit_column(headers: list[str], rows: list[dict]) -> list[str]:
    """The headers with a column of names printed with their units split in two: the names (a header 「指標（単位）」
    renamed to its base, 指標) and a 単位 column after it. As they are where no column prints so."""
    if "単位" in headers:
        return headers
    for i, h in enumerate(headers):
        m = _UNIT_HEADER.match(nfkc(h))
        base = m.group("base") if m else h
        if (m and base in headers) or (m is None and i > 0):
            # (unsaid, only the first column, the rows' names: 成果指標 「参加児童数（人）」 beside 事業名 names the
            # measure of each row's figures, its unit said with it, and is read whole)
            continue
        cells = [nfkc(str(r["cells"].get(h) or "")).strip() for r in rows]
        if not _split(cells, marked=m is not None):
            continue
        if i > 0 and _names_repeat(cells):
            # (a later 「指標（単位）」 printing 利用職員数（人） on two rows names each row's measure, not the rows:
            # 取組名 before it names them; read whole as before, m100-009)
            continue
        for r, c in zip(rows, cells):
            tail = _UNIT_TAIL.match(c) if c else None
            if m is None and tail and not _UNIT_WORD.match(tail.group("unit")):
                tail = None
            printed = r["cells"].pop(h, None)
            r["cells"][base] = tail.group("name") if tail else printed
            r["cells"]["単位"] = tail.group("unit") if tail else ""
        return [*headers[:i], base, "単位", *headers[i + 1:]]
    return headers
