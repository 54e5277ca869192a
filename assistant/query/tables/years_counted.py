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
