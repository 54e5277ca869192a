"""Files of each format made with the real libraries, and a temp index built from them."""
from __future__ import annotations

import io
from pathlib import Path

from tests.conftest import CORPUS

JOINT = CORPUS / "000_f03bfc25bf0d6070.txt"
JOINT_QUESTION = "介護保険課が担当している連携事業は？"


def joint_rows() -> list[list[str]]:
    """The shipped joint-projects table as rows of cells (blank lines dropped)."""
    lines = JOINT.read_text(encoding="utf-8").split("\n")
    return [line.split("\t") for line in lines if line.strip()]


def xlsx_bytes(sheets: dict[str, list[list[object]]], first_column: int = 1, first_row: int = 1) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for r, row in enumerate(rows, first_row):
            for c, value in enumerate(row, first_column):
                if value not in (None, ""):
                    sheet.cell(row=r, column=c, value=value)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def joint_xlsx() -> bytes:
    """The table typed into a sheet from B1, numbers as numbers (as staff keep it)."""
    rows = [[int(v) if v.isdigit() else v for v in row] for row in joint_rows()]
    return xlsx_bytes({"連携事業": rows}, first_column=2)


def joint_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("岡山市・倉敷市 連携事業の進捗状況", level=1)
    document.add_paragraph("両市の連携事業の一覧です。")
    rows = joint_rows()
    width = max(len(r) for r in rows)
    table = document.add_table(rows=0, cols=width)
    for row in rows:
        cells = table.add_row().cells
        for i, value in enumerate(row):
            cells[i].text = value
    document.add_paragraph("以上")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def joint_html() -> bytes:
    rows = joint_rows()
    body = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>\n" for row in rows)
    return (
        "<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>連携事業｜市役所</title>"
        "<style>td{color:red}</style><script>var menu = '介護保険課';</script></head><body>"
        "<header><p>市役所ホームページ</p></header><nav><ul><li>ホーム</li><li>くらし</li></ul></nav>"
        f"<main><h1>岡山市・倉敷市 連携事業の進捗状況</h1><table>{body}</table></main>"
        "<footer>Copyright 市役所</footer></body></html>"
    ).encode("utf-8")


def ingest(tmp_path: Path, files: dict[str, bytes]):
    """Write the files to a folder, build an index of it; (summary, reader, Assistant)."""
    from assistant.query.conversation import Assistant
    from assistant.store.build import build_index
    from assistant.store.search import open_index

    folder = tmp_path / "資料"
    folder.mkdir(exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    index = tmp_path / "gyokaku.db"
    summary = build_index([folder], index)
    reader = open_index(index)
    return summary, reader, Assistant(reader)
