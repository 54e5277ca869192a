"""A quantity said without what it is of (「令和３年度の使用量が載っていない施設は？」) over a workbook of 灯油使用量 by year,
a closed facility's year printed 「－」: 使用量 names the one measure of the table ending in it. Where two measures end in
it (電気使用量 │ ガス使用量) the word names neither column by itself.
Made documents of 榛沢村 (nothing of tests/questions/made181's 柊ノ里町: other years, figures and words)."""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from assistant.query.conversation import Assistant
from assistant.query.tables.read import Column, _quantity_tail_forms
from assistant.store.build import build_index
from assistant.store.search import open_index

# 施設番号, 施設名, 令和2年度, 令和3年度, 令和4年度 (灯油使用量 kL)
_FACILITIES = [("H01", "村役場", 12.4, 11.8, 11.1), ("H02", "榛沢小学校", 20.5, 19.7, 18.2),
               ("H03", "村営温泉", 35.0, "－", 30.8), ("H04", "村民体育館", 8.2, 8.0, 7.7)]


def _workbook(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "灯油"
    ws.cell(1, 1, "村有施設別　灯油使用量の推移（単位：kL）")
    for c, v in enumerate(["施設番号", "施設名", "灯油使用量（kL）"], 1):
        ws.cell(3, c, v)
    for c, v in enumerate(["令和2年度", "令和3年度", "令和4年度"], 3):
        ws.cell(4, c, v)
    for c in (1, 2):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=3, end_row=3, end_column=5)
    for r, row in enumerate(_FACILITIES, 5):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    ws.cell(10, 1, "※村営温泉の令和3年度は改修のため休館（「－」）。")
    wb.save(path)


@pytest.fixture(scope="module")
def village(tmp_path_factory):
    docs = tmp_path_factory.mktemp("hanzawa_docs")
    _workbook(docs / "村有施設別灯油使用量.xlsx")
    index = tmp_path_factory.mktemp("hanzawa_index") / "gyokaku.db"
    build_index([docs], index)
    return Assistant(open_index(index))


def test_the_quantity_said_alone_is_the_tables_one_measure(village):
    village.reset()
    answer = village.ask("令和３年度の使用量が載っていない施設は？")
    assert answer.status == "exact", answer.summary
    assert {str(r["key"]).split(":", 1)[1] for r in answer.to_dict()["rows"]} == {"H03"}, answer.summary


def test_two_measures_ending_alike_name_neither():
    columns = [Column("電気使用量令和4年度", ("電気使用量",), 2022, "電気使用量", True, False, "千kWh"),
               Column("ガス使用量令和4年度", ("ガス使用量",), 2022, "ガス使用量", True, False, "千m3")]
    assert [c.forms for c in _quantity_tail_forms(columns)] == [("電気使用量",), ("ガス使用量",)]
    one = [Column("灯油使用量令和4年度", ("灯油使用量",), 2022, "灯油使用量", True, False, "kL")]
    assert "使用量" in _quantity_tail_forms(one)[0].forms
