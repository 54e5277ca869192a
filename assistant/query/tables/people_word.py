"""「人数が一番減った課」「人数が変わってない」 over a table of how many staff each row has (部門別職員数の推移):
人数 names the figures the table holds, as its title says (職員数), and no column of its own."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled

_PEOPLE_WORD = compiled(r"人数|職員数|人員数?")
# What the table's title, caption or note says its figures count: people.
_COUNTS_PEOPLE = compiled(r"職員数|人数|人員|者数|定員")


def read_people_word(t, qn: str, free, take) -> None:
    """Take 人数 (or 職員数) said of a table whose figures are counts of people as a word used (filler); where
    a column took the word first, it is that column's."""
    read_doers_word(t, qn, free, take)
    if not _COUNTS_PEOPLE.search(f"{t.doc_title} {t.caption} {t.measure_word}"):
        return
    if not any(c.numeric for c in t.columns):
        return
    for m in _PEOPLE_WORD.finditer(qn):
        if free(*m.span()) and not re.match(r"\s*(?:欄|列|の欄)", qn[m.end():]):
            take(*m.span(), "filler")


# 「受講者数」「受講者」「参加者数」: the people doing what the caption names (「職員研修の受講状況」), counted
_DOERS = compiled(r"(?P<stem>[一-龥]{2})(?:者数|者の数|人数|者)")


def read_doers_word(t, qn: str, free, take) -> None:
    """Take 受講者数 said of a table whose caption names 受講 (「職員研修の受講状況（所属別）」) and whose figures are
    counts of people (their unit 人・名) as a word used (filler): the figures are those people's number."""
    caption = f"{t.caption} {t.measure_word}"
    numeric = [c for c in t.columns if c.numeric]
    if not numeric or not all(c.unit in ("人", "名") for c in numeric):
        return
    for m in _DOERS.finditer(qn):
        if m.group("stem") in caption and free(*m.span()):
            take(*m.span(), "filler")
