"""Blocks headed by a record's code and name (「■ R4-02　里山竹林再生プロジェクト」), each with labelled lines
(提案団体：…／協働担当課：…), a small table of the years the record ran (年度 │ 団体自己評価 │ 担当課評価, one row a
year) and bracketed prose (【成果】…【課題】…), in a document of no dedicated kind.

Staff ask of them as of a register (「R5の担当課評価が△だった事業」「初年度より上がった」「課題で担い手に触れてる」),
and answer with the code the heading prints. Read generically, each block is an item without a number and its
years are rows of their own keyed by line, so the answer would name lines, not records. Each block is therefore
one table row: 番号 the heading's code, 名称 its name, its labelled fields and prose, and each year's cells a
column of that year (「令和5年度 担当課評価」, as by_heading names a heading's years) left blank in the years the
record did not run. Read by the shape — three blocks or more, distinct codes, each over a table whose one column
is years — never by the labels, the codes or the years of one document."""
from __future__ import annotations

import re

from assistant.model import Record
from assistant.text.normalize import clean, nfkc
from assistant.text.wareki import find_years, fy_text

# 「R4-02 里山…」「H-101 自治会…」「A12 …」: a code of letters and digits (a letter and a digit at least), then the name.
_CODE_THEN_NAME = re.compile(r"(?P<code>[A-Za-z]{1,3}\s?-?\s?\d{1,4}(?:\s?-\s?\d{1,3})?)\s+(?P<name>\S.{0,60})")


def _year_of(value: object) -> int | None:
    """The fiscal year a cell is, when it is one year and nothing else (令和5年度, R5, 2023年度)."""
    text = nfkc(str(value or "")).strip()
    found = find_years(text)
    return found[0].fiscal_year if len(found) == 1 and found[0].start == 0 and len(text) - found[0].end <= 1 else None


def _year_column(rows: list[Record]) -> str:
    """The one column whose every cell is a year, each year once, "" when none or several."""
    headers = list(dict.fromkeys(h for r in rows for h in r.fields["cells"]))
    years = [h for h in headers if all(_year_of(r.fields["cells"].get(h)) is not None for r in rows)]
    if len(years) != 1:
        return ""
    seen = [_year_of(r.fields["cells"].get(years[0])) for r in rows]
    return years[0] if len(set(seen)) == len(seen) else ""


def coded_year_rows(found: list[Record], source: str) -> list[Record]:
    """The records with each coded block (its item and its year rows) as one table row; as found when the
    document holds fewer than three such blocks."""
    items = sorted((r for r in found if r.kind == "item"), key=lambda r: r.line)
    rows = [r for r in found if r.kind == "table_row"]
    blocks: list[tuple[Record, re.Match, list[Record], str]] = []
    for n, item in enumerate(items):
        m = _CODE_THEN_NAME.fullmatch(nfkc(str(item.fields.get("title") or "")).strip())
        if not m or str(item.fields.get("number") or "").strip():
            continue
        end = items[n + 1].line if n + 1 < len(items) else (item.end_line or item.line) + 1
        own = [r for r in rows if item.line < r.line < max(end, (item.end_line or item.line) + 1)]
        year = _year_column(own) if own else ""
        if year:
            blocks.append((item, m, own, year))
    codes = [re.sub(r"\s", "", m.group("code")) for _, m, _, _ in blocks]
    # (three blocks or more, each its own code, their tables of one header: a register printed block by block)
    headers = {tuple(sorted({h for r in own for h in r.fields["cells"]})) for _, _, own, _ in blocks}
    if len(blocks) < 3 or len(set(codes)) != len(codes) or len(headers) != 1:
        return found
    out: list[Record] = []
    for (item, m, own, year), code in zip(blocks, codes):
        # (a block of one year lent that year's row to the item as its fields: they are the year's cells)
        lent = {h for r in own for h in r.fields["cells"]}
        cells = {"番号": code, "名称": clean(m.group("name"))}
        cells.update({k: v for k, v in (item.fields.get("fields") or {}).items() if k not in lent})
        for r in sorted(own, key=lambda r: _year_of(r.fields["cells"][year])):
            said = fy_text(_year_of(r.fields["cells"][year]))
            cells.update({f"{said} {h}": v for h, v in r.fields["cells"].items() if h != year})
        text = " / ".join(f"{k}: {v}" for k, v in cells.items())
        out.append(Record("table_row", f"{source}:{item.line}", {
            "table": "", "cells": cells, "text": text[:2000], "heading": str(item.fields.get("heading") or ""),
        }, source, item.line, max([item.end_line or item.line] + [r.line for r in own])))
    # (every block names the same years' columns, in the years' order, blank where the record did not run that year)
    years = sorted({_year_of(r.fields["cells"][year]) for _, _, own, year in blocks for r in own})
    measures = [h for h in headers.pop() if h != blocks[0][3]]
    measures = sorted(measures, key=lambda h: list(blocks[0][2][0].fields["cells"]).index(h)
                      if h in blocks[0][2][0].fields["cells"] else len(measures))
    yearly = [f"{fy_text(y)} {h}" for y in years for h in measures]
    columns = [*dict.fromkeys(h for r in out for h in r.fields["cells"] if h not in yearly), *yearly]
    for r in out:
        r.fields["cells"] = {h: r.fields["cells"].get(h, "") for h in columns}
    gone = {id(item) for item, _, _, _ in blocks} | {id(r) for _, _, own, _ in blocks for r in own}
    return sorted([r for r in found if id(r) not in gone] + out, key=lambda r: r.line)
