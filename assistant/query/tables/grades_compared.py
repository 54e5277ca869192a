"""「一次評価より二次評価のほうが低くなった事業」: two grade columns of one row compared (A > B > C > D, or
the order the document's legend gives): the row's second grade below (or above) its first."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.query.tables.question import Cond, _graded, _ranks

_LOWER = r"(?:低|悪|下が|下回|落ち)"
_HIGHER = r"(?:高|良|よ(?=く|か|い)|上が|上回)"
_COMPARED = re.compile(rf"(?P<a>[^、。,，\s]{{2,12}}?)(?:より|よりも)(?:、)?(?P<b>[^、。,，\s]{{2,12}}?)(?:の方|のほう)?(?:が|は)"
                       rf"(?:(?P<low>{_LOWER})|(?P<high>{_HIGHER}))"
                       rf"|(?P<b2>[^、。,，\s]{{2,12}}?)(?:の方|のほう)?(?:が|は)(?P<a2>[^、。,，\s]{{2,12}}?)(?:より|よりも)"
                       rf"(?:(?P<low2>{_LOWER})|(?P<high2>{_HIGHER}))")


def read_grades_compared(db, question: str, reading) -> bool:
    """Set (in place) the comparison of the two grade columns said, replacing what their words were read as."""
    t = reading.table
    qn = _key(question)
    m = _COMPARED.search(qn)
    if m is None:
        return False
    graded = [c for c in t.columns if not c.numeric and _graded(t, c.header)]

    def column(said: str):
        hit = [c for c in graded if any(_key(f) == said or _key(f).endswith(said) for f in (*c.forms, c.header))]
        return hit[0] if len(hit) == 1 else None

    a, b = column(m.group("a") or m.group("a2")), column(m.group("b") or m.group("b2"))
    low = bool(m.group("low") or m.group("low2"))
    if a is None or b is None or a is b:
        return False
    rank = _ranks(db, t, [a.header, b.header])
    if not rank:
        return False
    op = "change_down" if low else "change_up"
    word = "低い" if low else "高い"
    reading.conds = [c for c in reading.conds if a.header not in c.header.split("|") and b.header not in c.header.split("|")]
    reading.conds.append(Cond(f"{a.header}|{b.header}", op, rank, f"{b.header}が{a.header}より{word}"))
    if reading.measure in (a.header, b.header):
        reading.measure = ""
    if reading.asked in (a.header, b.header):
        reading.asked = ""
    tail = re.match(r"[ぁ-ん]*", qn[m.end():])  # (低く, 高い, 下がった: the word's own kana)
    reading.spans.append((m.start(), m.end() + tail.end()))
    return True
