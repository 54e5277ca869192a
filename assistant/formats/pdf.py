"""PDF with pdfplumber: text lines and tables of each page in reading order, the page as provenance.

A page's ruled tables (pdfplumber's find_tables) become tab-separated rows; the text outside them
comes line by line; both are put in the order of their top edge, so a table stays where it was
printed between its paragraphs. A PDF whose pages carry no characters at all is a scan (or a
drawing): it is refused with a message saying so rather than indexed as an empty document.
"""
from __future__ import annotations

import io
import logging

from assistant.errors import DocumentError
from assistant.formats import FormatText, cell_text

# pdfminer reports recoverable oddities of real files (missing CropBox, bad xref offsets) as
# warnings; with no handler configured they would be printed over the CLI's and the TUI's output.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


def _broken(source: str, data: bytes, exc: BaseException) -> DocumentError:
    if b"/Encrypt" in data:
        return DocumentError(source, "パスワードで保護（暗号化）された PDF です。"
                                     "パスワードを外して保存し直してから入れてください")
    return DocumentError(source, f"PDF が壊れていて読めません（{type(exc).__name__}: {exc}）")


def extract(data: bytes, source: str) -> FormatText:
    import pdfplumber

    lines: list[str] = []
    places: list[str] = []
    images = 0
    chars = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for number, page in enumerate(pdf.pages, 1):
                chars += len(page.chars)
                images += len(page.images)
                page_lines = _page_lines(page)
                page.close()  # drop the page's parsed objects: a long PDF is read in bounded memory
                if lines and page_lines:
                    lines.append("")  # a blank line between pages: a paragraph never runs across
                    places.append(f"{number}ページ")
                lines.extend(page_lines)
                places.extend([f"{number}ページ"] * len(page_lines))
    except DocumentError:
        raise
    except Exception as exc:  # pdfminer raises many types for damaged and protected files
        raise _broken(source, data, exc) from exc
    if chars == 0 or not any(line.strip() for line in lines):
        if images:
            raise DocumentError(source, f"{source} は画像だけのPDFで文字情報がありません（スキャンした文書のようです。"
                                        "OCR で文字を付けた PDF か、テキストにしてから入れてください）")
        raise DocumentError(source, f"{source} は文字情報のない PDF です（ページに文字がありません）")
    return FormatText(text="\n".join(lines), format="pdf", places=tuple(places))


def _page_lines(page) -> list[str]:
    """The page's lines: ruled tables as tab-separated rows, other text line by line, by position."""
    try:
        tables = page.find_tables()
    except Exception:  # an odd drawing must not cost the page's text
        tables = []
    boxes = [t.bbox for t in tables]
    items: list[tuple[float, float, list[str]]] = []  # (top, x0, lines)
    for table in tables:
        rows = [[cell_text(c) for c in row] for row in table.extract()]
        rows = [_trim(row) for row in rows if any(row)]
        if rows:
            items.append((table.bbox[1], table.bbox[0], ["\t".join(row) for row in rows]))

    def outside(obj) -> bool:
        if obj.get("object_type") != "char":
            return True
        cx = (obj["x0"] + obj["x1"]) / 2
        cy = (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

    rest = page.filter(outside) if boxes else page
    for line in rest.extract_text_lines(return_chars=False):
        text = line["text"].strip()
        if text:
            items.append((line["top"], line["x0"], [text]))
    items.sort(key=lambda item: (round(item[0], 1), item[1]))
    return [text for _, _, texts in items for text in texts]


def _trim(row: list[str]) -> list[str]:
    while row and not row[-1]:
        row = row[:-1]
    return row
