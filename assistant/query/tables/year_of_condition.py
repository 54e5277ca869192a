"""「（方針別評価でR6がＡの方針は？）じゃあR4は？」: a follow-up saying only another year, after rows chosen by a
condition on one year's column (R6 = Ａ) and no year's column asked: the same condition, of the year said now
(the rows whose R4 is Ａ), never the year said read as a column asked of the rows chosen before."""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, fy_text

# The follow-up is the year alone (「じゃあR4は？」「令和4年度だと？」), nothing else said.
_LEAD = re.compile(r"^\s*(?:じゃあ|じゃ|では|なら|それなら|それでは|で[、,])?[、,\s]*")
_TAIL = re.compile(r"^\s*(?:度)?(?:は|だと|では|の場合は|のほうは|の方は|って)?\s*(?:どう|どうだった)?\s*[?？。]?\s*$")
# (the ops that choose rows by one cell's value, which a year's column can be asked again)
_CELL_OPS = {"eq", "ne", "ge", "gt", "le", "lt", "in", "contains", "filled", "empty", "dash"}


def year_of_condition(question: str, context) -> list | None:
    """The conversation's conditions with the one year-column condition moved to the year the follow-up says,
    when it says only that year; None otherwise."""
    text = nfkc(question)
    lead = _LEAD.match(text)
    years = find_years(text)
    if len(years) != 1 or years[0].start != lead.end() or not _TAIL.match(text[years[0].end:]):
        return None
    t = context.table
    if any(c.header == context.asked and c.year is not None for c in t.columns):
        return None  # (「令和7年度は？」 after a year's value: that column asked, answer.py)
    fy = years[0].fiscal_year
    on_year = [c for c in context.conds if c.op in _CELL_OPS and "|" not in c.header
               and t.column(c.header) is not None and t.column(c.header).year is not None]
    if len(on_year) != 1 or t.column(on_year[0].header).year == fy:
        return None
    old = t.column(on_year[0].header)
    new = next((c for c in t.columns if c.year == fy and c.base == old.base), None)
    if new is None:
        return None
    moved = replace(on_year[0], header=new.header,
                    label=on_year[0].label.replace(old.header, new.header) if old.header in on_year[0].label
                    else f"{on_year[0].label}（{fy_text(fy)}）")
    return [moved if c is on_year[0] else c for c in context.conds]
