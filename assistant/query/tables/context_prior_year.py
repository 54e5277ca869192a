"""「（R7でパートタイムが20人以上の職種は？）そのうち前年度よりパートタイムが減ったのは？」: a follow-up on a table
whose conditions so far are on one fiscal year's columns; 「前年度より」 is the year before that one, said as that
year (令和6年度より), as the question would say it. With no year in the conditions, or several, no column of the year
before, or a column printing each row's change from the year before (来館者数前年度比), nothing is read."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc
from assistant.text.wareki import fy_text

# (「前年度より」「前年度と比べて」「前の年度から」: the year before, compared against; not 「前年度（令和5年度）」)
_PRIOR = compiled(r"(?:前年度|前の年度|前年|昨年度)(?=\s*(?:より|から|と比べ|に比べ|と比較|比))")


def as_prior_year(question: str, context) -> str:
    """The question with 「前年度」 said as the fiscal year before the one year of the context's conditions."""
    text = nfkc(question)
    if context is None or _PRIOR.search(text) is None:
        return question
    columns = {c.header: c for c in context.table.columns}
    years = {columns[h].year for cond in context.conds for h in str(cond.header or "").split("|")
             if h in columns and columns[h].year is not None}
    if len(years) != 1:
        return question
    year = years.pop()
    if not any(c.year == year - 1 for c in context.table.columns) \
            or any(re.search(r"前年|前回", nfkc(c.header)) for c in context.table.columns):
        return question  # (no column of the year before; or one printing each row's change, 来館者数前年度比, which it says)
    return _PRIOR.sub(fy_text(year - 1), text)
