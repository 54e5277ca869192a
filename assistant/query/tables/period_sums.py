"""「前期の事業費合計が大きい順」 over 前期（R8〜R12） (merged across) │ Ｒ８ | … | Ｒ12: a heading naming a span of
years in brackets over one column per year of it is a period, and the period said alone is the sum of its years' cells
per row, as a column of its own (its header says how it is had). The year columns keep their years (「R10に事業費が
計上されてる」) but no longer answer to the period's word alone: read as one of its years (the last, by the year series),
「前期の事業費」 ordered the rows by one year's cell, a confident wrong answer."""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.query.tables.group_sums import _num

# 「前期(R8〜R12)R9」: the heading and its span, then the year of the column under it
_SPANNED = re.compile(r"(?P<stem>[^()（）]{1,12}?)\s*[(（](?P<span>[^()（）]*[〜~～－-][^()（）]*)[)）]")


def _runs(columns) -> list[tuple[str, str, list]]:
    """(stem, span, the year columns under it) for each run of two or more year columns under one spanned heading."""
    out: list[tuple[str, str, list]] = []
    run: list = []
    key = None
    for c in [*columns, None]:
        m = _SPANNED.match(c.header) if c is not None and c.numeric and c.year is not None else None
        this = (m.group("stem").strip(), m.group("span")) if m and c.header[m.end():].strip() else None
        if this is not None and this == key:
            run.append(c)
            continue
        if key is not None and len(run) >= 2 and len({r.year for r in run}) == len(run):
            out.append((key[0], key[1], run))
        key, run = this, ([c] if this is not None else [])
    return out


def period_sums(columns, rows, column_of) -> tuple[list, list[tuple]]:
    """The columns (the year columns under a period no longer said by the period alone) and, for each period
    heading over two year columns or more, (the period's sum column, how it is had)."""
    out = []
    columns = list(columns)
    headers = {c.header for c in columns}
    for stem, span, group in _runs(columns):
        header = f"{stem}({span})計"
        if header in headers or any(re.sub(r"\s", "", c.header) in (f"{stem}計", f"{stem}合計") for c in columns):
            continue  # (the document prints the period's total itself)
        for r in rows:
            nums = [_num(r["cells"].get(c.header)) for c in group]
            r["cells"][header] = "" if any(n is None for n in nums) else f"{sum(nums):g}"
        column = column_of(header, [r["cells"][header] for r in rows])
        said = {f for c in group for f in c.forms if not re.search(r"\d", f.split(")")[-1])}  # 前期, 前期(r8〜r12)
        out.append((replace(column, forms=tuple(sorted({*column.forms, *said, f"{stem}合計"}, key=len, reverse=True)),
                            unit=group[0].unit), "+".join(c.header for c in group)))
        mine = {c.header for c in group}
        columns = [replace(c, forms=tuple(f for f in c.forms if f not in said)) if c.header in mine else c
                   for c in columns]
    return columns, out


# 「前期事業費」「後期投資額」: a period's word run together with what its cells are (費, 額, 金): the period's column
_GLUED = r"(?={cost})"
_COST = r"[一-龥]{0,3}(?:費|額|金)(?![一-龥])"


def as_period_said(question: str, tables) -> str:
    """The question with a period's word run together with a cost word (前期事業費) said apart (前期の事業費), where a
    table has a column of that period (a spanned heading's total or sum); as it is otherwise."""
    stems = {m.group("stem").strip() for t in tables for c in t.columns if c.numeric and c.year is None
             and (m := _SPANNED.match(c.header)) and len(m.group("stem").strip()) >= 2}
    for stem in sorted(stems, key=len, reverse=True):
        question = re.sub(re.escape(stem) + _GLUED.format(cost=_COST), stem + "の", question)
        # 「前期より後期のほうが事業費が大きい」: the cost word after the period compared only says what both hold
        question = re.sub(f"({re.escape(stem)}(?:[(（][^()（）]*[)）])?(?:の方|のほう)が)\\s*{_COST}(?:が|は)", r"\1", question)
    return question
