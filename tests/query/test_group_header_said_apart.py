"""A made-up town's tax collection workbook (not made182's town, years or words): a two-row header puts 調定額・収入済額・
収納率 under 現年度課税分 and 滞納繰越分 (read as 現年度課税分収納率 …). The group said apart from its measure with の
(「滞納繰越分の収納率」), said short (「現年度分の収納率」 for 現年度課税分) or with って before the measure names that one
column; 「国保税」 is 国民健康保険税; a second sheet's 「（町税計）」 row of figures sums the 税目 above it and is none of them."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

# (税目, 現年度 調定額, 収入済額, 収納率, 滞納繰越 調定額, 収入済額, 収納率)
ROWS = [
    ("町民税（個人）", 910_000, 902_000, 99.1, 40_000, 12_400, 31.0),
    ("固定資産税", 1_250_000, 1_236_000, 98.9, 61_000, 15_900, 26.1),
    ("軽自動車税（種別割）", 52_000, 50_600, 97.3, 4_100, 1_500, 36.6),
    ("国民健康保険税", 640_000, 603_000, 94.2, 210_000, 47_300, 22.5),
]
# (税目, 滞納繰越分 令和3・4・5年度)
TREND = [
    ("町民税（個人）", 27.0, 29.5, 31.0),
    ("固定資産税", 27.2, 25.0, 26.1),
    ("軽自動車税（種別割）", 30.1, 33.4, 36.6),
    ("（町税計）", 26.0, 27.1, 28.3),
    ("国民健康保険税", 23.0, 22.1, 22.5),
]


def _workbook(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "税目別（R5）"
    ws["A1"] = "令和５年度 鴫野町 町税等の収納状況"
    ws.merge_cells("A1:G1")
    ws["G2"] = "（単位：千円、％）"
    ws.cell(3, 1, "税目")
    ws.merge_cells("A3:A4")
    for start, group in ((2, "現年度課税分"), (5, "滞納繰越分")):
        ws.cell(3, start, group)
        ws.merge_cells(start_row=3, start_column=start, end_row=3, end_column=start + 2)
        for k, measure in enumerate(("調定額", "収入済額", "収納率")):
            ws.cell(4, start + k, measure)
    for n, row in enumerate(ROWS, 5):
        for col, v in enumerate(row, 1):
            ws.cell(n, col, v)
    trend = wb.create_sheet("推移")
    trend["A1"] = "滞納繰越分収納率の推移（令和３年度～令和５年度）"
    trend.merge_cells("A1:D1")
    trend["D2"] = "（単位：％）"
    trend.cell(3, 1, "税目")
    trend.merge_cells("A3:A4")
    trend.cell(3, 2, "滞納繰越分")
    trend.merge_cells("B3:D3")
    for k, year in enumerate(("令和３年度", "令和４年度", "令和５年度")):
        trend.cell(4, 2 + k, year)
    for n, row in enumerate(TREND, 5):
        for col, v in enumerate(row, 1):
            trend.cell(n, col, v)
    wb.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("group_header_said_apart")
    _workbook(folder / "町税等収納状況.xlsx")
    return assistant_over(folder)


def _names(answer) -> list[str]:
    return sorted(str(r.get("title") or r.get("code")) for r in answer.rows)


def test_group_said_apart_with_no(assistant):
    answer = ask(assistant, "滞納繰越分の収納率が30%以上の税目は？")
    assert answer.status == "exact" and _names(answer) == ["町民税(個人)", "軽自動車税(種別割)"], answer.summary


def test_group_said_short(assistant):
    answer = ask(assistant, "R5の現年度分の収納率が99%未満の税目は？")
    assert answer.status == "exact" and _names(answer) == sorted(["国民健康保険税", "固定資産税", "軽自動車税(種別割)"]), \
        answer.summary


def test_group_said_with_tte_and_name_clipped(assistant):
    answer = ask(assistant, "国保税の滞納繰越分って、収入済額いくら？")
    assert answer.status == "exact" and answer.value == 47_300, answer.summary


def test_bracketed_group_sum_is_no_row(assistant):
    answer = ask(assistant, "滞納繰越分の収納率、令和3年度から5年度まで毎年上がってる税目は？")
    assert answer.status == "exact" and _names(answer) == ["町民税(個人)", "軽自動車税(種別割)"], answer.summary
