"""A cross table whose records run ACROSS: named columns (個人市民税 │ 法人市民税 │ … │ 国民健康保険税) under a
heading that spans the label columns (「年度・区分」 over three columns), each row a combination of labels (年度 ×
区分 × 調定額/収納額/収納率, the year a merged cell over its rows) and the named columns' figures.

Read as printed, every row is a year's measure and no record is the thing the figures are of. This turns each named
column into a row of its own: its name (区分, the column the rows are named by) and one cell per combination of
labels, the year first and written one way (令和6年度現年度分収納率, though the sheet prints 令和４年度, R5年度 and
Ｒ６年度), so that 「令和6年度の現年度分収納率が一番低いもの」 reads the column's own record. Known by the shape only
(a heading over two or more label columns whose other cells are blank, three or more named columns of figures, one
label column of years), never by a document's words.
"""
from __future__ import annotations

import re

from assistant.model import Record
from assistant.text.normalize import nfkc
from assistant.text.wareki import year_label

_BLANK_HEAD = re.compile(r"^列\d+$")  # (a header cell left blank: the structure names it 列N)
_FIGURE = re.compile(r"^[▲△-]?[\d,]+(?:\.\d+)?%?$|^[-－―‐ー]$|^$")
_ERAS = {"R": "令和", "H": "平成", "S": "昭和"}


def _squash(text: object) -> str:
    return "".join(nfkc(str(text or "")).split())


def _year_written(label: str) -> str:
    """R6 → 令和6年度 (one spelling for the years a sheet prints three ways)."""
    m = re.fullmatch(r"([RHS])(\d{1,2}|元)", label)
    return f"{_ERAS[m.group(1)]}{m.group(2)}年度" if m else label


def _shape(heads: list[str], members: list[Record]) -> tuple[list[str], list[str], str] | None:
    """(label columns, named columns, the year's label column) of a cross table, or None."""
    if len(heads) < 5 or _BLANK_HEAD.match(heads[0]) or not _BLANK_HEAD.match(heads[1]):
        return None
    n_labels = 1
    while n_labels < len(heads) and _BLANK_HEAD.match(heads[n_labels]):
        n_labels += 1
    labels, named = heads[:n_labels], heads[n_labels:]
    if len(named) < 3 or any(_BLANK_HEAD.match(h) or year_label(h) or _FIGURE.match(_squash(h)) for h in named):
        return None
    if len(members) < 4:
        return None
    cells = [m.fields.get("cells") or {} for m in members]
    if not all(_FIGURE.match(_squash(c.get(h))) for c in cells for h in named):
        return None  # (the named columns hold the figures, every row)
    if not all(_squash(c.get(h)) and not _FIGURE.match(_squash(c.get(h))) for c in cells for h in labels):
        return None  # (every row is named by its labels, a word in each)
    year = next((h for h in labels if all(year_label(_squash(c.get(h))) for c in cells)), None)
    if year is None:
        return None
    combos = {tuple(_squash(c.get(h)) for h in labels) for c in cells}
    if len(combos) != len(cells):
        return None  # (two rows of one combination: no cell to name each figure by)
    return labels, named, year


def transpose_crosstabs(rows: list[Record]) -> list[Record]:
    """The document's table rows with each cross table's rows replaced by a row per named column."""
    tables: dict[tuple, list[Record]] = {}
    for r in rows:
        cells = r.fields.get("cells") or {}
        tables.setdefault((r.fields.get("table", ""), tuple(cells)), []).append(r)
    replaced: dict[int, list[Record]] = {}
    for (_, heads), members in tables.items():
        shape = _shape(list(heads), members)
        if shape is None:
            continue
        labels, named, year = shape
        lines = [m.line for m in members]
        if len(named) > len(lines):
            continue  # (more columns than rows to cite them by: left as printed)
        first = members[0]
        out = []
        for k, name in enumerate(named):
            cells: dict[str, str] = {"区分": name}
            for m in members:
                said = m.fields["cells"]
                head = _year_written(year_label(_squash(said.get(year))) or "") + "".join(
                    _squash(said.get(h)) for h in labels if h != year)
                cells[head] = str(said.get(name) or "")
            text = " / ".join(f"{h}: {v}" for h, v in cells.items())
            # (keyed by its name, as the document prints it over the column: the line cited is only where the
            # table stands, no line of this column's own)
            out.append(Record(first.kind, f"{first.source}:{_squash(name)}", {
                "table": first.fields.get("table", ""), "cells": cells, "text": text[:2000],
                "heading": first.fields.get("heading", ""),
            }, first.source, lines[k], lines[k]))
        replaced[id(first)] = out
        for m in members[1:]:
            replaced[id(m)] = []
    if not replaced:
        return rows
    result: list[Record] = []
    for r in rows:
        result.extend(replaced.get(id(r), [r]))
    return result
