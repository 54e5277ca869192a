"""「町の実質公債費比率」「村のなかで」 over a table of municipalities: the kind of municipality said alone.

A prefecture's tables list its 市, 町 and 村 as rows (place_rows.py). A bare 市・町・村 in the question (not part of
a name, 大沢町, nor of 市町村) asks for the rows of that kind. Where a column prints the kind (類型: 町), the
word is that column's value and is read there; otherwise the row's name says it by its last character.
"""
from __future__ import annotations

import re

from assistant.query.tables.place_rows import place_of, rows_are_places
from assistant.text.normalize import nfkc

# the word alone: no kanji or katakana before it (「の町」「、村」), a particle or the end after it
# (not the asker's own, 「うちの町の」: one town, not a kind)
_KIND_SAID = re.compile(r"(?<![一-龥々ァ-ヶー])(?<!うちの)(?<!わが)(?<!我が)(?<!たちの)(市|町|村)(?=の|で|は|が|を|って|だけ|に|と|[、,?？]|$)")


def read_place_kind(t, qn: str, free, take) -> None:
    """Take 町 of 「町の…の平均」 as the rows whose name ends in 町, where the table's rows are municipalities and no
    column prints the kind as a value."""
    if not t.name or not rows_are_places(t):
        return
    for m in _KIND_SAID.finditer(qn):
        if not free(*m.span()):
            continue
        kind = m.group(1)
        printed = any(nfkc(str(v or "")).strip() == kind for r in t.rows for h, v in r["cells"].items() if h != t.name)
        if printed:
            continue  # (類型: 町 — the column's value, read as one)
        names = {place_of(t, r) for r in t.rows} - {""}
        of_kind = {n for n in names if n.endswith(kind)}
        if of_kind:
            take(*m.span(), "place_kind", (of_kind, f"{t.name}が「{kind}」で終わる（{kind}）"))
