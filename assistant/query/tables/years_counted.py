"""「３年間の交付額の総額」「5年間の参加者数」: the years a measure is printed for (交付額 令和4年度 │ 令和5年度 │
令和6年度), said by their count before the measure: every one of its year columns, as the measure said alone
is — no length of a span (「実施期間が3年間の事業」), which a column of spans would read the words as."""
from __future__ import annotations

import re

from assistant.query.facts import _key

_COUNTED = re.compile(r"(?:この|これまでの|過去|全)?\s*(\d{1,2}|[二三四五六七八九])\s*(?:年間|か年|カ年|ヶ年|年度間|年度分|年分)\s*(?:の|で|を通じて|を通して|通して)?\s*")
_KANJI = "一二三四五六七八九"


def read_years_counted(t, qn: str, free, take) -> None:
    """Take 「N年間の」 as said (no condition) where a measure printed for exactly N years is named right after it."""
    for m in _COUNTED.finditer(qn):
        if not free(*m.span()):
            continue
        said = m.group(1)
        n = int(said) if said.isdigit() else _KANJI.index(said) + 1
        after = qn[m.end():]
        core = re.search(r"\d{1,2}|[二三四五六七八九]", m.group(0))
        span_word = _key(m.group(0)[core.start():]).rstrip("のでを通じて通して ") if core else ""
        if span_word and any(span_word in _key(c.header) for c in t.columns):
            continue  # (「4年間の実績額」 over a column 4年間の計実績額: that column's words, read by it)
        years = {}
        for c in t.columns:
            base = _key(c.base)
            if c.year is not None and c.numeric and len(base) >= 2 and after.startswith(base):
                years.setdefault(base, set()).add(c.year)
        if any(len(ys) == n and max(ys) - min(ys) == n - 1 for ys in years.values()):
            take(*m.span(), "filler")


# 「3年間の合計で」「3か年の累計が」: the years counted, then their sum
_SUMMED = re.compile(r"(?:この|これまでの|過去|全)?\s*(\d{1,2}|[二三四五六七八九])\s*(?:年間|か年|カ年|ヶ年|年度間|年分)\s*(?:の)?\s*(?=合計|累計|計(?![画測算上])|通算|トータル)")


def read_years_summed(t, qn: str, free, take) -> None:
    """「3年間の合計で提案がいちばん多い部局」 over 部局 │ 令和4年度 │ 令和5年度 │ 令和6年度 (the caption's one measure,
    a column per year): take 「N年間の」 as the span from the first to the last of the table's N columns headed by a
    year alone, when it has exactly N of them, one year running on from another, and no total column of its own
    (「3か年合計」 of such a column is that column's: question._read_years_total)."""
    m = _SUMMED.search(qn)
    if m is None or not free(*m.span()):
        return
    said = m.group(1)
    n = int(said) if said.isdigit() else _KANJI.index(said) + 1
    if any(re.fullmatch(r"(?:合計|計|累計|総計)", _key(c.base)) and c.numeric for c in t.columns):
        return
    years = sorted(c.year for c in t.columns if c.numeric and c.year is not None and not c.base)
    if n < 2 or len(years) != n or len(set(years)) != n or years[-1] - years[0] != n - 1:
        return
    # (two mentions of the one span said: the first year opening it, the last closing it, as 「R4からR6の」 reads)
    cut = m.start() + 1
    take(m.start(), cut, "year", (years[0], "から"))
    take(cut, m.end(), "year", (years[-1], ""))


def holds_years(t, n: int) -> bool:
    """Whether the table is of n years or more (its columns', its sheets' or its rows' years), so that 「4年間で合計」
    says its whole span and asks nothing more; over a table of one year, 「3年間の」 is a word it cannot read."""
    from assistant.query.tables.cells import _fy

    years = {c.year for c in t.columns if c.year is not None} | set(t.sheets or ())
    for c in t.columns:
        if c.years_inside and not c.dates and len(years) < n:
            # (a year of nothing done, 令和5年度 │ 実施なし, is one of the table's years all the same)
            years |= {y for r in (*t.rows, *t.nothing_done) if (y := _fy(r["cells"].get(c.header))) is not None}
    return len(years) >= n
