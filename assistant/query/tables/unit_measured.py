"""「ＫＰＩが％で測られてる取組」 over a table of indicators whose 単位 column prints each row's unit (件, ％, 時間):
a unit said, then で and a verb of measuring (測る・計る・表す・示す), is that column's value — the rows whose
indicator is in that unit. Only a unit the column prints (NFKC), so that a figure's unit said elsewhere
(「30%以上」) is never read so."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.query.tables.question import Cond
from assistant.text.normalize import nfkc

# (the unit, then で and the verb: 測られてる, 計測している, 表されて, 示される; the unit is at most a few characters)
_MEASURED = re.compile(r"(?P<unit>[^\s、。,がはをの]{1,6}?)で(?:測|計|量|表|示|はか)[ぁ-ん]*")
_UNIT_HEADER = re.compile(r"(?:指標の)?単位")


def read_unit_measured(question: str, reading) -> bool:
    """Add (in place) the condition on the table's 単位 column where the question says a unit it prints as what the
    rows are measured in."""
    t = reading.table
    head = next((c.header for c in t.columns if _UNIT_HEADER.fullmatch(nfkc(c.header).strip())), "")
    if not head or any(c.header == head for c in reading.conds):
        return False
    units = {k: str(r["cells"].get(head)) for r in t.rows if (k := _key(nfkc(str(r["cells"].get(head) or ""))))}
    qn = _key(question)
    for m in _MEASURED.finditer(qn):
        said = m.group("unit")
        # (the longest tail of the words before で that is a unit printed: 「KPIが%で」 → %)
        unit = next((said[i:] for i in range(len(said)) if said[i:] in units), "")
        if not unit or any(a < m.end() and m.start("unit") + len(said) - len(unit) < b for a, b in reading.spans):
            continue
        start = m.start("unit") + len(said) - len(unit)
        reading.conds.append(Cond(head, "eq", units[unit], f"{head}が{nfkc(units[unit]).strip()}"))
        reading.spans.append((start, m.end()))
        return True
    return False
