"""「どちらかの年度で効果額が▲になっている」「いずれかの年度で達成率が80%以上」: a bound said of some year,
over a table of a measure by year columns (効果額 令和6年度 │ 令和7年度): the bound read on the one year column
it was first bound to (the latest) holds on any of the measure's year columns instead."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.query.tables.question import Cond
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

_SOME_YEAR = re.compile(r"(?:どちらか|どっちか|いずれか|どれか|どこか)の(?:年度|年)(?:で|に|は|において)?"
                        r"|(?:一度でも|1度でも|一回でも|1回でも)"
                        # 「これまでに総合評価Ｃがついたことのある」: some year of those printed
                        r"|(?:これまで|今まで|いままで)(?:に|で)?(?=.*(?:た|だ)ことが?(?:ある|あった|のある))")
# 「…以上だったことがある」「…になったことのある」: some year, said by the perfect of the bound's verb
_EVER = re.compile(r"(?:だっ|になっ|であっ)たことが?(?:ある|あった|あります|のある)")
# 「総合評価が3年間ずっとＢ以上」「どの年度も達成率50％以上」: the bound on every year printed
_EVERY_YEAR = re.compile(r"(?:\d{1,2}|[二三四五])(?:年間|年度|か年度?|ヶ年度?|カ年度?)(?:とも|ずっと|すべて|全て|続けて)|ずっと|毎年度?|どの年度も|いずれの年度も"
                         r"|(?:すべて|全て|全)の年度で"
                         # 「一度も着手されなかった」: not begun in any year is the not-begun mark (未着手) in every year
                         r"|(?:一度も|1度も|一回も|1回も)(?=着手(?:され|し)(?:なかった|ていない|てない|ず))")
# 「Ｒ４以降」「令和4年度から」「R5まで」 straight before the every-year word: the side of the year said the years run
_SIDE = re.compile(r"(?:年度?|\d)\s*(以降|以後|から|まで)\s*[、,]?\s*$")
_STAYED = re.compile(r"の?まま(?=の|で|だ|な|[?？。、]|$)")
_BOUNDS = ("lt", "le", "gt", "ge", "eq", "ne", "between", "in")


def read_any_year(question: str, reading) -> bool:
    """Replace (in place) the one bound on a year column with the same bound on any of its measure's year columns."""
    qn = _key(question)
    m = _SOME_YEAR.search(qn)
    if m is None and not find_years(nfkc(question)):
        # 「参加者数が200人以上だったことがある」 with no year said: the bound on some year of those printed, not on the
        # latest alone (which the column was read as for want of a year)
        m = _EVER.search(qn)
    every = _EVERY_YEAR.search(qn) if m is None else None
    if m is None and every is None:
        return False
    t = reading.table
    headers = {c.header for c in t.columns}
    bound = [c for c in reading.conds if c.op in _BOUNDS and c.header in headers and t.column(c.header).year is not None]
    if every is not None and len(bound) > 1 and len({(t.column(c.header).base, c.op, str(c.value)) for c in bound}) == 1 \
            and len({t.column(c.header).year for c in bound}) == len(bound):
        # (「令和4年度から6年度まで3か年ともA以上」: the years said each read with the bound already; the
        # words saying every year of them read too)
        reading.spans.append(every.span())
        return True
    if m is not None and len(bound) > 1 and len({(t.column(c.header).base, c.op, str(c.value)) for c in bound}) == 1 \
            and len({t.column(c.header).year for c in bound}) == len(bound):
        # (「令和3年度から6年度の間に一度でもC評価」: the years said bound the span, the bound on any year of it)
        first, last = min(t.column(c.header).year for c in bound), max(t.column(c.header).year for c in bound)
        c = bound[0]
        base = t.column(c.header).base
        years = sorted((x for x in t.columns if x.year is not None and first <= x.year <= last and x.base == base
                        and x.numeric == t.column(c.header).numeric), key=lambda x: x.year)
        if len({x.year for x in years}) != len(years):
            return False
        parts = [Cond(x.header, c.op, c.value, c.label.replace(c.header, x.header)) for x in years]
        at = min(reading.conds.index(b) for b in bound)
        reading.conds[:] = [x for x in reading.conds if x not in bound]
        reading.conds.insert(at, Cond("|".join(x.header for x in years), "or", parts,
                                      "・".join(x.header for x in years) + f"のどれかで{c.label.replace(c.header, '').lstrip('がはの')}"))
        reading.spans.append(m.span())
        return True
    if len(bound) != 1:
        return False
    c = bound[0]
    base = t.column(c.header).base
    years = sorted((x for x in t.columns if x.year is not None and x.base == base and x.numeric == t.column(c.header).numeric),
                   key=lambda x: x.year)
    if len(years) < 2 or len({x.year for x in years}) != len(years):
        return False
    if every is not None:
        # (a change said so, 「ずっと伸びている」, is every_year.py's: here a bound each year must meet)
        at = reading.conds.index(c)
        # (「Ｒ４以降ずっとＡ」: the bound read on the year said, and every year from it on — not the years before it;
        # 「Ｒ４までずっと」 every year up to it)
        side = _SIDE.search(qn[:every.start()])
        if side is not None:
            year = t.column(c.header).year
            years = [x for x in years if (x.year >= year if side.group(1) in ("以降", "以後", "から") else x.year <= year)]
            if len(years) < 2:
                return False
        reading.conds[at:at + 1] = [Cond(x.header, c.op, c.value, c.label.replace(c.header, x.header)) for x in years]
        reading.spans.append(every.span())
        _drop_latest_note(reading, c.header)
        # (「ずっと△（遅れ）のまま」: のまま restates that the value stayed, which every year's bound says)
        kept = _STAYED.search(qn, every.end())
        if kept is not None:
            reading.spans.append(kept.span())
        return True
    parts = [Cond(x.header, c.op, c.value, c.label.replace(c.header, x.header)) for x in years]
    reading.conds[reading.conds.index(c)] = Cond("|".join(x.header for x in years), "or", parts,
                                                 "・".join(x.header for x in years) + f"のどれかで{c.label.replace(c.header, '').lstrip('がはの')}")
    reading.spans.append(m.span())
    _drop_latest_note(reading, c.header)
    return True


def _drop_latest_note(reading, header: str) -> None:
    """The note that the latest year's column was read for want of a year (「年度の指定がないため、最新の「…」の欄で
    判断しました」) is untrue once every year's column, or any, is read instead."""
    reading.notes[:] = [n for n in reading.notes if not (n.startswith("年度の指定がないため、最新の") and f"「{header}」" in n)]
