"""「令和になってから太陽光を入れた施設」 over a list of solar equipment whose 設備 prints 太陽光発電 or 太陽光発電・蓄電池 in
every row: 太陽光 is what every row is, a condition every row meets (設備に「太陽光」とある), not a word left unread that
sends the question to a search of the text.
Made documents of 桑ノ木町 (nothing of tests/questions/made181's 柊ノ里町: other years, equipment and words)."""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

# 施設番号, 施設名, 設備, 発電容量（kW）, 導入年度
_PANELS = [("K-1", "桑ノ木町役場", "太陽光発電", 40, "令和２年度"), ("K-2", "桑ノ木小学校", "太陽光発電・蓄電池", 25, "平成２７年度"),
           ("K-3", "町立体育館", "太陽光発電", 35, "令和４年度"), ("K-4", "防災倉庫", "太陽光発電・蓄電池", 10, "平成３０年度")]


def _workbook(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "再エネ設備"
    ws.cell(1, 1, "桑ノ木町　再生可能エネルギー設備の状況")
    for c, v in enumerate(["施設番号", "施設名", "設備", "発電容量（kW）", "導入年度"], 1):
        ws.cell(3, c, v)
    for r, row in enumerate(_PANELS, 4):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    wb.save(path)


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    docs = tmp_path_factory.mktemp("kuwanoki_docs")
    _workbook(docs / "再生可能エネルギー設備の状況.xlsx")
    index = tmp_path_factory.mktemp("kuwanoki_index") / "gyokaku.db"
    build_index([docs], index)
    return Assistant(open_index(index))


def test_a_word_every_row_holds_is_met_by_every_row(town):
    town.reset()
    answer = town.ask("令和になってから太陽光を入れた施設")
    assert answer.status == "exact", answer.summary
    assert {str(r["key"]).split(":", 1)[1] for r in answer.to_dict()["rows"]} == {"K-1", "K-3"}, answer.summary
