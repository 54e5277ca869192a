"""「いちばん多い区分は何館？」「何館ある？」 over a ledger whose rows are named 中央館, 浜町分館 …: the kanji every name
ends in is the counter the rows are counted by, as 何件 is — the largest group's size (a figure), not its name.
Made document of 鵜ノ浦市 (nothing of tests/questions/made186's 鷗ヶ峰町 bridges: other facilities, years and words)."""
from __future__ import annotations

import pytest
from openpyxl import Workbook

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

# 館番号, 館名, 所在地, 建築年度, 延床面積, 構造 — under a group row per 地区
_HALLS = {
    "北部地区": [("N1", "北浜館", "北浜町", "1979", "812.4", "RC造"), ("N2", "岬台館", "岬台", "1986", "640.0", "RC造")],
    "中部地区": [("C1", "中央館", "本町", "1991", "1,520.8", "SRC造"), ("C2", "市場町分館", "市場町", "1975", "410.2", "木造"),
             ("C3", "桜川館", "桜川", "2003", "705.5", "S造"), ("C4", "新田分館", "新田", "1968", "388.0", "木造")],
    "南部地区": [("S1", "港南館", "港南", "1995", "690.3", "RC造"), ("S2", "汐見館", "汐見", "2012", "560.7", "S造"),
             ("S3", "磯辺分館", "磯辺", "1972", "402.9", "木造")],
}


def _ledger(path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "公民館一覧"
    ws.cell(1, 1, "鵜ノ浦市 地区公民館一覧（令和６年４月１日現在）")
    for c, v in enumerate(["館番号", "館名", "所在地", "建築年度", "延床面積（㎡）", "構造"], 1):
        ws.cell(3, c, v)
    r = 4
    for group, rows in _HALLS.items():
        ws.cell(r, 1, f"【{group}】")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        r += 1
        for row in rows:
            for c, v in enumerate(row, 1):
                ws.cell(r, c, v)
            r += 1
    wb.save(path)


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    docs = tmp_path_factory.mktemp("unoura_docs")
    _ledger(docs / "地区公民館一覧.xlsx")
    index = tmp_path_factory.mktemp("unoura_index") / "gyokaku.db"
    build_index([docs], index)
    return Assistant(open_index(index))


def test_largest_group_counted_by_name_kanji(city):
    city.reset()
    answer = city.ask("区分ごとに数えると、いちばん多い区分は何館？")
    assert answer.value == 4, answer.summary


def test_rows_counted_by_name_kanji(city):
    city.reset()
    answer = city.ask("木造の公民館は何館ある？")
    assert answer.status == "exact", answer.summary
    assert answer.count == 3 and answer.value == 3, answer.summary
