"""Table rows damaged in conversion: a row split over two lines, or cut by a page break (a form feed,
the table's header printed again). Such a row is put back together when its pieces read as one valid
row, and reported at its own line either way, so that it is never blamed on a copy far away."""
from __future__ import annotations

import re

from dataclasses import dataclass
from itertools import combinations
from typing import Any, Callable

from assistant.kinds.plan_report.cells import cells

# How many stray lines after a row start may hold its remaining pieces (a page break prints a blank
# line, the header rows and maybe a page number between the two halves).
_MAX_PIECES = 3
_LOOKAHEAD = 8


def split_lines(text: str) -> tuple[list[str], set[int]]:
    """The text's lines as an editor numbers them (on newlines only: str.splitlines would also break at
    a form feed and shift every later line number), with each form feed removed; and the 0-based
    indexes of the lines where a form feed sat between printed text (a page break inside a row)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cut: set[int] = set()
    for i, line in enumerate(lines):
        if "\f" in line:
            if line.replace("\f", "").strip() and line.strip("\f \t") != line.replace("\f", "").strip():
                cut.add(i)
            lines[i] = line.replace("\f", "")
    return lines, cut


# What a page break prints besides the table's header: a page number (12, - 12 -, 12/40, P12) or a
# title line of the report (行政創革プラン…一覧, 【資料編】).
_PAGE_NUMBER_RE = re.compile(r"^[-－—\s]*(?:P\s*)?\d{1,3}(?:\s*/\s*\d{1,3})?[-－—\s]*$")
_TITLE_RE = re.compile(r"^(?:\S{0,24}(?:取組状況一覧【[^】]+】|取組項目・実践項目一覧)$|\S{0,24}(?:プラン|計画)(?:\s+\S*進捗状況シート)?$"
                       r"|【[^】]+】$)")


def is_page_furniture(line: str) -> bool:
    """A line a page break prints: a page number or a running title (never a piece of a row)."""
    text = line.replace("\t", " ").strip()
    return bool(_PAGE_NUMBER_RE.match(text)) or bool(_TITLE_RE.match(text))


@dataclass(frozen=True)
class TableRow:
    """One row of a table as read: where it starts, its cells, what `read` made of them, and the
    further lines its pieces were joined from (none for an intact row)."""

    index: int  # 0-based line of the row's first piece
    cells: list[str]
    value: Any
    pieces: tuple[int, ...] = ()  # 0-based lines of the pieces joined to the first

    @property
    def repaired(self) -> bool:
        return bool(self.pieces)


@dataclass(frozen=True)
class BadRow:
    """A row start, or a stray piece, that could not be read as a row."""

    index: int
    text: str


def _joins(first: str, pieces: list[str]) -> list[str]:
    """The ways the pieces may have been cut from one line: at a tab (the tab lost, or kept at the end
    of the piece before) or inside a cell. The likelier join comes first: no tab after a piece that
    already ends with one, a tab otherwise (a lost cell boundary)."""
    texts = [first]
    for piece in pieces:
        texts = [t + sep + piece for t in texts
                 for sep in (("", "\t") if t.endswith("\t") else ("\t", ""))]
    return list(dict.fromkeys(texts))


def read_table(
    lines: list[str],
    start: int,
    end: int,
    is_start: Callable[[list[str]], bool],
    is_noise: Callable[[list[str]], bool],
    read: Callable[[list[str]], Any],
) -> tuple[list[TableRow], list[BadRow]]:
    """Rows between two 0-based line indexes. `is_start` tells a row's first piece, `is_noise` a line
    that may sit inside a cut row without belonging to it (a repeated header), `read` the value of a
    row's cells or None when they are not a valid row.

    A row start followed (past blank and noise lines) by stray lines that are not row starts is a
    cut row: its pieces are joined in every way a cut could have happened, and the first valid
    reading is kept. Stray lines that belong to no row are returned as bad rows."""
    rows: list[TableRow] = []
    bad: list[BadRow] = []
    i = start
    while i < end:
        row = cells(lines[i])
        if not lines[i].strip() or not is_start(row):
            if lines[i].strip() and not is_noise(row) and not is_page_furniture(lines[i]):
                bad.append(BadRow(i, lines[i]))
            i += 1
            continue
        strays: list[int] = []
        j = i + 1
        while j < end and j <= i + _LOOKAHEAD and len(strays) < _MAX_PIECES:
            nxt = cells(lines[j])
            if lines[j].strip() and is_start(nxt):
                break
            if lines[j].strip() and not is_noise(nxt) and not is_page_furniture(lines[j]):
                strays.append(j)
            j += 1
        value = read(row)
        found: TableRow | None = None
        # Pieces are tried most pieces first, so that the whole of a cut row is taken; a stray line
        # may be skipped (a page number, a title printed again at the top of the page).
        for m in range(len(strays), 0, -1):
            for chosen in combinations(strays, m):
                for text in _joins(lines[i], [lines[k] for k in chosen]):
                    joined = cells(text)
                    got = read(joined)
                    if got is not None:
                        found = TableRow(i, joined, got, tuple(chosen))
                        break
                if found:
                    break
            if found:
                break
        if found is None and value is not None:
            found = TableRow(i, row, value)
        if found is None:
            bad.append(BadRow(i, lines[i]))
            i += 1
            continue
        rows.append(found)
        used = set(found.pieces)
        for k in strays:
            if k not in used and k > (max(used) if used else i):
                continue  # past the row: looked at again as the loop reaches it
            if k not in used and not is_page_furniture(lines[k]):
                bad.append(BadRow(k, lines[k]))
        i = (max(used) if used else i) + 1
    return rows, bad
