"""A grouped answer's XLSX has a native Excel bar chart (openpyxl.chart) over its own cells; the real
CLI writes it, openpyxl reads it back."""
from __future__ import annotations

import json

import openpyxl
from openpyxl.chart import BarChart

from tests.conftest import run_cli


def _ref_cells(ws_book, ref: str) -> list:
    """The values of the cells an Excel reference such as 'グラフ'!$B$2:$B$4 points at."""
    sheet, cells = ref.rsplit("!", 1)
    ws = ws_book[sheet.strip("'")]
    return [c.value for row in ws[cells.replace("$", "")] for c in (row if isinstance(row, tuple) else (row,))]


def _chart(path):
    wb = openpyxl.load_workbook(path)
    charts = [(ws, ch) for ws in wb.worksheets for ch in ws._charts]
    return wb, charts


def test_distribution_xlsx_has_a_bar_chart_over_its_data(index_path, tmp_path):
    out = tmp_path / "分布.xlsx"
    r = run_cli("ask", "--index", str(index_path), "--format", "xlsx", "-o", str(out), "総合評価の分布")
    assert r.returncode == 0, r.stderr
    wb, charts = _chart(out)
    assert len(charts) == 1
    ws, chart = charts[0]
    assert isinstance(chart, BarChart) and ws.title == "グラフ"
    assert "総合評価" in "".join(run.t for p in chart.title.tx.rich.p for run in (p.r or []))
    series = chart.series[0]
    values = _ref_cells(wb, series.val.numRef.f)
    labels = _ref_cells(wb, series.cat.strRef.f if series.cat.strRef is not None else series.cat.numRef.f)
    rows = json.loads(run_cli("ask", "--json", "--index", str(index_path), "総合評価の分布").stdout)[0]["rows"]
    assert dict(zip(labels, values)) == {r["group"]: r["count"] for r in rows}
    assert labels == sorted(labels)  # A, B, C in grade order
    assert "回答" in wb.sheetnames and "条件" in wb.sheetnames  # the table and how it was asked stay


def test_committee_scores_chart_per_record(index_path, tmp_path):
    out = tmp_path / "委員評価.xlsx"
    r = run_cli("ask", "--index", str(index_path), "--format", "xlsx", "-o", str(out), "取組項目ごとの委員評価")
    assert r.returncode == 0, r.stderr
    wb, charts = _chart(out)
    assert len(charts) == 1
    values = _ref_cells(wb, charts[0][1].series[0].val.numRef.f)
    rows = json.loads(run_cli("ask", "--json", "--index", str(index_path), "取組項目ごとの委員評価").stdout)[0]["rows"]
    assert values == [r["committee_score"] for r in rows]


def test_a_plain_list_has_no_chart(index_path, tmp_path):
    out = tmp_path / "一覧.xlsx"
    assert run_cli("ask", "--index", str(index_path), "--format", "xlsx", "-o", str(out),
                   "R4に終了した実践項目").returncode == 0
    wb, charts = _chart(out)
    assert charts == [] and "グラフ" not in wb.sheetnames
