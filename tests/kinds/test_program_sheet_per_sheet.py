"""A workbook of one form sheet per program, each sheet named only by its code: one program per sheet
(its name read from the form's cell), and a cost table headed by two rows, the fiscal years over
決算/予算, with the 財源内訳 group label merged down its rows."""
from __future__ import annotations

from pathlib import Path

import openpyxl

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.model import ParsedDocument


def _form(code: str, name: str, section: str, start: str, costs: tuple[int, int, int], policy: str) -> list[list[object]]:
    return [
        ["令和７年度 事務事業評価シート"],
        [],
        ["事務事業コード", None, code, None, "担当課", section],
        ["事務事業名", None, name],
        ["開始年度", None, start],
        [],
        ["１ 事業費の推移", None, None, None, None, None, "（単位：千円）"],
        ["区分", None, None, "令和５年度", "令和６年度", "令和７年度"],
        [None, None, None, "決算", "決算", "予算"],
        ["事業費（Ａ）", None, None, *costs],
        ["財源内訳", "一般財源", None, *(c // 2 for c in costs)],
        [],
        ["２ 活動指標・成果指標"],
        ["区分", "指標名", "単位", "令和５年度", None, "令和６年度"],
        ["区分", "指標名", "単位", "目標", "実績", "目標", "実績"],
        ["活動指標", "相談件数", "件", 100, 90, 100, 120],
        [],
        ["今後の方向性", None, policy, "（拡充・継続・縮小・廃止から選択）"],
    ]


def _book(tmp_path: Path) -> ParsedDocument:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for code, name, section, start, costs, policy in (
            ("0101", "防犯灯設置事業", "総務課", "平成20年度（2008年度）", (1000, 1200, 1500), "拡充"),
            ("0202", "農業まつり事業", "産業課", "昭和60年度（1985年度）", (800, 700, 500), "縮小")):
        sheet = book.create_sheet(code)
        for row in _form(code, name, section, start, costs, policy):
            sheet.append(row)
    path = tmp_path / "book.xlsx"
    book.save(path)
    return registry.parse(to_text(path.read_bytes(), path.name).text, path.name)


def test_one_program_per_sheet(tmp_path: Path) -> None:
    doc = _book(tmp_path)
    programs = {r.code: r.fields for r in doc.records if r.kind == "program"}
    assert set(programs) == {"0101", "0202"}
    assert programs["0202"]["name"] == "農業まつり事業"
    assert programs["0202"]["section"] == "産業課"
    assert programs["0202"]["future_policy"] == "縮小"
    indicators = {r.code for r in doc.records if r.kind == "indicator"}
    assert {"0101-1", "0202-1"} <= indicators


def test_two_row_cost_header(tmp_path: Path) -> None:
    fields = {r.code: r.fields for r in _book(tmp_path).records if r.kind == "program"}["0101"]
    assert fields["settlement_year"] == "R6"
    assert fields["total_cost"] == 1200
    assert fields["costs_by_year"]["R5"] == {"total_cost": 1000, "general_revenue": 500}
    assert fields["budgets_by_year"]["R7"]["total_cost"] == 1500
    assert fields["general_revenue"] == 600
    assert fields["cost_unit"] == "千円"
