"""「柱２のR7の平均点は？」 over 柱 │ 柱の名称 │ 平均点 R6/R7 whose 柱 column holds bare numbers (1, 2, 3 …): the word of
the column said with a number it holds names that row, 「柱が2の」 as the tables' reader reads a value.

Only where another table prints the same words in its cells (「柱2 会議・打合せの…」 as the heading of a list of 取組),
which the tables' reader would take as that table's value; the question then names this table where it also says a
column that table lacks (平均点), else it is left as said. With no such table the reader reads 「基本目標2」 itself."""
from __future__ import annotations

from assistant.query.tables.caption_measure import caption_measure
from assistant.query.tables.per_table import printed_cells

import re

from assistant.text.normalize import nfkc

_WORD = re.compile(r"[一-龥ァ-ヶー]{1,4}")


def as_header_numbered(question: str, tables) -> str:
    text = nfkc(question)
    for t in tables:
        for c in t.columns:
            head = nfkc(c.header).strip()
            if not _WORD.fullmatch(head):
                continue
            values = list(printed_cells(t, c.header))
            if len(values) < 2 or not all(re.fullmatch(r"\d{1,2}", v) for v in values):
                continue
            m = re.search(re.escape(head) + r"\s*(\d{1,2})(?![\d.])(?:\s*の)?", text)
            if m is None or m.group(1).lstrip("0") not in {v.lstrip("0") for v in values}:
                continue
            said = f"{head}{m.group(1)}"
            printed = [o for o in tables if o is not t and any(
                said in nfkc(str(v or "")).replace(" ", "").replace("\u3000", "") for r in o.rows for v in r["cells"].values())]
            if not printed:
                continue  # (no other table prints the words: the tables' reader reads 「基本目標2」 as its row already)
            theirs = {f for o in printed for oc in o.columns for f in oc.forms}
            own = {f for oc in t.columns if oc is not c for f in oc.forms if len(f) >= 2 and f not in theirs}
            # (「基本目標５の令和６年度の平均満足度」 over 基本目標 │ 令和２年度 … captioned 「基本目標別の平均満足度」: the
            # measure its caption names after 別, which no column of the other table is, names this table too)
            own |= {m for m in [caption_measure(t.caption)] if len(m) >= 2 and m not in theirs}
            if not any(f in text for f in own):
                continue
            return text[:m.start()] + f"{head}が{m.group(1)}の" + text[m.end():]
    return question
