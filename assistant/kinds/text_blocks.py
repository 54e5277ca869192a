"""Pieces of converted text that several loaders read alike: wrapped lines and Markdown table rows."""
from __future__ import annotations


def join_wrapped(left: str, right: str) -> str:
    """Join a wrapped line to the text before it: no space between Japanese characters, one space
    between ASCII ones."""
    if left and right and left[-1].isascii() and right[0].isascii():
        return f"{left} {right}"
    return left + right


def pipe_cells(line: str) -> list[str]:
    """A `| a | b |` row's cells as written (the outer pipes dropped, the cells not trimmed)."""
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|"):
        body = body[:-1]
    return body.split("|")


def labelled_cells(header: list[str], cells: list[str]) -> list[str]:
    """A table row's non-empty cells, each prefixed with its column header ("列名: 値")."""
    parts = []
    for position, cell in enumerate(cells):
        if not cell:
            continue
        name = header[position] if position < len(header) else ""
        parts.append(f"{name}: {cell}" if name else cell)
    return parts


def csv_as_tabs(text: str) -> str:
    """The text with a table saved as CSV (「連携番号,事業名,…」 under a title line) turned into
    tab-separated rows, line for line, as every other format's tables arrive.

    Not done for every text file in formats: the generic reader takes CSV lines as they are, and
    commas in prose or in amounts (1,234) must not become cells. A kind whose table may come as a
    CSV export calls this. The header is the first line of three commas or more (quoted cells
    allowed); a later line becomes a row only when it splits into as many cells as the header, so a
    note under the table stays text.
    """
    if "," not in text:
        return text
    import csv  # only a CSV needs it

    lines = text.split("\n")
    width = 0
    for index, line in enumerate(lines):
        if "\t" in line or line.count(",") < 3:
            continue
        try:
            cells = next(csv.reader([line.strip()]))
        except (csv.Error, StopIteration):
            continue
        if width == 0 and len(cells) >= 4:
            width = len(cells)  # the header
        if width and len(cells) == width:
            lines[index] = "\t".join(cell.strip() for cell in cells)
    return "\n".join(lines)
