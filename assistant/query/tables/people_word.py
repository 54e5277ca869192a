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
    if not _COUNTS_PEOPLE.search(f"{t.doc_title} {t.caption} {t.measure_word}"):
        return
    if not any(c.numeric for c in t.columns):
        return
    for m in _PEOPLE_WORD.finditer(qn):
        if free(*m.span()) and not re.match(r"\s*(?:欄|列|の欄)", qn[m.end():]):
            take(*m.span(), "filler")
