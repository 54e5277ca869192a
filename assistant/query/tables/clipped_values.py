"""A category value of two two-kanji words said by the first kanji of each (随意契約 → 随契, 指名停止 → 指停), as such
terms are clipped in speech: 「随契を除いて」 is said of the rows whose 入札方式 is 随意契約. Read from the table's own
values, only where the clipped form is no other value's and no part of any."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

_TWO_WORDS = re.compile(r"([一-龥])[一-龥]([一-龥])[一-龥]")


def clipped_values(t, values: dict[str, set[str]], key, dashes: set[str]) -> list[tuple[str, str, object]]:
    """(clipped form, "value", (value's search form, its columns)) for each 4-kanji value of a column of few
    values repeated over the rows (a category: 入札方式), where the clipped form names that value only."""
    out: dict[str, tuple[str, set[str]] | None] = {}
    for c in t.columns:
        if c.numeric or c.years_inside or c.header in (t.name, t.number, "見出し"):
            continue
        cells = [nfkc(str(r["cells"].get(c.header) or "")).strip() for r in t.rows]
        distinct = {v for v in cells if v} - dashes
        if len(distinct) < 2 or len(distinct) * 2 > len(t.rows):
            continue
        for v in distinct:
            m = _TWO_WORDS.fullmatch(v)
            if m is None:
                continue
            clip = key(m.group(1) + m.group(2))
            out[clip] = (key(v), values.get(key(v), {c.header})) if clip not in out else None
    return [(w, "value", held) for w, held in out.items() if held is not None
            and not any(w in vk for vk in values) and w not in key(t.doc_title + t.caption)]
