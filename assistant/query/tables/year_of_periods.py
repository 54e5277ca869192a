"""「R5に■が入っている」「R8に▶がない」「令和6年度の間ずっと■」: a mark said of a year over a timeline with
several period columns per year (R5 1Q … R5 4Q): the mark in any of that year's columns, in none of them when
negated, in every one only when the question says so (ずっと・すべて・通して). A year read as each of its
columns holding the mark would answer 「R5に■が入っている」 with the rows marked all year only."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.query.tables.question import Cond
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

_TIMELINE_MARKS = frozenset("■□◆◇▶▷★☆")
# 「ずっと」「すべて」「通して」「間中」: every period of the year
_EVERY = re.compile(r"ずっと|すべて|全て|全部|通じて|通して|通年|いっぱい|間中|毎期|丸[一1]年|1年間|一年間")
# 「▶がない」「■が入っていない」「■はついてない」: the mark in none of them
_NONE = re.compile(r"[)）」』]?\s*(?:が|は|の|も)?\s*(?:矢印|印|マーク)?\s*(?:が|は)?\s*(?:一つも|ひとつも|1つも|一度も|全く|まったく)?\s*"
                   r"(?:入っていない|入ってない|入らない|ついていない|ついてない|付いていない|付いてない|つかない|ない|なし|無い)")


def _mark_at(qn: str, mark: str, wordings: dict[str, str]) -> re.Match | None:
    """Where the question says the mark: the symbol itself, else a legend word for it (実施 for ▶)."""
    for form in [_key(mark), *sorted((w for w, g in wordings.items() if g == mark), key=len, reverse=True)]:
        at = re.search(re.escape(form) + r"(?:[(（][^()（）]{0,12}[)）])?", qn)
        if at:
            return at
    return None


def _of_no_period(t, c: Cond, qn: str, years_said: set[int]) -> bool:
    """A mark's condition bound to one period column that the question names by neither its year nor its own
    words (「■がない項目」 read as R7 1Q's ■): the mark was said of no period at all."""
    col = t.column(c.header)
    return col.year is not None and col.year not in years_said and not any(
        f in qn for f in (*col.forms, _key(col.header)) if len(f) >= 2)


def read_mark_of_timeline(db, question: str, reading) -> bool:
    """「■がない項目」「▶が入っている項目」 with no period said, over a timeline of period columns: the mark in
    none (any) of the columns, never the one column a reading bound it to; True when done."""
    from assistant.query.tables.question import _wordings_for

    t = reading.table
    qn = _key(question)
    # (a timeline's marks only: a grade ◎ said with no year keeps the reading of the latest year's column)
    marks = [c for c in reading.conds if c.op in ("eq", "ne") and isinstance(c.value, str) and len(c.value) == 1
             and c.value in _TIMELINE_MARKS and t.column(c.header).year is not None]
    if len(marks) != 1:
        return False
    c = marks[0]
    years_said = {y.fiscal_year for y in find_years(nfkc(question))}
    if not _of_no_period(t, c, qn, years_said):
        return False
    headers = [x.header for x in t.columns if x.year is not None and not x.numeric
               and any(nfkc(str(r["cells"].get(x.header) or "")).strip() == c.value for r in t.rows)]
    if len(headers) < 2:
        return False
    said = _mark_at(qn, c.value, _wordings_for(db, t))
    none = _NONE.match(qn, said.end()) if said else None
    parts = [Cond(h, "eq", c.value, f"{h}が{c.value}") for h in headers]
    if c.op == "ne" or none:
        cond = Cond("|".join(headers), "not_any", parts, f"工程のどこにも{c.value}がない")
        if none:
            reading.spans.append(none.span())
    elif _EVERY.search(qn):
        return False  # (「ずっと■」 over the whole timeline: left as read, the answer says what it bound)
    else:
        cond = Cond("|".join(headers), "or", parts, f"工程のどこかに{c.value}がある")
    reading.conds[reading.conds.index(c)] = cond
    return True


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
