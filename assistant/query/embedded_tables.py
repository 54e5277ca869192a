"""Small tables printed inside a record's text (a case study's 町 | 導入前 | 導入後 | 削減額 rows): the cell
a question names by its row and its column (「池田町の削減額は？」).

The passages keep each printed row as a line of cells separated by spaces; a header line is followed by
rows with as many cells. Nothing of any one document is assumed beyond that shape.
"""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc
from assistant.query.compiled import compiled

_UNIT = compiled(r"[（(]([^）)]{1,10})[）)]\s*$")


def _cells(text: str) -> list[str]:
    return nfkc(text).split()


def _base(header: str) -> str:
    return _UNIT.sub("", header).strip()


def cell_asked(question: str, lines: list[str]) -> tuple[str, str, str, int] | None:
    """(row name, column header, cell, index of the row's line) of the one cell the question names."""
    said = nfkc(question)
    found = []
    for i, head in enumerate(lines):
        header = _cells(head)
        if len(header) < 3 or any(re.fullmatch(r"[\d,.%▲△-]+", h) for h in header):
            continue
        columns = [n for n, h in enumerate(header) if n and len(_base(h)) >= 2 and _base(h) in said]
        if len(columns) != 1:
            continue
        for j in range(i + 1, len(lines)):
            row = _cells(lines[j])
            if len(row) != len(header):
                break
            if len(row[0]) >= 2 and row[0] in said:
                found.append((row[0], header[columns[0]], row[columns[0]], j))
    return found[0] if len(found) == 1 else (_labelled_cell(said, lines) if not found else None)


# A row kept with each cell after its column's heading: 「期: 第6期 / 年度: 32～34年度 / 保育所数: 12か所」.
_LABELLED = compiled(r"^\s*([^:：/]{1,16})[:：]\s*(.+?)\s*$")


def _labelled_cell(said: str, lines: list[str]) -> tuple[str, str, str, int] | None:
    """The one cell of a row kept as 「heading: cell / …」 whose row the question names by a cell (第6期) and whose
    column it names by its heading (保育所数); two such cells, or none, are no answer."""
    found = []
    for j, line in enumerate(lines):
        parts = [_LABELLED.match(part) for part in nfkc(line).split(" / ")]
        if len(parts) < 3 or not all(parts):
            continue
        cells = [(m.group(1).strip(), m.group(2).strip()) for m in parts]
        names = [v for _, v in cells if len(v) >= 2 and v in said]
        columns = [(h, v) for h, v in cells if len(_base(h)) >= 2 and _base(h) in said and v not in names]
        if len(names) == 1 and len(columns) == 1:
            found.append((names[0], columns[0][0], columns[0][1], j))
    return found[0] if len(found) == 1 else None


def unit_of(header: str) -> str:
    m = _UNIT.search(nfkc(header))
    return m.group(1) if m else ""
