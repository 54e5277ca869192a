"""XLSX (openpyxl): 「回答」 the table, 「条件」 how to reproduce it, 「抜粋」 the excerpts, and for a grouped
answer or a number asked of several records 「グラフ」: its series and a native bar chart drawn from it.

Numbers stay numbers; every text cell (codes such as "27", "N16", grades "A", "-", "R4") is a
string cell. Formula-like text is kept exactly but stored as a string with Excel's quote prefix,
so it is never run (see cells.py).
"""
from __future__ import annotations

import io
from datetime import datetime

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

import assistant
from assistant.export.cells import answer_table, column_width, is_formula_like, text_of
from assistant.export.chart import answer_chart
from assistant.labels import field_label, kind_label

MAX_WIDTH = 60
MAX_CELL = 32767  # Excel's limit for the characters in one cell
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")


def _put(ws, row: int, col: int, value):
    """Write one cell: numbers as numbers, text always as a string cell (never a formula)."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.value = value
        return cell
    text = ILLEGAL_CHARACTERS_RE.sub("\ufffd", text_of(value if value is not None else ""))
    if len(text) > MAX_CELL:
        text = text[: MAX_CELL - 1] + "…"
    if not text:
        return cell  # an empty cell, not an empty string
    cell.value = text
    cell.data_type = "s"  # openpyxl would make "=..." a formula; a string it stays
    if is_formula_like(text):
        cell.quotePrefix = True
    return cell


def _table_sheet(ws, headers: list, rows: list[list]) -> None:
    for c, h in enumerate(headers, 1):
        _put(ws, 1, c, h).font = BOLD
    for r, row in enumerate(rows, 2):
        for c, v in enumerate(row, 1):
            _put(ws, r, c, v)
    for c in range(1, len(headers) + 1):
        texts = [text_of(headers[c - 1])] + [text_of(row[c - 1]) for row in rows]
        width = column_width(texts, cap=MAX_WIDTH)
        ws.column_dimensions[get_column_letter(c)].width = width
        long = width >= MAX_WIDTH or any("\n" in t for t in texts[1:])
        for r in range(2, len(rows) + 2):
            ws.cell(row=r, column=c).alignment = WRAP if long else TOP
    ws.freeze_panes = "A2"
    if headers:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"


def _conditions_sheet(ws, answer, db, generated_at: str) -> None:
    lines: list[tuple[str, object]] = [("質問", answer.question),
                                       ("対象", kind_label(answer.target) if answer.target else "")]
    for cond in answer.understood or []:
        lines.append(("条件", cond.get("label") or f"{cond.get('field')} {cond.get('op')} {cond.get('value')}"))
    if not answer.understood:
        lines.append(("条件", "（なし）"))
    lines.append(("回答", answer.summary))
    lines.append(("件数", answer.count))
    if answer.value is not None:
        lines.append(("値", answer.value if isinstance(answer.value, (int, float)) else str(answer.value)))
    for note in answer.notes or []:
        lines.append(("注記", note))
    if answer.error:
        lines.append(("エラー", answer.error))
    lines.append(("作成日時", generated_at))
    lines.append(("gyokaku の版", assistant.__version__))
    hashes: dict[str, str] = {}
    if db is not None:
        from assistant.store.search import corpus_hashes, meta

        info = meta(db)
        hashes = corpus_hashes(db)
        lines.append(("索引の作成日時", info.get("built_at", "")))
        lines.append(("索引を作った gyokaku の版", info.get("gyokaku_version", "")))
    else:
        lines.append(("索引", "（情報なし）"))
    headers = ["項目", "内容"]
    rows = [[k, v] for k, v in lines]
    rows.append(["", ""])
    rows.append(["資料ファイル", "SHA-256"])
    rows.extend([name, digest] for name, digest in sorted(hashes.items()))
    for c, h in enumerate(headers, 1):
        _put(ws, 1, c, h).font = BOLD
    for r, row in enumerate(rows, 2):
        for c, v in enumerate(row, 1):
            cell = _put(ws, r, c, v)
            cell.alignment = WRAP
            if row[0] == "資料ファイル" and row[1] == "SHA-256":
                cell.font = BOLD
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 80
    ws.freeze_panes = "A2"


def _chart_sheet(ws, chart) -> None:
    """The series as a two-column table and an Excel bar chart over those cells (so the chart follows
    any value the user corrects in the sheet)."""
    from openpyxl.chart import BarChart, Reference

    _put(ws, 1, 1, chart.label_header).font = BOLD
    _put(ws, 1, 2, chart.value_header).font = BOLD
    for r, (label, value) in enumerate(chart.bars, 2):
        _put(ws, r, 1, label if label != "" else "（空欄）")
        _put(ws, r, 2, value)
    ws.column_dimensions["A"].width = column_width([chart.label_header] + [b[0] for b in chart.bars], cap=MAX_WIDTH)
    ws.column_dimensions["B"].width = 12
    last = len(chart.bars) + 1
    bar = BarChart()
    bar.type = "bar" if len(chart.bars) > 8 else "col"  # many or long labels read better as rows
    bar.title = chart.title
    bar.legend = None
    bar.x_axis.title = chart.label_header
    bar.y_axis.title = chart.value_header
    if bar.type == "bar":
        bar.x_axis.scaling.orientation = "maxMin"  # the first label on top, as in the table
    bar.add_data(Reference(ws, min_col=2, min_row=1, max_row=last), titles_from_data=True)
    bar.set_categories(Reference(ws, min_col=1, min_row=2, max_row=last))
    bar.height = max(7.5, min(30, 0.6 * len(chart.bars) + 3)) if bar.type == "bar" else 7.5
    bar.width = 18
    ws.add_chart(bar, "D2")
    ws.freeze_panes = "A2"


def to_xlsx(answer, english_keys: bool = False, db=None, generated_at: str | None = None) -> bytes:
    """The workbook as bytes. `db` (the open index) adds the corpus hashes to 「条件」."""
    generated_at = generated_at or datetime.now().astimezone().isoformat(timespec="seconds")
    wb = Workbook()
    ws = wb.active
    ws.title = "回答"
    headers, rows = answer_table(answer, english_keys)
    _table_sheet(ws, headers, rows)
    _conditions_sheet(wb.create_sheet("条件"), answer, db, generated_at)
    if answer.excerpts:
        keys = ["key", "source", "place", "line", "text"] if any(e.get("place") for e in answer.excerpts) \
            else ["key", "source", "line", "text"]
        ex_headers = keys if english_keys else [field_label(k) for k in keys]
        ex_rows = [[e.get(k) if isinstance(e.get(k), (int, float)) else text_of(e.get(k) or "") for k in keys]
                   for e in answer.excerpts]
        _table_sheet(wb.create_sheet("抜粋"), ex_headers, ex_rows)
    chart = answer_chart(answer)
    if chart is not None:
        _chart_sheet(wb.create_sheet("グラフ"), chart)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
