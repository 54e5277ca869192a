"""「改定率の上限は何％？」(50％, read in the text) then 「じゃあ上限いっぱいになっている区分は何区分ある？」: the limit
just answered, reached, is the column's value equal to it (「改定率が50%になっている区分は…」), asked of the table that
has that column. Only a figure answered the turn before, of a word of that question that names one numeric column."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_REACHED = compiled(r"(?:その|この)?\s*(?P<limit>上限|下限|最大|最小|最高|最低)(?:値)?\s*(?:いっぱい|一杯|ぎりぎり|ギリギリ|ちょうど|丁度)"
                    r"(?:\s*(?:に|まで|の|で))?")
_FIGURE = compiled(r"^\s*(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>%|円|千円|人|件|点|回|倍)?\s*$")


def said_as_value(db, question: str, before_value, before_words: list[str]) -> str | None:
    """The question with the limit reached said as the column's value; None when it is not that shape."""
    q = nfkc(question)
    m = _REACHED.search(q)
    if m is None or before_value is None:
        return None
    fig = _FIGURE.match(nfkc(str(before_value)))
    if fig is None:
        return None
    from assistant.query.tables.read import read_tables

    tables = read_tables(db, False)
    named = []
    for word in before_words:
        w = nfkc(word)
        cols = {c.header for t in tables for c in t.columns if c.numeric and nfkc(c.header).startswith(w)}
        if len(cols) == 1:
            named.append(w)
    if len(named) != 1:
        return None
    value = fig.group("n") + (fig.group("unit") or "")
    rest = q[m.end():]
    rest = re.sub(r"^(?:に|の|で)?\s*(?:なって(?:い)?る|なった|達して(?:い)?る|達した)?", "", rest)
    return q[:m.start()] + f"{named[0]}が{value}の" + rest.lstrip("のにで")
