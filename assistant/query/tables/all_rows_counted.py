"""「4つの基本目標のKPI達成率の平均」: the rows said with their number, which is every row of the table — a restating
of the whole (no condition). A number that is not the table's count is left unread, so the answer says so."""
from __future__ import annotations

import re

from assistant.query.facts import _key

_COUNTED = re.compile(r"(?:全|すべての|全ての)?\s*(\d{1,2}|[二三四五六七八九十])\s*(?:つ|個|件|項目)?\s*の\s*")
_KANJI = "一二三四五六七八九十"


def read_all_rows_counted(t, qn: str, free, take) -> None:
    """The count said before the rows' own word (the name column's header: 基本目標), equal to the rows of the table."""
    if not t.name or len(_key(t.name)) < 2:
        return
    word = re.escape(_key(t.name))
    for m in re.finditer(_COUNTED.pattern + rf"(?={word})", qn):
        said = m.group(1)
        n = int(said) if said.isdigit() else _KANJI.index(said) + 1
        if n == len(t.rows) and free(*m.span()):
            take(*m.span(), "filler")
