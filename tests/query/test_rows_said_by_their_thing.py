"""A ledger sheet 「貸出用発電機台帳」 whose rows are 発電機: 「燃料がLPガスの機器」「全機器の出力の平均」 call the rows by
the thing they are (機 of 発電機) in a word of two kanji beginning with it, every row with 全; the word names the rows,
no word left unread (the question was otherwise searched in the text). Made document of 柚木沢町 (nothing of
tests/questions/made184's 榛ノ台市 公用車 and its 車両: another thing, town and columns)."""
from __future__ import annotations

import pytest
from openpyxl import Workbook

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

# 管理番号, 配置場所, 燃料, 出力（kVA）
_UNITS = [("G-1", "北部防災倉庫", "ガソリン", 2.5), ("G-2", "北部防災倉庫", "LPガス", 3.0),
          ("G-3", "南部防災倉庫", "軽油", 9.0), ("G-4", "役場本庁舎", "LPガス", 4.5), ("G-5", "中央公民館", "ガソリン", 1.6)]


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    docs = tmp_path_factory.mktemp("yunokizawa_gen_docs")
    wb = Workbook()
    ws = wb.active
    ws.title = "貸出用発電機台帳"
    ws.cell(1, 1, "柚木沢町 貸出用発電機の管理状況（令和７年３月末）")
    for c, v in enumerate(["管理番号", "配置場所", "燃料", "出力（kVA）"], 1):
        ws.cell(3, c, v)
    for r, row in enumerate(_UNITS, 4):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    ws.cell(10, 1, "※ 機器の貸出は自治会・自主防災組織に限る。")
    wb.save(docs / "貸出用発電機の管理状況.xlsx")
    index = tmp_path_factory.mktemp("yunokizawa_gen_index") / "gyokaku.db"
    build_index([docs], index)
    return Assistant(open_index(index))


def test_rows_called_by_their_thing(town):
    town.reset()
    answer = town.ask("燃料がLPガスの機器は？")
    assert answer.status == "exact", answer.summary
    assert {r["管理番号"] for r in answer.to_dict()["rows"]} == {"G-2", "G-4"}, answer.summary


def test_every_row_called_by_their_thing(town):
    town.reset()
    answer = town.ask("全機器の出力の平均は？")
    assert answer.status == "exact", answer.summary
    assert round(float(answer.value), 2) == 4.12, answer.summary
