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


def year_of_condition_elsewhere(question: str, context, others: list) -> tuple | None:
    """「（R6で満足度50%以上の施策は？）じゃあ令和2年度は？」 answered before from a table of one year's figures (its
    title's year, 満足度 printed with no year): the condition, of the year said now, asked of another table listing
    the same rows under the same numbers with that measure by year (満足度 R2 │ R4 │ R6). (table, conditions) or
    None."""
    from assistant.query.facts import _key
    from assistant.query.tables.cells import _report_years

    text = nfkc(question)
    lead = _LEAD.match(text)
    years = find_years(text)
    if len(years) != 1 or years[0].start != lead.end() or not _TAIL.match(text[years[0].end:]):
        return None
    t0, fy = context.table, years[0].fiscal_year
    own = _report_years(t0.doc_title)
    if len(own) != 1 or fy in own or any(c.year is not None for c in t0.columns):
        return None  # (the table before names its one year, not the one said now)
    if not context.conds or not all(c.op in _CELL_OPS and "|" not in c.header and t0.column(c.header) is not None
                                    and t0.column(c.header).numeric for c in context.conds):
        return None
    found = []
    for t, _ in others:
        moved = []
        for c in context.conds:
            base = _key(t0.column(c.header).base)
            col = next((x for x in t.columns if x.year == fy and x.numeric and _key(x.base) == base), None)
            if col is None or not any(x.year in own and _key(x.base) == base for x in t.columns):
                break  # (the measure printed by year there, this year and the one before among them)
            moved.append(replace(c, header=col.header, label=c.label.replace(c.header, col.header, 1)
                                 if c.header in c.label else f"{col.header}：{c.label}"))
        else:
            found.append((t, moved))
    return found[0] if len(found) == 1 else None
