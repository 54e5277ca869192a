"""A workbook of the same joint-projects table once per fiscal year, a sheet each (「令和3年度」「令和4年度」), read as
one table of the projects with what each year's sheet says of them.

Found by shape: the table's header printed again further on (the same cells, a year in them aside: 令和3年度予算額
under one, 令和4年度予算額 under the other), each printing under a title naming one fiscal year of its own
(「令和3年度（2021年度）…一覧」, the sheet's name as the workbook prints it). Each sheet is read as the table it is
(marks.py); a project listed in several is one record, with:

- listed_years: the years whose sheets list it (["R3", "R4"]), its 年度;
- states_by_year: each year's 状況 as printed ({"R3": "新規", "R4": "実施中"}), the words meaning themselves
  (state_legend), asked by year as any table of states per year (query/joint_years.py);
- costs_by_year: each year's amount ({"R3": {"total_cost": 12300}, …}: query/yearly_costs.py);
- members_by_year: each year's members marked, where they differ from one year to the next.

Its other fields are those of the latest sheet listing it (its 状況, 事業費 and members then), its place that
sheet's row. A workbook whose printings do not each name one year of their own is not one (None).
"""
from __future__ import annotations

import re

from assistant.model import ParsedDocument
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years

_YEAR_IN_CELL = re.compile(r"(?:令和|平成)\s*(?:\d{1,2}|元)\s*年度|(?:19|20)\d{2}\s*年度|[RH]\s*\d{1,2}(?=\D|$)")


def _shape(line: str) -> str:
    return _YEAR_IN_CELL.sub("#", nfkc(line))


def _year_of(lines: list[str]) -> str:
    """The one fiscal year the title lines name (the first said: 「令和3年度（2021年度）」 is one year)."""
    for line in lines:
        if "\t" in line or not line.strip():
            continue
        years = find_years(line)
        if years:
            return years[0].label
    return ""


def segments(lines: list[str], header: int) -> list[tuple[int, int, str]]:
    """(start, end, year) of each printing of the table headed at `header`: [] unless there are two or more, each
    under a title naming a year of its own."""
    shape = _shape(lines[header])
    # (a header of two rows: the row above it printed again too)
    above = _shape(lines[header - 1]) if header and "\t" in lines[header - 1] else None
    heads = [header] + [i for i in range(header + 1, len(lines)) if "\t" in lines[i] and _shape(lines[i]) == shape
                        and (above is None or (i and _shape(lines[i - 1]) == above))]
    if len(heads) < 2:
        return []
    starts = [0]
    for k in range(1, len(heads)):
        top = heads[k] - (2 if above is not None else 1)
        # up over the title lines to the previous table's rows (a note under it stays its own)
        while top > heads[k - 1] and "\t" not in lines[top] and not lines[top].lstrip().startswith(("※", "*", "注")):
            top -= 1
        starts.append(top + 1)
    out = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        title_top = start if k else max(0, header - 12)
        year = _year_of(lines[title_top:heads[k] - (1 if above is not None else 0)])
        out.append((start, end, year))
    years = [y for _, _, y in out]
    return out if all(years) and len(set(years)) == len(years) else []


def parse(lines: list[str], header: int, read) -> ParsedDocument | None:
    """The merged reading of a workbook of one sheet per year; `read(lines)` reads one sheet's lines (the others
    blanked, so that every line keeps its number) into a ParsedDocument. None when it is no such workbook."""
    parts = segments(lines, header)
    if not parts:
        return None
    docs = []
    for start, end, year in parts:
        sheet = [line if start <= i < end else "" for i, line in enumerate(lines)]
        doc = read(sheet)
        if doc is None or not doc.records:
            return None
        docs.append((year, doc))
    merged = ParsedDocument(kind=docs[-1][1].kind, title=docs[-1][1].title)
    by_code: dict[str, dict] = {}
    order: list[str] = []
    for year, doc in docs:
        for record in doc.records:
            entry = by_code.setdefault(record.code, {"years": {}})
            if record.code not in order:
                order.append(record.code)
            entry["years"][year] = record
    for code in order:
        years = by_code[code]["years"]
        latest = years[list(years)[-1]]
        fields = dict(latest.fields)
        fields["listed_years"] = list(years)
        states = {y: r.fields.get("status") or "" for y, r in years.items()}
        if any(states.values()):
            fields["states_by_year"] = states
            fields["state_legend"] = {s: s for s in states.values() if s}
        costs: dict = {}
        for y, r in years.items():
            own = r.fields.get("costs_by_year") or {}
            costs.update(own if own else ({y: {"total_cost": r.fields["total_cost"]}}
                                          if r.fields.get("total_cost") is not None else {}))
        if costs:
            fields["costs_by_year"] = costs
        members = {y: r.fields.get("members") or {} for y, r in years.items()}
        if len({repr(sorted(m.items())) for m in members.values()}) > 1:
            fields["members_by_year"] = members
        merged.records.append(type(latest)(latest.kind, latest.code, fields, latest.source, latest.line,
                                           latest.end_line))
    seen = set()
    for _, doc in reversed(docs):
        for p in doc.passages:
            mark = (p.key, p.field, p.text)
            if mark not in seen:
                seen.add(mark)
                merged.passages.append(p)
        merged.conflicts += doc.conflicts
    return merged
