"""Reading exported files back (CSV, XLSX, Markdown) for the export tests."""
from __future__ import annotations

import csv
import io
from html.parser import HTMLParser
from pathlib import Path

import openpyxl

from assistant.export.cells import neutralise, text_of


def read_csv(path: Path | bytes, encoding: str = "utf-8-sig") -> list[list[str]]:
    data = path if isinstance(path, bytes) else Path(path).read_bytes()
    return list(csv.reader(io.StringIO(data.decode(encoding), newline="")))


def expected_csv(headers, rows) -> list[list[str]]:
    return [[text_of(neutralise(h)) for h in headers]] + [[text_of(neutralise(c)) for c in r] for r in rows]


def read_sheet(path: Path, name: str) -> list[list]:
    wb = openpyxl.load_workbook(path)
    ws = wb[name]
    return [[c.value for c in row] for row in ws.iter_rows()]


def same_cell(xlsx_value, expected) -> bool:
    if expected == "":
        return xlsx_value in (None, "")
    if isinstance(expected, (int, float)):
        return isinstance(xlsx_value, (int, float)) and xlsx_value == expected
    return xlsx_value == expected


class _Tables(HTMLParser):
    """Cells of the HTML tables Markdown renders to (<br> read as a line break)."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[list[list[str]]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append("".join(self._cell))
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def markdown_tables(text: str) -> list[list[list[str]]]:
    """Render with a GFM-table Markdown parser and return each table's cells as plain text."""
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").enable("table").render(text)
    parser = _Tables()
    parser.feed(html)
    return parser.tables
