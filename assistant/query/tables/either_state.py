"""「見直し中か、もう終了したものは？」 over a column of states printing 見直し中 as a whole cell and 終了 only inside
one (「令和6年度末で終了」): the rows whose cell of that one column is the first or holds the second. Read only
where exactly one column holds both words, one of them only as part of its cells (two whole values are read as
values already)."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.query.tables.question import Cond
from assistant.text.normalize import nfkc

_EITHER = re.compile(r"(?:^|[、,はのでが])(?P<a>[一-龥ァ-ヶー][一-龥ァ-ヶーぁ-ん]{1,9}?)(?:か|または|もしくは|あるいは)[、,]?\s*"
                     r"(?:もう|既に|すでに)?\s*(?P<b>[一-龥ァ-ヶー][一-龥ァ-ヶーぁ-ん]{1,9}?)"
                     r"(?:した|している|してる|された|済み|済)?(?=もの|の|事業|項目)")


def _holds(cells: list[str], word: str) -> tuple[bool, bool]:
    """(a cell is the word, a cell holds it)."""
    return any(c == word for c in cells), any(word in c for c in cells)


def read_either_state(question: str, reading) -> bool:
    """Add (in place) the rows holding either word in the one column holding both."""
    qn = _key(question)
    m = _EITHER.search(qn)
    if m is None:
        return False
    a, b = m.group("a"), m.group("b")
    t = reading.table
    found = []
    for c in t.columns:
        if c.numeric:
            continue
        cells = [_key(nfkc(str(r["cells"].get(c.header) or ""))) for r in t.rows]
        whole_a, part_a = _holds(cells, a)
        whole_b, part_b = _holds(cells, b)
        if part_a and part_b and not (whole_a and whole_b):
            found.append(c.header)
    if len(found) != 1:
        return False
    header = found[0]
    keys = [r["key"] for r in t.rows if any(w in _key(nfkc(str(r["cells"].get(header) or ""))) for w in (a, b))]
    if not keys or len(keys) == len(t.rows):
        return False
    reading.conds = [c for c in reading.conds if not (c.header == header and str(c.value) in (a, b))]
    reading.conds.append(Cond(header, "rows", keys, f"{header}が「{a}」か「{b}」を含む"))
    reading.spans.append((m.start("a"), m.end("b")))
    return True
