"""「ラスパイレス指数、令和６年度はいくつ？」 over 「ラスパイレス指数は、令和６年度が98.7（令和５年度98.9、令和２年度99.4）」:
prose that gives one measure by year, each year printed right before its figure. The figure read is the one
printed right after the year asked, in the sentence of the first passage found that names the measure before
it; a year printed before something else (令和６年度決算における…, 令和６年度から…) gives no figure, and two
different figures for that year give no value (the search answer stays as it is)."""
from __future__ import annotations

import re

from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

# 「いくつ」「何ポイント」「どのくらい」「いくら」: a figure asked, not a list of records; 「何千円」「何件」: a figure
# asked in its unit, which the figure read must be printed in (「令和６年度が38,460千円」).
_FIGURE_ASKED = compiled(r"いくつ|いくら|どの(?:くらい|ぐらい|程度)|何\s*(?:ポイント|%|％|倍)"
                         r"|何\s*(?P<unit>[百千万億]*円|件|人|回|t|トン)")
_UNIT_PRINTED = {"トン": "t"}
# a figure right after the year: 「令和６年度が98.7」「令和５年度98.9」「令和５年度は98.9」 — not 「令和６年度から」
_AFTER_YEAR = r"\s*(?:が|は|:|：)?\s*(\d[\d,]*(?:\.\d+)?)(?![\d,.]*\s*(?:年|月|日|から|より|~|～))"


def year_figure(question: str, words: list[str], text: str) -> str | None:
    """The figure the text prints right after the one fiscal year the question says, in a sentence that names one of
    the question's words (the measure) before that year; None when the question asks no figure or says no single
    year, or the text prints no such figure or two different ones."""
    from assistant.query.year_figure_in_text import _year_spellings

    q = nfkc(question)
    asked = _FIGURE_ASKED.search(q)
    if asked is None:
        return None
    unit = _UNIT_PRINTED.get(asked.group("unit") or "", asked.group("unit") or "")
    years = {y.fiscal_year for y in find_years(q)}
    if len(years) != 1:
        return None
    measures = [w for w in words if len(w) >= 2 and not find_years(w)]
    if not measures:
        return None
    printed = compiled(r"(?<![\d一-龥])" + _year_spellings(next(iter(years))) + _AFTER_YEAR)
    found = set()
    for sentence in re.split(r"(?<=。)", nfkc(text)):
        for m in printed.finditer(sentence):
            if any(w in sentence[:m.start()] for w in measures) and sentence[m.end():].lstrip().startswith(unit):
                found.add(m.group(1).replace(",", ""))
    return found.pop() if len(found) == 1 else None
