"""XLSX with openpyxl (read-only): each sheet's rows as tab-separated cells, 「シート名!B7」 as provenance.

Columns keep their positions (an empty cell is an empty field), so a table typed into a sheet reads
like the tab-separated exports the kinds were written for. A sheet's leading empty columns are
dropped (tables often start at column B); empty rows become empty lines only between filled ones,
and a blank line separates sheets. Values are the ones last computed by Excel (data_only): a
formula's result, not its text. A cell merged down over several rows (a department beside two
measures) is read in each of them, as it shows; one merged across columns stays in its first.
"""
from __future__ import annotations

import datetime as dt
import io
import re
from decimal import ROUND_HALF_UP, Decimal

from assistant.errors import DocumentError
from assistant.formats import FormatText, cell_text


def column_letter(index: int) -> str:
    """1 → A, 27 → AA."""
    out = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


_NUMBER_FORMAT_RE = re.compile(r"^(#,##)?0(?:\.(0+))?$")


def _value(value: object, number_format: str = "General") -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)) and "%" in number_format:  # 0.082 shown as 8.2%: say it as shown
        decimals = len(number_format.split("%")[0].partition(".")[2].rstrip("_)* ")) if "." in number_format else 0
        return f"{value * 100:.{min(decimals, 6)}f}%"
    if isinstance(value, (int, float)) and (shown := _NUMBER_FORMAT_RE.match(number_format)):
        # 0.0, 0.00, #,##0: the decimals and separators the cell shows (a score 4 under 0.0 is 4.0)
        decimals = len(shown.group(2) or "")
        rounded = Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        return f"{rounded:{',' if shown.group(1) else ''}.{decimals}f}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return cell_text(value)


def extract(data: bytes, source: str) -> FormatText:
    from openpyxl import load_workbook

    lines: list[str] = []
    places: list[str] = []
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # zipfile, KeyError for missing parts, XML errors ...
        raise DocumentError(source, f"Excel ファイルが壊れていて開けません（{type(exc).__name__}: {exc}）") from exc
    try:
        sheets = [(sheet.title, rows) for sheet in workbook.worksheets if (rows := _sheet_rows(sheet))]
        skip, placed = _cards_as_tables(sheets)
        for index, (title, rows) in enumerate(sheets):
            if lines:
                lines.append("")
                places.append("")
            blocks = None if any(i == index for i, _ in skip | set(placed)) else _side_by_side(rows)
            if blocks:
                # (tables side by side, an empty column between them: each read as a table of its own)
                for b, block in enumerate(blocks):
                    if b and block:
                        lines.append("")
                        places.append("")
                    _block_lines(title, block, lines, places)
                continue
            first = min(next(i for i, v in enumerate(values) if v) for _, values in rows)
            previous = None
            for n, (number, values) in enumerate(rows):
                if (index, n) in skip and (index, n) not in placed:
                    previous = number
                    continue
                if previous is not None:
                    for gap in range(previous + 1, number):  # an empty row between filled ones
                        lines.append("")
                        places.append(f"{title}!{column_letter(first + 1)}{gap}")
                previous = number
                if (index, n) in placed:  # cards read as one table
                    for place, cells in placed[(index, n)]:
                        lines.append("\t".join(cells))
                        places.append(place)
                    continue
                filled = next(i for i, v in enumerate(values) if v)
                lines.append("\t".join(values[first:]))
                places.append(f"{title}!{column_letter(filled + 1)}{number}")
    except DocumentError:
        raise
    except Exception as exc:
        raise DocumentError(source, f"Excel ファイルが壊れていて読めません（{type(exc).__name__}: {exc}）") from exc
    finally:
        workbook.close()
    return FormatText(text="\n".join(lines), format="xlsx", places=tuple(places))


_FIGURE = re.compile(r"[▲△\-−－]?\d+(?:\.\d+)?%?")
_MIN_SIDE_ROWS = 3  # rows filled on both sides of an empty column for the sheet to hold tables side by side


def _side_by_side(rows: list[tuple[int, list[str]]]) -> list[list[tuple[int, list[str], int]]] | None:
    """Tables laid side by side on one sheet (基本目標１ in A–N, 基本目標３ in P–AC, column O empty): the
    sheet's rows as blocks of (row number, cells, column offset) — the rows above the band both sides fill,
    then the left side's rows, then the right side's, then the rows below — split at the first column
    empty in every row with rows filled on both sides of it; None when there is no such column."""
    width = max(len(values) for _, values in rows)
    filled = [{i for i, v in enumerate(values) if v} for _, values in rows]
    lead = min(min(f) for f in filled if f)
    for column in range(lead + 2, width - 1):
        if any(column in f for f in filled):
            continue
        both = [n for n, f in enumerate(filled) if any(i < column for i in f) and any(i > column for i in f)]
        if len(both) < _MIN_SIDE_ROWS:
            continue
        # (each side a table: a side's rows hold several cells, not one note or a date beside a title)
        if sum(1 for n in both if sum(1 for i in filled[n] if i > column) >= 3) < _MIN_SIDE_ROWS:
            continue
        # (the band: rows whose right side starts at the column after the empty one, as the right table does —
        # a date printed far right of the title is no table's — and the rows right below it without a gap)
        band = [n for n in both if column + 1 in filled[n]]
        if len(band) < _MIN_SIDE_ROWS:
            continue
        # (a table starts with its rows' names or codes: a right side led by figures is the same table's columns
        # past a spacer column, 「所管課 | (空) | 事業費（千円）」)
        leads = [rows[n][1][column + 1] for n in band[1:]]
        if sum(1 for v in leads if _FIGURE.fullmatch(v.replace(",", "").strip())) * 2 > len(leads):
            continue
        top, bottom = band[0], band[-1]
        while bottom + 1 < len(rows) and rows[bottom + 1][0] == rows[bottom][0] + 1:
            bottom += 1
        above = [(rows[n][0], rows[n][1], 0) for n in range(top)]
        left = [(rows[n][0], rows[n][1][:column], 0) for n in range(top, bottom + 1) if any(i < column for i in filled[n])]
        right = [(rows[n][0], rows[n][1][column + 1:], column + 1) for n in range(top, bottom + 1)
                 if any(i > column for i in filled[n])]
        below = [(rows[n][0], rows[n][1], 0) for n in range(bottom + 1, len(rows))]
        return [block for block in (above, left, right, below) if block]
    return None


def _block_lines(title: str, block: list[tuple[int, list[str], int]], lines: list[str], places: list[str]) -> None:
    """The lines of one block of a sheet's rows (see _side_by_side), an empty line for each empty row between."""
    trimmed = []
    for number, values, offset in block:
        values = list(values)
        while values and not values[-1]:
            values.pop()
        if values:
            trimmed.append((number, values, offset))
    if not trimmed:
        return
    first = min(next(i for i, v in enumerate(values) if v) for _, values, _ in trimmed)
    previous = None
    for number, values, offset in trimmed:
        if previous is not None:
            for gap in range(previous + 1, number):
                lines.append("")
                places.append(f"{title}!{column_letter(offset + first + 1)}{gap}")
        previous = number
        filled = next(i for i, v in enumerate(values) if v)
        lines.append("\t".join(values[first:]))
        places.append(f"{title}!{column_letter(offset + filled + 1)}{number}")


def _cards_as_tables(sheets: list[tuple[str, list[tuple[int, list[str]]]]]):
    """Cards (a record down a column of item names, see xlsx_cards) as one table each group: the
    (sheet, row) indexes no longer read as lines, and the table's lines by the (sheet, row) they stand at."""
    from assistant.formats import xlsx_cards

    skip: set[tuple[int, int]] = set()
    placed: dict[tuple[int, int], tuple[str, list[list[str]]]] = {}
    found = []
    for index, (title, rows) in enumerate(sheets):
        for card in xlsx_cards.sheet_cards(title, rows):
            found.append((index, card))
    sheet_of = {id(card): index for index, card in found}
    for group in xlsx_cards.card_groups([card for _, card in found]):
        table = xlsx_cards.CardTable.of(group)
        for card in group:
            skip.update((sheet_of[id(card)], n) for n in card.lines)
        first = group[0]
        at = (sheet_of[id(first)], first.lines[0])
        keys = {card.key for card in group}
        for index, (title, rows) in enumerate(sheets):
            free = [(number, values) if (index, n) not in skip else (number, []) for n, (number, values) in enumerate(rows)]
            listed = xlsx_cards.list_table(free, table.columns[0][0], keys)
            if listed:
                start, end, header, body, numbers = listed
                table.merge_list(header, body, [f"{title}!A{number}" for number in numbers])
                skip.update((index, n) for n in range(start, end))
                at = (index, start)
                break
        placed[at] = table.lines()
    return skip, placed


def _sheet_rows(sheet) -> list[tuple[int, list[str]]]:
    """(row number, cell texts without trailing empties) of the sheet's filled rows."""
    if not hasattr(sheet, "iter_rows"):  # a chart sheet has no cells
        return []
    sheet.reset_dimensions()  # some writers store a wrong or no dimension: read every row there is
    below: dict[int, list[tuple[int, int]]] = {}  # by row: (column, first row) of the merged cells it is under
    for column, top, bottom in _merged_down(sheet):
        for number in range(top + 1, bottom + 1):
            below.setdefault(number, []).append((column, top))
    tops: dict[int, set[int]] = {}  # by row: the columns of the merged cells it is the first row of
    for cells in below.values():
        for column, top in cells:
            tops.setdefault(top, set()).add(column)
    first: dict[tuple[int, int], str] = {}  # the value of a merged cell, from its first row
    out = []
    for number, row in enumerate(sheet.iter_rows(min_row=1, min_col=1), 1):
        values = [_value(cell.value, getattr(cell, "number_format", None) or "General") for cell in row]
        for column in tops.get(number, ()):
            if column <= len(values):
                first[(column, number)] = values[column - 1]
        for column, top in below.get(number, ()):
            if first.get((column, top)):
                values += [""] * (column - len(values))
                values[column - 1] = values[column - 1] or first[(column, top)]
        while values and not values[-1]:
            values.pop()
        if values:
            out.append((number, values))
    return out


_MERGE_RE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)"')


def _merged_down(sheet) -> list[tuple[int, int, int]]:
    """(column, first row, last row) of the sheet's cells merged down one column. A read-only sheet
    does not parse its merged cells, so they are read from its XML (they follow its rows)."""
    try:
        with sheet._get_source() as source:
            data = source.read()
    except Exception:  # a chart sheet, or a writer's sheet without its own part
        return []
    out = []
    for m in _MERGE_RE.finditer(data):
        first_col, top, last_col, bottom = m.group(1).decode(), int(m.group(2)), m.group(3).decode(), int(m.group(4))
        if first_col == last_col and bottom > top:
            out.append((_column_index(first_col), top, bottom))
    return out


def _column_index(letters: str) -> int:
    """A → 1, AA → 27."""
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return index
