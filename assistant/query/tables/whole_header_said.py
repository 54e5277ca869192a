"""Whether a reading's columns are said by their whole names: 「落札率が一番低い案件」 names the column 落札率 of a
list of bids as printed, while a yearly summary's 平均落札率(%) is only said by its tail. The summary's figure is
another measure (a mean of a year), so its reading is no rival of the list's, which reads the words as they stand."""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc

# (「(%)」「（千円）」 after a header: its unit, no part of its name)
_UNIT_AFTER = re.compile(r"[(（][^()（）]{0,8}[)）]$")


def _bare(text: str) -> str:
    return _UNIT_AFTER.sub("", "".join(nfkc(text).split()).lower())


def _columns_read(reading) -> list[str]:
    """The headers the reading's conditions, figure and asked value are on."""
    headers = [c.header for c in reading.conds if getattr(c, "header", "")]
    headers += [h for h in (reading.measure or "").split("|") if h]
    if reading.asked:
        headers.append(reading.asked)
    return list(dict.fromkeys(headers))


def said_whole(reading, qn: str) -> bool:
    """Whether every column the reading uses is said in the question by its whole header (its unit aside), and
    it uses one at least."""
    headers = _columns_read(reading)
    if not headers:
        return False
    for h in headers:
        try:
            col = reading.table.column(h)
        except Exception:
            return False
        if col is None or not any(len(n) >= 2 and n in qn for n in (_bare(col.header), _bare(col.base))):
            return False
    return True


def said_in_part(reading, qn: str) -> bool:
    """Whether a column the reading uses is said only by a part of its name (平均落札率 said 落札率): none of its
    whole names is in the question."""
    for h in _columns_read(reading):
        try:
            col = reading.table.column(h)
        except Exception:
            continue
        if col is not None and not any(len(n) >= 2 and n in qn for n in (_bare(col.header), _bare(col.base))):
            return True
    return False


def measure_said_long(reading, qn: str) -> bool:
    """Whether the figure the reading ranks is said by a whole header of four characters or more (不調件数), a name
    no word of another kind of record is read as in one piece."""
    for h in (reading.measure or "").split("|"):
        try:
            col = reading.table.column(h) if h else None
        except Exception:
            col = None
        if col is not None and any(len(n) >= 4 and n in qn for n in (_bare(col.header), _bare(col.base))):
            return True
    return False


_RANKS = ("order_asc", "order_desc", "min", "max")


def ranks_by_whole_over_part(reading, rival, qn: str) -> bool:
    """Whether reading ranks its rows by a column said whole (「落札率が低い順に」: 落札率 of the list of bids) where
    the rival ranks the same way by a column said only by its tail (平均落札率(%) of a yearly summary), neither
    holding a condition: the rival ranks another measure, no rival of the words as they stand. (Counts and other
    figures are left alone: a column said by its tail is often how a count is asked.)"""
    return (reading.aggregate in _RANKS and rival.aggregate == reading.aggregate and not reading.conds
            and not rival.conds and reading.said == rival.said and bool(reading.measure) and bool(rival.measure)
            and said_whole(reading, qn) and said_in_part(rival, qn))
