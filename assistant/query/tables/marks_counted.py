"""「○が7項目以上ついている団体」「△が２つ以上ある村」: a mark counted along a row of a matrix whose columns each hold
a mark or nothing (a prefecture's survey: municipalities × measures, ○ 実施中 / △ 検討中 / blank 未実施).

The count is over the row's mark columns (those whose cells are one non-alphanumeric character or blank, at least
three of them), never one column's mark. 「8項目のうち」 said before it is the number of those columns: read only
when it is that number, else left unread (the answer then says so).
"""
from __future__ import annotations

from assistant.query.tables.per_table import printed_cells

import re

from assistant.query.facts import _key
from assistant.query.tables.question import Cond
from assistant.text.normalize import nfkc

_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
        "ひと": 1, "ふた": 2, "み": 3, "よ": 4, "いつ": 5}
# 「○が7項目以上」「△が２つ以上ある」「○の数が5個以上」「○が3つ未満」「○が五つ以上」
_COUNTED = re.compile(r"(?P<mark>[○◎△×●◯])[)）」』]?\s*(?:の数)?\s*(?:が|は)\s*"
                      r"(?P<n>\d{1,2}|[一二三四五六七八九十]|ひと|ふた|み|よ|いつ)\s*"
                      r"(?P<unit>つ|個|項目|件|か所|箇所|カ所|列|分野)?\s*"
                      r"(?P<cmp>以上|以下|未満|を超え|超|より多|より少な)")
# 「8項目のうち」「全8項目中」: the columns counted, said as their number
_OF_ALL = re.compile(r"(?:全)?(?P<n>\d{1,2})\s*(?:つ|個|項目|分野|列)\s*(?:のうち|の中で|中|の中)")
_OPS = {"以上": "ge", "以下": "le", "未満": "lt", "を超え": "gt", "超": "gt", "より多": "gt", "より少な": "lt"}


def _mark_columns(t) -> list[str]:
    """The columns each of whose cells is one mark (not a letter or a digit) or blank, some mark in each."""
    out = []
    for c in t.columns:
        if c.header == t.name or c.numeric:
            continue
        cells = list(printed_cells(t, c.header))
        if any(cells) and all(len(v) <= 1 and not v.isalnum() for v in cells):
            out.append(c.header)
    return out if len(out) >= 3 else []


def read_marks_counted(question: str, reading) -> bool:
    """Replace (in place) the mark's conditions on single columns with the count of the mark along the row;
    True when done."""
    qn = _key(question)
    m = _COUNTED.search(qn)
    if m is None:
        return False
    headers = _mark_columns(reading.table)
    mark = m.group("mark")
    if not headers or not any(nfkc(str(r["cells"].get(h) or "")).strip() == mark
                              for r in reading.table.rows for h in headers):
        return False
    n = int(m.group("n")) if m.group("n").isdigit() else _NUM[m.group("n")]
    op = _OPS[m.group("cmp")]
    # (the single columns the mark was bound to, each read as holding it: the count replaces them)
    reading.conds = [c for c in reading.conds
                     if not (c.op in ("eq", "ne") and c.header in headers and _key(str(c.value)) == mark)]
    words = {"ge": "以上", "le": "以下", "lt": "未満", "gt": "より多い"}[op]
    reading.conds.append(Cond("|".join(headers), "counted_marks", (mark, op, n),
                              f"{mark}の数（{len(headers)}項目中）が{n}{words}"))
    reading.spans.append(m.span())
    of_all = _OF_ALL.search(qn, 0, m.start())
    if of_all is not None and int(of_all.group("n")) == len(headers):
        reading.spans.append(of_all.span())
    return True


def mark_count_holds(cells: dict, c: Cond) -> bool:
    """Whether the row's count of the mark over the columns meets the bound."""
    mark, op, n = c.value
    k = sum(1 for h in c.header.split("|") if _key(nfkc(str(cells.get(h) or "")).strip()) == mark)
    return {"ge": k >= n, "le": k <= n, "lt": k < n, "gt": k > n}[op]
