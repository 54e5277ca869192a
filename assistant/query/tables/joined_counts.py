"""A count headed by two nouns joined before its counter (児童生徒数: 児童 and 生徒) is said by either noun with the
counter (「R6の児童数」「生徒数」), where the documents themselves count the two apart — another table heads a column
児童数 and one 生徒数 — and no column of the same table is said so already. Read from the headers, never a list of
nouns: a head that is no noun of its own (待機児童数: 待機数) is counted apart nowhere, so it is left alone."""
from __future__ import annotations

import re
from dataclasses import replace

# two nouns of two kanji each, then the counter 数 (児童生徒数, 教員職員数)
_JOINED = re.compile(r"([一-龥]{2})([一-龥]{2})(数)")


def joined_count_forms(tables: list) -> None:
    """Add (in place) each half said with the counter as a form of the joined count column."""
    counted_apart = {m.group(0)[-3:] for t in tables for c in t.columns if c.numeric
                     for m in [re.search(r"[一-龥]{2}数$", c.base)] if m and not _JOINED.fullmatch(c.base)}
    for t in tables:
        for c in list(t.columns):
            joined = _JOINED.fullmatch(c.base) if c.numeric else None
            if joined is None:
                continue
            halves = [joined.group(1) + "数", joined.group(2) + "数"]
            if not all(h in counted_apart for h in halves):
                continue
            said = [h for h in halves if h not in c.forms
                    and not any(o.base != c.base and (h in o.forms or h in o.base) for o in t.columns)]
            if said:
                t.columns = [replace(o, forms=(*o.forms, *said)) if o is c else o for o in t.columns]
