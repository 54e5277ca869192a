"""A follow-up 「それ何台？」 after a list of a ledger's rows (machines, vehicles): the rows just listed counted in the
counter of what they are, as 「それ何件？」 counts them; a table printing a column in that counter (保有台数) keeps the
question as it is (the figure may be asked). Made document of 柚木沢町's snow-removal machines (nothing of
tests/questions/made184's 榛ノ台市 公用車: other town, other years, other words)."""
from __future__ import annotations

import pytest
from openpyxl import Workbook

from assistant.query.conversation import Assistant
from assistant.query.counter_of_rows import counted_in_rows_counter
from assistant.store.build import build_index
from assistant.store.search import open_index

# 機械番号, 配置先, 機種, 導入年度, 稼働時間 R3, R4, R5
_MACHINES = [("M-11", "北部除雪センター", "ロータリー除雪車", "平成24年度", "210", "185", "240"),
             ("M-12", "北部除雪センター", "除雪ドーザ", "平成28年度", "95", "80", "72"),
             ("M-21", "南部除雪センター", "小型除雪機", "令和2年度", "40", "66", "130"),
             ("M-22", "南部除雪センター", "除雪グレーダ", "平成30年度", "150", "160", "98"),
             ("M-31", "中央車庫", "凍結防止剤散布車", "令和3年度", "30", "55", "105"),
             ("M-32", "中央車庫", "小型除雪機", "平成26年度", "12", "8", "15")]


def _ledger(path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "除雪機械台帳"
    ws.cell(1, 1, "柚木沢町 除雪機械台帳（令和６年４月１日現在）")
    heads = ["機械番号", "配置先", "機種", "導入年度", "稼働時間（時間）", None, None]
    for c, v in enumerate(heads, 1):
        ws.cell(3, c, v)
    for c, v in enumerate(["令和３年度", "令和４年度", "令和５年度"], 5):
        ws.cell(4, c, v)
    for c in (1, 2, 3, 4):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=5, end_row=3, end_column=7)
    for r, row in enumerate(_MACHINES, 5):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    wb.save(path)


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    docs = tmp_path_factory.mktemp("yunokizawa_docs")
    _ledger(docs / "除雪機械台帳.xlsx")
    index = tmp_path_factory.mktemp("yunokizawa_index") / "gyokaku.db"
    build_index([docs], index)
    return Assistant(open_index(index))


@pytest.mark.parametrize("follow_up", ["それ何台？", "それって全部で何台ある？", "何台？"])
def test_rows_just_listed_counted_in_their_counter(town, follow_up):
    town.reset()
    listed = town.ask("令和５年度の稼働時間が100時間以上の機械")
    assert listed.status == "exact" and listed.count == 3, listed.summary
    counted = town.ask(follow_up)
    assert counted.status == "exact", counted.summary
    assert counted.count == 3, counted.summary


def test_a_column_in_that_counter_keeps_the_question():
    rows = [{"施設名": "北部除雪センター", "保有台数": "4"}, {"施設名": "中央車庫", "保有台数": "3"}]
    assert counted_in_rows_counter("それ何台？", rows) == "それ何台？"
    assert counted_in_rows_counter("それ何台？", [{"施設名": "北部除雪センター"}]) == "それ何件?"
