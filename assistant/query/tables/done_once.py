"""「令和6年度末でまだ完了していない対策」 over a timeline of marks a year (R3 | R4 | R5 | R6) whose done mark
(◎：完了) is printed only in the year a row was done, the years after it printing the dash again (the legend says
so: 「－：未着手・対象外（完了後の年度を含む）」; the rows show it: no row holds the mark twice, and some row prints
another mark after it). Not done by a year is then no done mark in that year or any before it, not a year's cell
other than the mark (C-02 done in R5 prints 「－」 in R6 and is done all the same); done, said of no year, is the
mark in any year, not in the latest year's column."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.query.tables.question import Cond
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

_DONE_MEANING = re.compile(r"^(?:完了|終了|完成|実施済|整備済|済)")


def _done_marks(db, t, years: dict[str, int]) -> set[str]:
    from assistant.query.tables.legend_words import legend_words

    return {vk for _, vk, holders, meaning in legend_words(db, t)
            if _DONE_MEANING.match(nfkc(meaning).strip()) and holders & set(years)}


def _printed_once(t, headers: list[str], vk: str) -> bool:
    """Each row holds the mark in one year at most, and some row holding it prints something else after it."""
    after = False
    for r in t.rows:
        cells = [_key(nfkc(str(r["cells"].get(h) or "")).strip()) for h in headers]
        if cells.count(vk) > 1:
            return False
        if vk in cells and any(c and c != vk for c in cells[cells.index(vk) + 1:]):
            after = True
    return after


def read_done_once(db, question: str, reading) -> bool:
    """Replace (in place) 「the year's cell is not the done mark」 with 「no year up to it holds the mark」."""
    t = reading.table
    years = {c.header: c.year for c in t.columns if c.year is not None and not c.numeric}
    if len(years) < 3:
        return False
    ne = [c for c in reading.conds if c.op == "ne" and c.header in years and isinstance(c.value, str)]
    # (「完了したもの」 said of no year, read on the latest year's column: done in any year of the timeline)
    latest = max(years.values())
    eq = [c for c in reading.conds if c.op == "eq" and years.get(c.header) == latest and isinstance(c.value, str)] \
        if not find_years(nfkc(question)) else []
    if not ne and not eq:
        return False
    marks = _done_marks(db, t, years)
    changed = False
    for c in eq:
        vk = _key(str(c.value))
        span = sorted((h for h in years if not t.column(c.header).base or t.column(h).base == t.column(c.header).base),
                      key=lambda h: years[h])
        if vk not in marks or len(span) < 2 or not _printed_once(t, span, vk):
            continue
        shown = str(c.label).rsplit("が", 1)[-1] if "が" in str(c.label) else str(c.value)
        parts = [Cond(h, "eq", vk, f"{h}が{shown}") for h in span]
        reading.conds[reading.conds.index(c)] = Cond("|".join(span), "or", parts,
                                                     f"{span[0]}〜{span[-1]}のいずれかが{shown}")
        changed = True
    for c in ne:
        vk = _key(str(c.value))
        if vk not in marks:
            continue
        span = sorted((h for h, y in years.items() if y <= years[c.header]
                       and (not t.column(c.header).base or t.column(h).base == t.column(c.header).base)),
                      key=lambda h: years[h])
        if len(span) < 2 or not _printed_once(t, span, vk):
            continue
        shown = str(c.label).rsplit("が", 1)[-1].removesuffix("以外") if "が" in str(c.label) else str(c.value)
        parts = [Cond(h, "eq", vk, f"{h}が{shown}") for h in span]
        label = f"{span[0]}〜{span[-1]}のどの年度にも{shown}がない（{shown}はその年度だけに付くため）"
        reading.conds[reading.conds.index(c)] = Cond("|".join(span), "not_any", parts, label)
        changed = True
    return changed
