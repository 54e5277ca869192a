"""「教育部門の1課あたりの平均職員数」 over rows of 課: 「1課あたり」 said before 平均 (or after it, 「平均は1課あたり」) is the mean over the rows
the table calls 課 (its name column's word), the mean the question asks anyway; no condition of its own."""
from __future__ import annotations

from assistant.query.compiled import compiled

_PER_ROW = compiled(r"(?:1|一)\s*([一-龥]{1,3})\s*(?:あたり|当たり)\s*(?:の)?(?=\s*平均)")
# 「前期事業費の平均は１事業あたりどれくらい」: the same said after 平均
_PER_ROW_AFTER = compiled(r"(?<=平均)(?:は|が|で|を)?\s*(?:1|一)\s*([一-龥]{1,3})\s*(?:あたり|当たり)")


def read_per_row_mean(t, qn: str, free, take) -> None:
    """Take 「1課あたり(の)」 before 平均 as a word used when 課 is what the table's rows are (its name column's
    header or form); 「1人あたりの平均」 over rows of 課 is left unread."""
    if not t.name:
        return
    forms = {f for f in t.column(t.name).forms} | {t.name, t.row_word}
    for m in [*_PER_ROW.finditer(qn), *_PER_ROW_AFTER.finditer(qn)]:
        if m.group(1) in forms and free(*m.span()):
            take(*m.span(), "filler")
