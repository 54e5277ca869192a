"""「R5に■が入っている」「R8に▶がない」「令和6年度の間ずっと■」: a mark said of a year over a timeline with
several period columns per year (R5 1Q … R5 4Q): the mark in any of that year's columns, in none of them when
negated, in every one only when the question says so (ずっと・すべて・通して). A year read as each of its
columns holding the mark would answer 「R5に■が入っている」 with the rows marked all year only."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.query.tables.question import Cond

# 「ずっと」「すべて」「通して」「間中」: every period of the year
_EVERY = re.compile(r"ずっと|すべて|全て|全部|通じて|通して|通年|いっぱい|間中|毎期|丸[一1]年|1年間|一年間")
# 「▶がない」「■が入っていない」「■はついてない」: the mark in none of them
_NONE = re.compile(r"[)）」』]?\s*(?:が|は|の|も)?\s*(?:矢印|印|マーク)?\s*(?:が|は)?\s*"
                   r"(?:入っていない|入ってない|入らない|ついていない|ついてない|付いていない|付いてない|つかない|ない|なし|無い)")


def _mark_at(qn: str, mark: str, wordings: dict[str, str]) -> re.Match | None:
    """Where the question says the mark: the symbol itself, else a legend word for it (実施 for ▶)."""
    for form in [_key(mark), *sorted((w for w, g in wordings.items() if g == mark), key=len, reverse=True)]:
        at = re.search(re.escape(form) + r"(?:[(（][^()（）]{0,12}[)）])?", qn)
        if at:
            return at
    return None


def read_mark_of_year(db, question: str, reading) -> bool:
    """Replace (in place) a mark bound to each period column of one year with the mark in any (none, every) of
    them; True when done."""
    from assistant.query.tables.question import _wordings_for

    t = reading.table
    periods: dict[int, list[str]] = {}
    for c in t.columns:
        if c.year is not None and not c.numeric and c.base:
            periods.setdefault(c.year, []).append(c.header)
    marks = [c for c in reading.conds if c.op == "eq" and isinstance(c.value, str) and len(c.value) == 1
             and not c.value.isalnum()]
    qn = _key(question)
    done = False
    for year, headers in periods.items():
        if len(headers) < 2:
            continue
        for mark in {c.value for c in marks}:
            held = [c for c in marks if c.value == mark and c.header in headers]
            if {c.header for c in held} != set(headers):
                continue
            said = _mark_at(qn, mark, _wordings_for(db, t))
            if said is None:
                continue
            none = _NONE.match(qn, said.end())
            parts = [Cond(h, "eq", mark, f"{h}が{mark}") for h in headers]
            joined = "|".join(headers)
            if none:
                cond = Cond(joined, "not_any", parts, f"{headers[0]}〜{headers[-1]}のどれにも{mark}がない")
                reading.spans.append(none.span())
            elif (every := _EVERY.search(qn)):
                # 「令和6年度の間ずっと■」: each period holding it, as read (the words saying so used)
                reading.spans.append((every.start() - 2 if qn[:every.start()].endswith("の間") else every.start(), every.end()))
                done = True
                continue
            else:
                cond = Cond(joined, "or", parts, f"{headers[0]}〜{headers[-1]}のいずれかが{mark}")
            at = reading.conds.index(held[0])
            reading.conds = [c for c in reading.conds if c not in held]
            reading.conds.insert(at, cond)
            done = True
    # 「R8の4Qに▶がない」: one period's mark negated, the rows whose cell there holds something else or nothing
    left = [c for c in reading.conds if c in marks]
    if not done and len(left) == 1 and t.column(left[0].header).year is not None:
        said = _mark_at(qn, left[0].value, _wordings_for(db, t))
        none = _NONE.match(qn, said.end()) if said else None
        if none:
            c = left[0]
            reading.conds[reading.conds.index(c)] = Cond(c.header, "ne", c.value, f"{c.header}が{c.value}でない")
            reading.spans.append(none.span())
            done = True
    return done
