"""「５市すべてが参加している事業」 over a table listing each row's members in one column (参加市: 鷭ヶ淵市、蒼沼市 …,
as printed or as the reader folds one ○/× column per member into it).

The members are every name the column lists in some row. 「N市すべて」 says a row listing all of them; the number
said must be the number of those names, and a counter of one kind (市) must be what every name ends in — else the
words are not read (the answer then says it could not use them, never all rows as if they held)."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# (「５市すべてが参加」「すべての市が参加」「全市町が参加」「4団体とも加わっている」)
_ALL = compiled(r"(?:(?P<n>\d{1,2})\s*(?P<c>市町村|市区町村|市町|市|町|村|団体|自治体)\s*(?:すべて|全て|全部|とも)"
                r"|(?:すべて|全て)\s*の\s*(?P<c2>市町村|市区町村|市町|市|町|村|団体|自治体)"
                r"|全(?P<c3>市町村|市町|市|団体|自治体))"
                r"\s*(?:が|で|に|も)?\s*(?=参加|加入|加わ|入って|入っ)")


def _members(t, header: str) -> set[str]:
    from assistant.query.tables.question import _list_sep

    out: set[str] = set()
    for r in t.rows:
        v = nfkc(str(r["cells"].get(header) or "")).strip()
        out |= {p.strip() for p in _list_sep(v).split(v) if p.strip()} if v else set()
    return out


def read_all_members(t, qn: str, free, take) -> None:
    """「N市すべてが参加」: the rows whose list column holds every member the table names."""
    m = _ALL.search(qn)
    if m is None or not free(*m.span()):
        return
    from assistant.query.tables.question import _list_columns

    places = {h: ms for h in _list_columns(t) if (ms := _members(t, h)) and all(re.search(r"[市町村区県]$", p) for p in ms)}
    if len(places) != 1:
        return
    header, members = next(iter(places.items()))
    counter = m.group("c") or m.group("c2") or m.group("c3")
    if counter in ("市", "町", "村") and not all(p.endswith(counter) for p in members):
        return  # (「5市すべて」 of members that are towns and villages too: not these members)
    if m.group("n") and int(m.group("n")) != len(members):
        return
    take(m.start(), m.end(), "members_all", (header, len(members), counter if counter in ("市", "町", "村") else "団体"))
