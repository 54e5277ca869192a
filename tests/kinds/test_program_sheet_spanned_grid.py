"""A made-up evaluation sheet typed into a workbook as a label-value grid with merged cells: labels merged
over two columns, an indicator block whose years each span 目標 │ 実績, and a cost block whose settled years
each span two columns (決算額 / うち特定財源 / うち一般財源, in 千円). Read by the grid's shape."""
from __future__ import annotations

import pytest
from openpyxl import Workbook

from assistant.formats import to_text
from assistant.kinds.program_sheet import loader
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index


def workbook(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "評価シート"
    ws.append(["令和6年度 事務事業評価シート"])
    for label, value in (("事業番号", "06-総-11"), ("事務事業名", "窓口混雑緩和事業"), ("担当部課", "市民部 市民課"),
                         ("開始年度", "令和3年度")):
        ws.append([label, None, value])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=2)
    ws.append([])
    ws.append(["成果等の指標", "区分", "指標名", "単位", "令和4年度", None, "令和5年度", None, "令和6年度", None])
    top = ws.max_row  # (an empty row appended holds no cell: max_row counts from the header)
    ws.append([None, None, None, None, "目標", "実績", "目標", "実績", "目標", "実績"])
    ws.append([None, "活動指標", "予約受付件数", "件", 500, 520, 600, 580, 700, 730])
    ws.append([None, "成果指標", "平均待ち時間", "分", 20, 18.5, 15, 16.2, 12, 11.4])
    ws.merge_cells(start_row=top, start_column=1, end_row=top + 3, end_column=1)
    for column in (5, 7, 9):
        ws.merge_cells(start_row=top, start_column=column, end_row=top, end_column=column + 1)
    ws.append([])
    ws.append(["事業費（単位：千円）", "区分", None, None, "令和4年度決算", None, "令和5年度決算", None, "令和6年度決算", None])
    top = ws.max_row
    ws.append([None, "決算額", None, None, 4200, None, 5300, None, 6100, None])
    ws.append([None, "うち特定財源", None, None, 1000, None, 1500, None, 2000, None])
    ws.append([None, "うち一般財源", None, None, 3200, None, 3800, None, 4100, None])
    ws.merge_cells(start_row=top, start_column=1, end_row=top + 3, end_column=1)
    for row in range(top, top + 4):
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
        for column in (5, 7, 9):
            ws.merge_cells(start_row=row, start_column=column, end_row=row, end_column=column + 1)
    ws.append([])
    ws.append(["今後の方向性", None, "継続"])
    wb.save(path)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("spanned")
    workbook(folder / "hyoka.xlsx")
    return folder


def test_read_by_the_grid_shape(folder):
    data = (folder / "hyoka.xlsx").read_bytes()
    doc = loader.parse(to_text(data, "hyoka.xlsx").text, "hyoka.xlsx")
    program = doc.records[0].fields
    assert program["name"] == "窓口混雑緩和事業" and program["section"] == "市民課"
    assert program["costs_by_year"]["R5"] == {"total_cost": 5300, "specific_revenue": 1500, "general_revenue": 3800}
    assert program["cost_unit"] == "千円"
    entries = {(r.fields["indicator"], r.fields["year"]): r.fields for r in doc.records[1:]}
    assert entries[("平均待ち時間", "R6")]["actual"] == 11.4 and entries[("平均待ち時間", "R6")]["goal"] == 12
    assert entries[("予約受付件数", "R4")]["type"] == "活動指標" and entries[("予約受付件数", "R4")]["unit"] == "件"


@pytest.fixture(scope="module")
def assistant(folder):
    index = folder / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def test_asked(assistant):
    assistant.reset()
    cost = assistant.ask("窓口混雑緩和事業の令和5年度の決算額は？")
    assert cost.status == "exact" and cost.value == 5300, cost.summary
    assistant.reset()
    actual = assistant.ask("窓口混雑緩和事業の成果指標の令和6年度の実績は？")
    assert actual.status == "exact" and actual.value == 11.4, actual.summary


@pytest.mark.parametrize("question, status, value", [
    ("窓口混雑緩和事業の決算額の合計は？", "exact", 15600),  # every year the sheet prints
    ("窓口混雑緩和事業の3年間の決算額の合計は？", "exact", 15600),
    ("窓口混雑緩和事業の令和5年度から令和6年度までの決算額の合計は？", "exact", 11400),
    ("窓口混雑緩和事業の令和4年度から令和6年度までの一般財源の合計は？", "exact", 11100),
    # a span the sheet does not print is not stated as the answer's
    ("窓口混雑緩和事業の5年間の決算額の合計は？", "partial", 15600),
])
def test_summed_over_years(assistant, question, status, value):
    assistant.reset()
    answer = assistant.ask(question)
    assert (answer.status, answer.value) == (status, value), answer.summary
