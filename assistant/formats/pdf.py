"""PDF with pdfplumber: text lines and tables of each page in reading order, the page as provenance.

A page's ruled tables (pdfplumber's find_tables) become tab-separated rows; the text outside them
comes line by line; both are put in the order of their top edge, so a table stays where it was
printed between its paragraphs. A PDF whose pages carry no characters at all is a scan (or a
drawing): it is refused with a message saying so rather than indexed as an empty document.
"""
from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass

from assistant.errors import DocumentError
from assistant.formats import RULE_LINE_RE, FormatText, cell_text

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

    def outside(obj) -> bool:
        if obj.get("object_type") != "char":
            return True
        cx = (obj["x0"] + obj["x1"]) / 2
        cy = (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

    rest = page.filter(outside) if boxes else page
    text_lines = rest.extract_text_lines(return_chars=True)
    captions, text_lines = _side_by_side_captions(boxes, text_lines)
    items: list[tuple[float, float, list[str]]] = []  # (top, x0, lines)
    for number, table in enumerate(tables):
        rows = [[_wrapped_cell(c) for c in row] for row in table.extract()]
        rows = [_trim(row) for row in rows if any(row)]
        if rows:
            items.append((table.bbox[1], table.bbox[0], captions.get(number, []) + ["\t".join(row) for row in rows]))
    items.extend(_text_items(text_lines, float(page.width)))
    items.sort(key=lambda item: (round(item[0], 1), item[1]))
    return [text for _, _, texts in items for text in texts]


def _side_by_side_captions(boxes: list[tuple], text_lines: list[dict]) -> tuple[dict[int, list[str]], list[dict]]:
    """Captions of ruled tables printed side by side (「令和5年度」 over the left table, 「令和6年度」
    over the right): pdfminer reads them as one line running across both, which would come before
    both tables and leave the second without its caption. A line just above two or more tables
    whose tops are level, each of its segments over a different one of them, is cut: each segment
    goes with the table under it (the table's first line), and the line leaves the text."""
    captions: dict[int, list[str]] = {}
    if len(boxes) < 2:
        return captions, text_lines
    kept: list[dict] = []
    for line in text_lines:
        segs = _segments(line.get("chars") or [])
        height = max(float(line["bottom"]) - float(line["top"]), 1.0)
        below = [n for n, (x0, top, x1, bottom) in enumerate(boxes)
                 if 0 <= top - float(line["bottom"]) <= 2 * height]
        level = [n for n in below if any(m != n and abs(boxes[m][1] - boxes[n][1]) <= height for m in below)]
        owners = []
        for seg in segs:
            centre = (seg.x0 + seg.x1) / 2
            owner = next((n for n in level if boxes[n][0] - height <= centre <= boxes[n][2] + height), None)
            owners.append(owner)
        if len(level) < 2 or not segs or None in owners or len(set(owners)) != len(owners):
            kept.append(line)
            continue
        for seg, owner in zip(segs, owners):
            captions.setdefault(owner, []).append(seg.text)
    return captions, kept


# Text outside ruled tables. Word processors set lists as text at column positions without rules,
# and reports in two columns side by side; both come from pdfminer as lines running across the
# page. A line is cut into segments where the gap between characters is wider than _COLUMN_GAP
# ems (a space is about a quarter em), and the segments' positions tell the layout.
_COLUMN_GAP = 1.5


@dataclass
class _Segment:
    x0: float
    x1: float
    text: str


@dataclass
class _Line:
    top: float
    segments: list[_Segment]

    @property
    def x0(self) -> float:
        return self.segments[0].x0

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segments)


def _segments(chars: list[dict]) -> list[_Segment]:
    chars = sorted((c for c in chars if c.get("text", "").strip()), key=lambda c: c["x0"])
    if not chars:
        return []
    sizes = sorted(float(c.get("size") or 0) or (c["x1"] - c["x0"]) for c in chars)
    em = sizes[len(sizes) // 2] or 10.0
    out: list[_Segment] = []
    for c in chars:
        gap = c["x0"] - out[-1].x1 if out else 0.0
        if out and gap <= _COLUMN_GAP * em:
            last = out[-1]
            # a space's width between characters is a space of the text
            last.text += (" " if gap > 0.2 * em else "") + c["text"]
            last.x1 = max(last.x1, c["x1"])
        else:
            out.append(_Segment(c["x0"], c["x1"], c["text"]))
    return out


def _text_items(text_lines: list[dict], width: float) -> list[tuple[float, float, list[str]]]:
    lines = [_Line(t["top"], segs) for t in text_lines if (segs := _segments(t.get("chars") or []))]
    gutter = _gutter(lines, width)
    if gutter is None:
        return _with_tables(lines)
    # Two columns: the left column's lines, then the right's, between lines that run across both.
    items: list[tuple[float, float, list[str]]] = []
    left: list[_Line] = []
    right: list[_Line] = []

    def flush() -> None:
        if left or right:
            top = min(line.top for line in left + right)
            texts = [t for _, _, ts in _with_tables(left) + _with_tables(right) for t in ts]
            items.append((top, 0.0, texts))
        left.clear()
        right.clear()

    for line in lines:
        if any(s.x0 < gutter < s.x1 for s in line.segments):
            flush()
            items.extend(_with_tables([line]))
            continue
        lefts = [s for s in line.segments if s.x1 <= gutter]
        rights = [s for s in line.segments if s.x0 >= gutter]
        if lefts:
            left.append(_Line(line.top, lefts))
        if rights:
            right.append(_Line(line.top, rights))
    flush()
    return items


def _gutter(lines: list[_Line], width: float) -> float | None:
    """The x of the space between two columns of running text, or None. Lines cut in exactly two
    by it must be most of the cut lines (a table's rows are cut in three or more), the gap must
    be near the middle of the page, and the left column's text must fill its column (a list of
    labels and values is no column layout), and so must the right column's."""
    two = [line for line in lines if len(line.segments) == 2]
    many = [line for line in lines if len(line.segments) >= 3]
    if len(two) < 3 or len(many) * 2 > len(two):
        return None
    low = max(line.segments[0].x1 for line in two)
    high = min(line.segments[1].x0 for line in two)
    if high <= low:
        return None
    gutter = (low + high) / 2
    if not 0.3 * width < gutter < 0.7 * width:
        return None
    margin = min(line.x0 for line in lines)
    filled = sum(line.segments[0].x1 - line.segments[0].x0 for line in two) / len(two)
    # (the right column's text fills its column too: a caption with its unit at the right edge, 「表２－３ …推計
    # （単位：人）」 over each table, is one line, no second column)
    edge = max(line.segments[-1].x1 for line in lines)
    right = sum(line.segments[1].x1 - line.segments[1].x0 for line in two) / len(two)
    return gutter if filled >= 0.5 * (gutter - margin) and right >= 0.5 * (edge - gutter) else None


def _with_tables(lines: list[_Line]) -> list[tuple[float, float, list[str]]]:
    """Each line as text, except runs of lines cut in columns (at least two of them in three or
    more segments): an unruled table, whose rows become tab-separated cells placed under the
    columns of its widest row."""
    items: list[tuple[float, float, list[str]]] = []
    n = 0
    while n < len(lines):
        end = n
        while end < len(lines) and (len(lines[end].segments) >= 2 or (
                end > n and _between_rows(lines, n, end))):
            end += 1
        block = lines[n:end]
        if sum(len(line.segments) >= 3 for line in block) >= 2:
            anchors = [s.x0 for s in max(block, key=lambda line: len(line.segments)).segments]
            items.append((block[0].top, block[0].x0, [_cells(line, anchors) if len(line.segments) >= 2 else line.text
                                                      for line in block]))
            n = end
            continue
        line = lines[n]
        items.append((line.top, line.x0, [line.text]))
        n += 1
    return items


# 「（新規就農者数は目標を上回ったが…）」: a row's note in brackets on the line under it, indented into the table
_ROW_NOTE = re.compile(r"^[(（][^()（）]*[)）]$")


def _between_rows(lines: list[_Line], n: int, at: int) -> bool:
    """An unruled table (columns aligned by spaces, no ruling lines: 施策番号 具体的施策 Ｒ５ Ｒ６ 担当課) goes on past
    a line of one segment between its rows: a rule of dashes, or a row's note in brackets starting right of the
    table's left edge; the line after it is a row of three cells or more (or another such line)."""
    line = lines[at]
    if len(line.segments) != 1 or not any(len(lines[i].segments) >= 3 for i in range(n, at)):
        return False
    text = line.text.strip()
    if not (RULE_LINE_RE.match(text) or (_ROW_NOTE.match(text) and line.x0 > min(lines[i].x0 for i in range(n, at)))):
        return False
    after = at + 1
    while after < len(lines) and len(lines[after].segments) == 1 and after - at < 2 \
            and (RULE_LINE_RE.match(lines[after].text.strip()) or _ROW_NOTE.match(lines[after].text.strip())):
        after += 1
    return after < len(lines) and len(lines[after].segments) >= 3


def _cells(line: _Line, anchors: list[float]) -> str:
    cells = [""] * len(anchors)
    for seg in line.segments:
        # the last column starting at or before the segment (a little slack for centred cells)
        slack = (seg.x1 - seg.x0) / max(len(seg.text), 1)
        column = max((i for i, x in enumerate(anchors) if x <= seg.x0 + slack), default=0)
        cells[column] = f"{cells[column]} {seg.text}".strip()
    return "\t".join(_trim(cells))


_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff60々〆〇]")


# A line of a cell opening with one of these starts the next item of a list, not a wrapped word.
_ITEM_MARK = re.compile(r"[・●○◎■□◆◇▪▫※①-⑳]")


def _wrapped_cell(value) -> str:
    """A ruled table's cell on one line. Its line breaks are where the text wrapped in a narrow
    column: where either side is Japanese they join without a space (「事業者を\n選定」 is 事業者を選定,
    「【\nR5内容変更】」 is 【R5内容変更】), except before a line opening with a bullet (・, ○, ①), the
    next item of a list the text kept apart; two words of Latin letters or digits keep their space."""
    if value is None:
        return ""
    out = ""
    for part in str(value).split("\n"):
        part = part.strip()
        if not part:
            continue
        wrapped = out and (_CJK.match(out[-1]) or _CJK.match(part[0])) and not _ITEM_MARK.match(part)
        out += ("" if wrapped else " " if out else "") + part
    return cell_text(out)


def _trim(row: list[str]) -> list[str]:
    while row and not row[-1]:
        row = row[:-1]
    return row
