"""Editions of the shipped documents as another municipality or a later cycle publishes them: the text
moved to other fiscal years or another city by a general rule, then written in another format (Word,
HTML, Excel, PDF) by one plain converter. Each converter knows nothing about any kind: lines become
paragraphs, tab-separated lines become table rows. The tests read every file back through the same
path `gyokaku ingest` takes (formats.to_text → registry.parse).
"""
from __future__ import annotations

import html
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.model import ParsedDocument

T = "\t"


# --- other fiscal years -------------------------------------------------------------------------------

# An era year as documents write it: 令和6 / 令和 7 / 令和\t7 (cells of a form) / 令和元, R4 / R 4 / Ｒ４,
# 平成27, H26. A letter is an era only when no other letter precedes it (not the R of QR or PR).
_ERA_RE = re.compile(
    r"(?P<kanji>令和|平成|昭和)(?P<ks>\s*)(?P<kn>元|\d{1,2})(?!\d)"
    r"|(?<![A-Za-zＡ-Ｚａ-ｚ])(?P<letter>[RHＲＨ])(?P<ls>[ 　]*)(?P<ln>\d{1,2})(?!\d)"
    # a fiscal year in the era the document is in (16年度(岡山市), the 25 of 平成16～25年度)
    r"|(?<![\d.,])(?P<bare>\d{1,2})(?=\s*年度)"
)
_BASE = {"令和": 2018, "平成": 1988, "昭和": 1925, "R": 2018, "H": 1988, "S": 1925, "Ｒ": 2018, "Ｈ": 1988}


def _era_of(western: int) -> tuple[str, str, int]:
    """(kanji era, letter, year in era) for a western year: 2019 onwards 令和, 1989 onwards 平成."""
    if western >= 2019:
        return "令和", "R", western - 2018
    if western >= 1989:
        return "平成", "H", western - 1988
    return "昭和", "S", western - 1925


def shift_years(text: str, k: int) -> str:
    """Every era year in `text` moved by `k` years (R5 → R6, 令和7年 → 令和8年, H26 → H27), written in
    the era of the new year (so a shift back from R2 by four gives H28); a fiscal year printed without
    its era (16年度) moves by `k` in its own."""

    def repl(m: re.Match) -> str:
        if m.group("bare"):
            # its era is unknown: moved within it, kept as printed where it would leave it
            n = int(m.group("bare")) + k
            return str(n) if n >= 1 else m.group("bare")
        if m.group("kanji"):
            n = 1 if m.group("kn") == "元" else int(m.group("kn"))
            kanji, _letter, new = _era_of(_BASE[m.group("kanji")] + n + k)
            return f"{kanji}{m.group('ks')}{new}"
        n = int(m.group("ln"))
        _kanji, letter, new = _era_of(_BASE[m.group("letter")] + n + k)
        return f"{letter}{m.group('ls')}{new}"

    return _ERA_RE.sub(repl, text)


def shift_field(name: str, k: int) -> str:
    """A yearly field named after its printed label: r2 → r3, and across eras r2 → h28 for k = -4."""
    m = re.fullmatch(r"([rh])(\d+)", name)
    if not m:
        return name
    _kanji, letter, new = _era_of(_BASE[m.group(1).upper()] + int(m.group(2)) + k)
    return f"{letter.lower()}{new}"


def shift_record_fields(fields: dict[str, Any], k: int) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "fiscal_year":
            value = value + k
        elif name == "ended_month" and value:
            year, month = value.split("-")
            value = f"{int(year) + k}-{month}"
        else:
            value = map_strings(value, lambda s: shift_years(s, k))
        out[shift_field(name, k)] = value
    return out


def map_strings(value: Any, f: Callable[[str], str]) -> Any:
    """`value` with `f` applied to every string in it (list items, a mapping's keys and values)."""
    if isinstance(value, str):
        return f(value)
    if isinstance(value, list):
        return [map_strings(v, f) for v in value]
    if isinstance(value, dict):
        return {map_strings(n, f): map_strings(v, f) for n, v in value.items()}
    return value


def records_by_key(doc: ParsedDocument) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for record in doc.records:
        assert record.key not in out, record.key
        out[record.key] = record.fields
    return out


# --- the shipped documents and their editions -----------------------------------------------------------


@dataclass(frozen=True)
class Shipped:
    """A shipped document, its kind, and the names of its places with another municipality's for each
    (the names are checked to be in the document; the edition replaces them wherever they are)."""

    source: str
    kind: str
    places: tuple[tuple[str, str], ...]


DOCUMENTS = {
    "plan_report": Shipped("002_388add96d06013c9.txt", "plan_report",
                           # 苦小牧 is the converter's misreading of 苫小牧 (the normaliser reads it back)
                           (("苫小牧", "北見"), ("苦小牧", "北見"))),
    "case_studies": Shipped("001_c52443f5e17d354b.txt", "case_studies",
                            (("鹿児島県", "宮崎県"), ("広島県", "山口県"), ("広島市", "下関市"), ("横浜市", "川崎市"),
                             ("大阪市", "神戸市"))),
    "program_sheet": Shipped("003_14d72dc13e628662.txt", "program_sheet",
                             (("埼玉県東南部", "千葉県北西部"), ("草加市", "松戸市"), ("越谷市", "柏市"),
                              ("八潮市", "流山市"), ("三郷市", "我孫子市"), ("吉川市", "野田市"), ("松伏町", "栄町"))),
    "newsletter": Shipped("004_b3b6ed6238b81566.txt", "newsletter", (("岡山市", "高松市"),)),
    "joint_projects": Shipped("000_f03bfc25bf0d6070.txt", "joint_projects",
                              (("岡山市", "福山市"), ("倉敷市", "尾道市"), ("岡山・倉敷", "福山・尾道"))),
}


def rename_places(text: str, places: tuple[tuple[str, str], ...]) -> str:
    for old, new in places:
        text = text.replace(old, new)
    return text


# plain: as shipped; years+3 / years-4: every era year moved (R2 → H28 for -4); another-city: places renamed.
EDITIONS = ("plain", "years+3", "years-4", "another-city")


def edition_text(text: str, document: Shipped, edition: str) -> str:
    if edition == "plain":
        return text
    if edition.startswith("years"):
        return shift_years(text, int(edition[5:]))
    return rename_places(text, document.places)


def expected_records(shipped: ParsedDocument, document: Shipped, edition: str) -> dict[str, dict[str, Any]]:
    """The shipped document's records as the edition should give them."""
    records = records_by_key(shipped)
    if edition == "plain":
        return records
    if edition.startswith("years"):
        k = int(edition[5:])

        def rekey(key: str) -> str:
            kind, _, code = key.partition(":")
            return f"{kind}:{shift_years(code, k)}"

        return {rekey(key): shift_record_fields(fields, k) for key, fields in records.items()}
    rename = lambda s: rename_places(s, document.places)  # noqa: E731
    return {rename(key): map_strings(fields, rename) for key, fields in records.items()}


# --- the converters -------------------------------------------------------------------------------------

FORMATS = ("text", "docx", "html", "xlsx", "xlsx-sheets", "pdf")
SUFFIX = {"text": ".txt", "docx": ".docx", "html": ".html", "xlsx": ".xlsx", "xlsx-sheets": ".xlsx", "pdf": ".pdf"}


def blocks(text: str) -> list[tuple[str, list]]:
    """The text as ("line", str) and ("table", rows of cells): consecutive lines with a tab are one table."""
    out: list[tuple[str, list]] = []
    for line in text.split("\n"):
        if T in line:
            if out and out[-1][0] == "table":
                out[-1][1].append(line.split(T))
            else:
                out.append(("table", [line.split(T)]))
        else:
            out.append(("line", line))
    return out


def to_docx(text: str) -> bytes:
    """One paragraph per line; consecutive tab-separated lines as one Word table."""
    import docx

    document = docx.Document()
    for what, value in blocks(text):
        if what == "line":
            document.add_paragraph(value)
            continue
        width = max(len(row) for row in value)
        table = document.add_table(rows=len(value), cols=width)
        for row, cells in zip(table.rows, value):
            for cell, cell_value in zip(row.cells, cells):
                cell.text = cell_value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def to_html(text: str) -> bytes:
    """A <p> per line, consecutive tab-separated lines as one <table>."""
    body = []
    for what, value in blocks(text):
        if what == "line":
            if value.strip():
                body.append(f"<p>{html.escape(value)}</p>")
            continue
        rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>\n" for row in value)
        body.append(f"<table>\n{rows}</table>")
    return ("<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title></title></head><body>\n"
            + "\n".join(body) + "\n</body></html>").encode("utf-8")


_NUMBER_RE = re.compile(r"(?:0|[1-9]\d*)(?:\.\d+)?")


def _typed(value: str) -> tuple[object, str]:
    """A cell's value and number format: a number is typed into Excel as a number, shown with the
    decimals it was printed with (a score 4.0 stays 4.0 on the sheet), as a publisher formats it."""
    if _NUMBER_RE.fullmatch(value):
        if "." in value:
            return float(value), "0." + "0" * len(value.partition(".")[2])
        return int(value), "General"
    return value or None, "General"


def to_xlsx(text: str) -> bytes:
    """One row per line, tab-separated cells in columns, numbers as numbers, one sheet."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    for number, line in enumerate(text.split("\n"), 1):
        for column, value in enumerate(line.split(T), 1):
            typed, number_format = _typed(value)
            if typed is not None:
                sheet.cell(row=number, column=column, value=typed).number_format = number_format
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# A top-level section's heading: I / II / Ⅲ / 第2章 / 資料編 … or a ★ / ≫ topic, on a short line of its own.
_SECTION_RE = re.compile(r"^\s*(?:(?:[IVX]+|[Ⅰ-Ⅹ]|第[0-9０-９一二三四五六七八九十]+[章節部編])[\s　.．]|資料編|[★≫]|>>)")
_SHEET_TITLE_BAD = re.compile(r"[\[\]:*?/\\：＊？／＼\s]")


def sections(text: str) -> list[tuple[str, list[str]]]:
    """The text cut before each top-level section heading: (title, lines); the part before the first
    heading is titled 表紙. A heading with less than two lines under it (an entry of a table of
    contents) stays on the sheet before it."""
    out: list[tuple[str, list[str]]] = [("表紙", [])]
    for line in text.split("\n"):
        if T not in line and len(line.strip()) <= 40 and _SECTION_RE.match(line):
            if len(out) > 1 and sum(bool(x.strip()) for x in out[-1][1]) < 3:
                title, lines = out.pop()
                out[-1][1].extend(lines)
            out.append((line.strip(), []))
        out[-1][1].append(line)
    return [(title, lines) for title, lines in out if any(line.strip() for line in lines)]


def to_xlsx_sheets(text: str) -> bytes:
    """As to_xlsx, with one sheet per top-level section (named after its heading)."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    for title, lines in sections(text):
        name = _SHEET_TITLE_BAD.sub("", title)[:28] or "節"
        while name in used:
            name = name[:28] + "+"
        used.add(name)
        sheet = book.create_sheet(name)
        for number, line in enumerate(lines, 1):
            for column, value in enumerate(line.split(T), 1):
                typed, number_format = _typed(value)
                if typed is not None:
                    sheet.cell(row=number, column=column, value=typed).number_format = number_format
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


_FALLBACK_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def to_pdf(text: str, font: str) -> bytes:
    """Lines as text wrapped at the margin, consecutive tab-separated lines as one ruled table with
    columns of equal width, on landscape A3 in a small size. Lines wrap at any character, as Japanese
    is set (fpdf2's default wraps at spaces only, which a Japanese text has few of, so a wrap would
    fall on — and swallow — the one space that separates two remarks)."""
    import datetime as dt

    from fpdf import FPDF
    from fpdf.enums import WrapMode

    pdf = FPDF(orientation="landscape", format="A3")
    pdf.set_creation_date(dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc))
    pdf.add_font("jp", fname=font)
    if Path(_FALLBACK_FONT).exists():  # characters the Japanese font has no glyph for (CO₂)
        pdf.add_font("fallback", fname=_FALLBACK_FONT)
        pdf.set_fallback_fonts(["fallback"])
    pdf.set_font("jp", size=8)
    pdf.set_auto_page_break(True, margin=10)
    pdf.add_page()
    for what, value in blocks(text):
        if what == "line":
            if value.strip():
                pdf.multi_cell(0, 4.5, value, new_x="LMARGIN", new_y="NEXT", wrapmode=WrapMode.CHAR)
            else:
                pdf.ln(4.5)
            continue
        width = max(len(row) for row in value)
        with pdf.table(text_align="LEFT", first_row_as_headings=False, line_height=4, wrapmode=WrapMode.CHAR) as table:
            for row in value:
                cells = table.row()
                for cell_value in row + [""] * (width - len(row)):
                    cells.cell(cell_value)
        pdf.ln(2)
    return bytes(pdf.output())


def render(text: str, fmt: str, font: str | None = None) -> bytes:
    if fmt == "text":
        return text.encode("utf-8")
    if fmt == "docx":
        return to_docx(text)
    if fmt == "html":
        return to_html(text)
    if fmt == "xlsx":
        return to_xlsx(text)
    if fmt == "xlsx-sheets":
        return to_xlsx_sheets(text)
    assert font is not None
    return to_pdf(text, font)


def ingest(data: bytes, source: str) -> ParsedDocument:
    """What `gyokaku ingest` makes of the file: its format's text, the kind detected, the kind's reading."""
    return registry.parse(to_text(data, source).text, source)
