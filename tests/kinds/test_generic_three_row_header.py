"""A sheet's header of three rows (事業費（千円） over 決算額 over 令和5年度 | 令和6年度, cells merged down
and across): every column named by all its rows, no header row read as a data row."""
from __future__ import annotations

from pathlib import Path

from assistant.formats import xlsx
from assistant.kinds.generic import loader as generic

MADE71 = Path(__file__).parents[1] / "questions" / "made71" / "docs"

THREE_ROWS = (
    "No.\t所管課\t事業名\t事業費（千円）\t\t評価\t\n"
    "No.\t所管課\t事業名\t決算額\t\t一次評価\t二次評価\n"
    "No.\t所管課\t事業名\t令和5年度\t令和6年度\t一次評価\t二次評価\n"
    "1\t人事課\t研修事業\t8,420\t8,910\tB\tC\n"
    "2\t総務課\t文書事業\t1,000\t900\tA\tA\n"
)


def _rows(text: str, source: str) -> list:
    return [r for r in generic.parse(text, source).records if r.kind == "table_row"]


def test_three_header_rows_name_each_column() -> None:
    rows = _rows(THREE_ROWS, "three.txt")
    assert len(rows) == 2
    assert rows[0].fields["cells"] == {
        "No.": "1", "所管課": "人事課", "事業名": "研修事業", "事業費(千円)決算額令和5年度": "8,420",
        "事業費(千円)決算額令和6年度": "8,910", "一次評価": "B", "二次評価": "C"}


def test_the_made_sheet_with_merged_header_cells() -> None:
    path = next(MADE71.glob("01_*.xlsx"))
    rows = _rows(xlsx.extract(path.read_bytes(), path.name).text, path.name)
    assert len(rows) == 25  # the 合計 row is no 事業
    cells = rows[0].fields["cells"]
    assert cells["所管部"] and "二次評価" in cells and any(k.endswith("令和5年度") for k in cells)
