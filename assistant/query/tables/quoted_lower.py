"""「※３ 指標のうち「紙使用量」「設置台数」「ファクス送信件数」は、値が小さいほど良い指標である」: a note naming, in
quotes, the values of one column (指標) whose rows are better lower — the rows holding those values."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

_QUOTED = re.compile(r"「([^「」]{1,30})」")


def rows_quoted_lower(t, lead: str) -> set[str]:
    """The rows whose cell in the column the note's lead names (指標のうち…) is one of the quoted words.

    (Each quoted word must be a whole cell: 「紙使用量」 is not the row of 「紙使用量の削減率」, whose direction
    the note does not give. A lead naming no column, or several, names no rows here.)"""
    words = {nfkc(w).strip() for w in _QUOTED.findall(nfkc(lead))}
    if not words:
        return set()
    before = nfkc(lead).split("「", 1)[0]
    named = [c for c in t.columns if not c.numeric and c.base and len(c.base) >= 2 and c.base in before]
    if len({c.header for c in named}) != 1:
        return set()
    header = named[0].header
    return {r["key"] for r in t.rows if nfkc(str(r["cells"].get(header) or "")).strip() in words}
