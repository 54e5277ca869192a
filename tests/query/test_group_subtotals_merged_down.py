"""A workbook of facilities' yearly figures whose group column (分類) is merged down over the group's facilities AND
its 小計 row, the facility number left blank there (分類 │ 施設番号 │ 施設名 │ 令和５年度 │ 令和６年度): the 小計 rows
total their group, they are no facility — a group's sum, a count of facilities and a facility's ranking leave them
out. (Made up: 楢沢村 水道使用量, not made181's words, years or figures.)"""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

# (group, [(number, name, R5, R6)])
GROUPS = [
    ("文化施設", [("A1", "村民会館", 420, 455), ("A2", "郷土資料館", 120, 110)]),
    ("体育施設", [("B1", "総合体育館", 610, 640), ("B2", "村営テニスコート", 90, 85), ("B3", "村営グラウンド", 150, 170)]),
]


def _workbook(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "水道使用量"
    ws["A1"] = "楢沢村 公共施設別水道使用量"
    ws.merge_cells("A1:E1")
    ws["E2"] = "単位：㎥"
    for col, head in enumerate(["分類", "施設番号", "施設名", "令和５年度", "令和６年度"], 1):
        ws.cell(3, col, head)
    row = 4
    for group, facilities in GROUPS:
        first = row
        for number, name, r5, r6 in facilities:
            for col, v in enumerate((number, name, r5, r6), 2):
                ws.cell(row, col, v)
            row += 1
        ws.cell(row, 3, "小計")
        ws.cell(row, 4, sum(f[2] for f in facilities))
        ws.cell(row, 5, sum(f[3] for f in facilities))
        ws.cell(first, 1, group)
        ws.merge_cells(start_row=first, start_column=1, end_row=row, end_column=1)
        row += 1
    ws.cell(row, 1, "合計")
    ws.cell(row, 4, sum(f[2] for _, fs in GROUPS for f in fs))
    ws.cell(row, 5, sum(f[3] for _, fs in GROUPS for f in fs))
    wb.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("group_subtotals_merged_down")
    _workbook(folder / "公共施設別水道使用量.xlsx")
    return assistant_over(folder)


def test_a_groups_sum_leaves_its_subtotal_out(assistant) -> None:
    answer = ask(assistant, "体育施設の令和6年度の水道使用量は合計いくつ？")
    assert answer.status == "exact" and answer.value == 895, (answer.status, answer.value, answer.summary)


def test_facilities_counted_without_subtotals(assistant) -> None:
    answer = ask(assistant, "令和6年度の使用量が400以上の施設は何か所？")
    assert answer.value == 2, (answer.status, answer.value, answer.summary)


def _power_workbook(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "電力"
    ws["A1"] = "楢沢村 施設別電力量（令和６年度）"
    for col, head in enumerate(["施設番号", "施設名", "電力量（MWh）"], 1):
        ws.cell(2, col, head)
    for n, (number, name, mwh) in enumerate([("P1", "村役場庁舎", 240), ("P2", "村民会館", 95), ("P3", "総合体育館", 130)], 3):
        for col, v in enumerate((number, name, mwh), 1):
            ws.cell(n, col, v)
    wb.save(path)


@pytest.fixture(scope="module")
def power(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("unit_in_capitals")
    _power_workbook(folder / "施設別電力量.xlsx")
    return assistant_over(folder)


def test_a_bound_said_in_the_columns_unit_of_capitals(power) -> None:
    # (「100MWh以上」: the column's own unit, printed in capitals, said after the number; never a word searched for)
    answer = ask(power, "電力量が100MWh以上の施設は？")
    assert answer.status == "exact" and sorted(r.get("number") or r.get("code") for r in answer.rows) == ["P1", "P3"], \
        (answer.status, answer.summary)
