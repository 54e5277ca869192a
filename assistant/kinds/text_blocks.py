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
