"""「効果額の合計、R5からR6でどれだけ減った？」「提案件数、R4からR6で何件増えた？」 over a list joined from a sheet per
year: the change between the two years' sheets of the column's sum (or of the number of rows). Answered only when the
question says nothing else (every word is the years, the column or 件数, the rows' word and the change asked); a
condition more is left to the reading, which reports what it cannot use."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.query.tables.cells import _number
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, fy_text

_VERB = re.compile(r"(?P<dir>増え|増加し|伸び|減っ|減少し|減り)(?:た|ている|てる|ました)?(?:の|か)?\s*[?？。]?\s*$")
_HOW = re.compile(r"どれだけ|どれくらい|どのくらい|どれぐらい|いくら|何件|なんけん|何円|何千円|いくつ")
_SUMMED = re.compile(r"の?(?:合計|総額|総計|計)")
_COUNTED = re.compile(r"件数|提案数|数")
_FILLER = re.compile(r"[のはがでにをと、,。?？\s]|から|まで|にかけて|全体|全部")


def sheet_change(t, question: str):
    """(value, earlier total, later total, earlier year, later year, column or "", the direction said matches) or None."""
    qn = _key(nfkc(question))
    if len(t.sheets) < 2:
        return None
    verb = _VERB.search(qn)
    years = [y for y in find_years(qn, calendar=True) if not y.calendar]
    if verb is None or len(years) != 2 or years[0].fiscal_year >= years[1].fiscal_year \
            or not {years[0].fiscal_year, years[1].fiscal_year} <= set(t.sheets):
        return None
    rest = qn[:years[0].start] + " " + qn[years[0].end:years[1].start] + " " + qn[years[1].end:verb.start()]
    measure = ""
    for c in t.columns:
        if not c.numeric:
            continue
        form = next((f for f in sorted(c.forms, key=len, reverse=True) if len(f) >= 2 and _key(f) in rest), "")
        if form:
            if measure:
                return None  # (two columns said: which one is not this reading's to guess)
            measure = c.header
            rest = rest.replace(_key(form), " ", 1)
    if measure:
        summed = _SUMMED.search(rest)
        if summed is None:
            return None
        rest = rest[:summed.start()] + " " + rest[summed.end():]
    rest = _HOW.sub(" ", rest)
    if not measure:
        counted = _COUNTED.search(rest) or re.search(r"何件", qn)
        if counted is None:
            return None
        rest = _COUNTED.sub(" ", rest, count=1)
    for w in {_key(f) for c in t.columns if c.header == t.name for f in c.forms if len(f) >= 2} | {"提案", "件"}:
        rest = rest.replace(w, " ")
    if _FILLER.sub("", rest).strip():
        return None  # (a word more: a condition this answer would drop)

    def total(fy: int) -> float:
        rows = [r for r in t.rows if fy in (r.get("sheets") or ())]
        if not measure:
            return float(len(rows))
        return sum(n for r in rows if (n := _number(r["cells"].get(measure))) is not None)

    a, b = total(years[0].fiscal_year), total(years[1].fiscal_year)
    up = verb.group("dir") in ("増え", "増加し", "伸び")
    change = (b - a) if up else (a - b)
    return change, a, b, years[0].fiscal_year, years[1].fiscal_year, measure, change >= 0


def describe(got, unit: str) -> tuple[str, str]:
    """The summary (and the caveat, where the change went the other way) of sheet_change's answer."""
    change, a, b, y1, y2, measure, agrees = got
    what = f"{measure}の合計" if measure else "件数"
    n = lambda v: f"{int(v):,}" if float(v).is_integer() else f"{v:,.2f}"
    u = unit if measure else "件"
    said = f"{fy_text(y1)}の{what}は {n(a)}{u}、{fy_text(y2)}は {n(b)}{u}で、"
    if b == a:
        return said + "変わっていません。", ""
    moved = f"{n(abs(b - a))}{u}{'増えています' if b > a else '減っています'}"
    caveat = "" if agrees else f"{'増えて' if b < a else '減って'}はいません（{moved}）。"
    return caveat + said + moved + "。", caveat
