"""「今はもう完了してる」「現在検討中」 over status columns by point in time (Ｒ５年度末 │ Ｒ６年度末 │ Ｒ７．９月末):
now is the latest point the table records, the document's own 「現在」, read as that column (and said so)."""
from __future__ import annotations

import re
from collections import Counter

from assistant.query.compiled import compiled

# 今 / 現在 / 現時点 / いま, not 今後・今回・今年・今月・現在地 (other words).
_NOW = compiled(r"(?<![一-龥ぁ-んァ-ヶ])(?:現時点|現在|今|いま)(?![後回年月日期度週朝夜])(?:の時点)?(?:で|では|は|でも|も)?(?:もう|すでに|既に)?")


def read_now(t, qn: str, free, take) -> list[tuple[str, str]]:
    """Take each 「今」 of the question as the year of the latest column of the table's one series of status
    columns by year (non-numeric, sharing a base); the (word said, column) pairs read, for the answer's notes."""
    series = Counter(c.base for c in t.columns if c.year is not None and not c.numeric and c.base)
    bases = [b for b, n in series.items() if n >= 2]
    if len(bases) != 1:
        return []
    latest = max((c for c in t.columns if c.base == bases[0] and c.year is not None), key=lambda c: c.year)
    read = []
    for m in _NOW.finditer(qn):
        if free(*m.span()):
            take(m.start(), m.end(), "year", (latest.year, ""))
            read.append((m.group(0), latest.header))
    return read
