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
    return found[0] if len(found) == 1 else None


def unit_of(header: str) -> str:
    m = _UNIT.search(nfkc(header))
    return m.group(1) if m else ""
