"""「令和7年1月から3月まで」「令和6年12月の」「令和7年1月以降」 over a table whose rows are months (a column
printing 令和6年4月 … 令和7年3月, one row each): the rows of those months, compared month by month.

Read as a year alone, 「令和7年3月」 is 令和6年度 and every month of that fiscal year would be taken, an answer
that drops the month said; so a month said over such a column binds to its rows before any year is read."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.query.tables.cells import month_of
from assistant.query.tables.per_table import per_table
from assistant.text.normalize import nfkc

_ERA = r"(?:令和|平成|[RrHh])\s*(?:元|\d{1,2})\s*年|(?:19|20)\d{2}\s*年"
# 「令和7年1月から3月まで」「令和7年1月～令和7年3月」「令和7年1月から同年3月までの」
_SPAN = compiled(rf"(?P<a>(?:{_ERA})\s*(?:1[0-2]|[1-9])\s*月)\s*(?:から|〜|~|～|－|-)\s*"
                 rf"(?P<b>(?:(?:{_ERA}|同年)\s*)?(?:1[0-2]|[1-9])\s*月)\s*(?:まで(?:の(?:間)?)?|の間)?")
# 「令和7年1月以降」「令和6年9月まで」「令和6年12月の」
_ONE = compiled(rf"(?P<a>(?:{_ERA})\s*(?:1[0-2]|[1-9])\s*月)(?![\d0-9]|\s*\d+\s*日)\s*(?P<bound>以降|以後|から|まで(?:に)?|以前)?")


@per_table
def month_column(t) -> str:
    """The header of the column naming the rows by month (every cell a month of its own), or ""."""
    return months_numbering(t.columns, t.rows)


def months_numbering(columns, rows) -> str:
    """The column of a table whose rows are months (each cell a month of its own, no day): what the rows are
    numbered by, as a 回 column numbers a series of meetings (「令和6年12月」 is the row, as printed). ""."""
    for c in columns:
        if c.numeric:
            continue
        values = [nfkc(str(r["cells"].get(c.header) or "")).strip() for r in rows]
        months = [month_of(v) for v in values]
        if len(values) >= 3 and all(months) and len(set(months)) == len(months) \
                and not any(re.search(r"\d\s*日", v) for v in values):
            return c.header
    return ""


def _month(text: str, year: int | None = None) -> tuple[int, int] | None:
    text = nfkc(text)
    said = month_of(text)
    if said is not None:
        return said
    m = re.fullmatch(r"\s*(?:同年)?\s*(1[0-2]|[1-9])\s*月\s*", text)
    return (year, int(m.group(1))) if m and year is not None else None


def said_months(qn: str) -> list[tuple[int, int, tuple[int, int], tuple[int, int], str]]:
    """(start, end, first month, last month, label) for each month or span of months the question says."""
    out = []
    for m in _SPAN.finditer(qn):
        first = _month(m.group("a"))
        last = _month(m.group("b"), first[0] if first else None)
        if first and last and first <= last:
            out.append((m.start(), m.end(), first, last, f"{_said(m.group('a'))}〜{_said(m.group('b'))}"))
    for m in _ONE.finditer(qn):
        if any(s < m.end() and m.start() < e for s, e, *_ in out):
            continue
        one = _month(m.group("a"))
        if one is None:
            continue
        bound = m.group("bound") or ""
        if bound in ("以降", "以後", "から"):
            out.append((m.start(), m.end(), one, (9999, 12), f"{_said(m.group('a'))}以降"))
        elif bound.startswith("まで") or bound == "以前":
            out.append((m.start(), m.end(), (0, 1), one, f"{_said(m.group('a'))}まで"))
        else:
            out.append((m.start(), m.end("a"), one, one, _said(m.group('a'))))
    return sorted(out)


def _said(text: str) -> str:
    """A month as the question says it (its calendar kept), spaces dropped."""
    return "".join(nfkc(text).split())


def in_months(raw, span: tuple[tuple[int, int], tuple[int, int]]) -> bool:
    """Whether a row's month cell falls within the span (first and last month included)."""
    month = month_of(raw)
    return month is not None and span[0] <= month <= span[1]
