"""「R10に事業費が計上されてる」「R11以降に事業費がある」「令和12年度に事業費があるのは」 over a table whose year
columns are the figures themselves (前期 Ｒ８ … Ｒ12 of 「投資計画一覧」, 「－」 = none that year): the money word
(事業費, 費用, 予算) names no column, it says what the year's cell holds, so the condition is that year's cell holding
a figure other than 0 — in any of the years said with 以降/から — or, negated (「計上されていない」「見込んでない」),
holding none. Read only where each year said has one column of figures (not 計画 │ 実績 per year)."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_VERB = r"(?:ついて|付いて|計上されて|見込んで|見込まれて|入って|組まれて|出て|計上して)"
_SAID = compiled(
    r"^\s*(?:に|には|で|では|は|の)?\s*[、,]?\s*(?P<word>事業費|費用|予算額?|金額|投資額?|経費|コスト)\s*(?:が|は|を|も)?\s*"
    rf"(?:(?P<neg>{_VERB}(?:い)?ない|計上なし|ない|なし)|(?P<pos>ある|あり|{_VERB}(?:いる|る)|計上され(?:た|る)|ついた|付いた))")
_SINCE = ("以降", "から", "以後", "より後")
# A year column's words besides its year that still say its cells are money, or the plan's period they fall in
_MONEY_OR_PERIOD = re.compile(r"額|費|円|予算|コスト|財源|計画|前期|後期|中期|期間|年度|計")
_YEARS = re.compile(r"(?:令和|平成|R|H)\s*(?:\d{1,2}|元)\s*(?:年度?)?|\d{4}\s*(?:年度?)?|[(（][^()（）]*[)）]|[〜~～\-・\s]")


def _measure_of_its_own(header: str) -> bool:
    """Whether a year column's header names a measure besides its year that is not money (実績値, 目標値, 人数):
    its cells are that measure's figures, so a money word said of the year is no condition on them."""
    rest = _YEARS.sub("", nfkc(header))
    return bool(rest) and _MONEY_OR_PERIOD.search(rest) is None


def read_cost_in_years(t, qn: str, mentions: list, free, take) -> None:
    """The cost_in_years mention (columns, op, label) for a year said before such a money word and verb."""
    for y in [m for m in mentions if m.kind == "year" and isinstance(m.data, tuple) and isinstance(m.data[0], int)]:
        said = _SAID.match(qn[y.end:])
        if not said or not free(y.end, y.end + said.end()):
            continue
        word = said.group("word")
        if any(word == nfkc(f) for c in t.columns for f in (c.header, *c.forms)):
            continue  # (a column of that name: the usual reading)
        figures = [c for c in t.columns if c.year is not None and c.numeric]
        fy, bound = y.data[0], y.data[1]
        if bound in _SINCE:
            cols = [c for c in figures if c.year >= fy]
        elif not bound:
            cols = [c for c in figures if c.year == fy]
        else:
            continue
        if not cols or len({c.year for c in cols}) != len(cols) or fy not in {c.year for c in cols}:
            continue  # (a year of two columns, 計画 │ 実績, or one the table does not print)
        if any(_measure_of_its_own(c.header) for c in cols):
            continue  # (実績値令和7年度 of an indicator table: its cells are no money, whatever a year's budget)
        headers = [c.header for c in sorted(cols, key=lambda c: c.year)]
        span = headers[0] if len(headers) == 1 else f"{headers[0]}～{headers[-1]}"
        neg = bool(said.group("neg"))
        label = (f"{span}に{word}なし（「－」）" if neg else
                 f"{span}{'のいずれか' if len(headers) > 1 else ''}に{word}あり")
        mentions.remove(y)
        take(y.start, y.end + said.end(), "cost_in_years", (headers, "zero" if neg else "nonzero", label))
    # 「後期（R13〜R17）には事業費を見込んでない」: a column of figures said by its own name (後期 of 後期（R13〜R17）計)
    for c in [m for m in mentions if m.kind == "col" and isinstance(m.data, str)]:
        column = t.column(c.data)
        if column is None or not column.numeric:
            continue
        span = re.match(r"\s*[(（][^()（）]{1,16}[)）]", qn[c.end:])  # (the span its header brackets, said again)
        at = c.end + (span.end() if span else 0)
        said = _SAID.match(qn[at:])
        if not said or not free(at, at + said.end()) or (span and not free(c.end, at)):
            continue
        word = said.group("word")
        if any(word == nfkc(f) for x in t.columns for f in (x.header, *x.forms)):
            continue
        neg = bool(said.group("neg"))
        mentions.remove(c)
        take(c.start, at + said.end(), "cost_in_years",
             ([c.data], "zero" if neg else "nonzero", f"{c.data}に{word}{'なし（「－」）' if neg else 'あり'}"))
