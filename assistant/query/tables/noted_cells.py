"""「経常収支比率のR6の数字に※1が付いてるのはどこ？」: a note's mark printed after a cell's value (95.8※1), said of
the column the question names: the rows whose cell in that column carries the mark, not the column's values.

The mark must be printed in that column (some cells, not all): a mark no cell of it carries is left unread."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.query.tables.question import Cond
from assistant.text.normalize import nfkc

# 「（の数字に）※1が付いてる」「※2のついた」「＊がある」
_NOTED = re.compile(r"(?:の?(?:数字|数値|値)(?:に|で|の))?\s*(?P<mark>※\s*\d{0,2}|＊\s*\d{0,2}|\*\s*\d{0,2})\s*"
                    r"(?:が|の)?\s*(?:付い|つい|付され|付く|つく|付け|ある|あり|入っ)[ぁ-ん]*")


def read_noted_cells(question: str, reading) -> bool:
    """Replace (in place) the column asked (or the one condition's column) with its cells carrying the mark;
    True when done."""
    qn = _key(question)
    m = _NOTED.search(qn)
    if m is None:
        return False
    t = reading.table
    mark = re.sub(r"\s+", "", m.group("mark"))
    header = reading.asked if reading.asked in {c.header for c in t.columns} else ""
    if not header:
        return False
    cells = [nfkc(str(r["cells"].get(header) or "")) for r in t.rows]
    carrying = [v for v in cells if re.search(re.escape(mark) + r"(?!\d)", v)]
    if not carrying or len(carrying) == len(cells):
        return False
    reading.asked = ""
    reading.conds.append(Cond(header, "contains", mark, f"{header}に{mark}付き"))
    reading.spans.append(m.span())
    return True
