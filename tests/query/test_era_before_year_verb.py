"""「昭和50年代に架けられた歩道橋」「平成以降に架けた橋一覧」 over a ledger whose column of years is headed by the doing
(架設年, printed 昭和５４年 in the era's calendar years): the era or decade said, then that column's done form after it
(架ける, the native verb of 架設), bounds that column (not only 建てられた of a 建築年); 「橋一覧」 lists the rows named
中央歩道橋, 北浜歩道橋 ….
Made document of 鵜ノ浦市 (nothing of tests/questions/made186's 鷗ヶ峰町 bridges: other facilities, years and words)."""
from __future__ import annotations

import pytest
from openpyxl import Workbook

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

# 番号, 名称, 路線, 架設年, 橋長（ｍ）, 直近点検年度 (a second column of years: the verb picks the one it dates)
_HALLS = [("1", "中央歩道橋", "市道中央線", "昭和５４年", "32.0", "令和３年度"), ("2", "北浜歩道橋", "市道北浜線", "昭和４８年", "28.5", "令和４年度"),
          ("3", "岬台歩道橋", "市道岬台線", "昭和５８年", "24.0", "令和３年度"), ("4", "桜川歩道橋", "市道桜川線", "平成１５年", "30.2", "令和５年度"),
          ("5", "港南歩道橋", "市道港南線", "平成７年", "26.8", "令和２年度"), ("6", "汐見歩道橋", "市道汐見線", "令和２年", "22.4", "令和６年度"),
          ("7", "磯辺歩道橋", "市道磯辺線", "昭和６２年", "27.1", "令和４年度")]


def _ledger(path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "横断歩道橋"
    ws.cell(1, 1, "鵜ノ浦市 横断歩道橋台帳")
    for c, v in enumerate(["番号", "名称", "路線", "架設年", "橋長（ｍ）", "直近点検年度"], 1):
        ws.cell(3, c, v)
    for r, row in enumerate(_HALLS, 4):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    wb.save(path)


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    docs = tmp_path_factory.mktemp("unoura_footbridges")
    _ledger(docs / "横断歩道橋台帳.xlsx")
    index = tmp_path_factory.mktemp("unoura_footbridges_index") / "gyokaku.db"
    build_index([docs], index)
    return Assistant(open_index(index))


def _codes(answer) -> set[str]:
    return {str(r["key"]).split(":", 1)[1] for r in answer.to_dict()["rows"]}


@pytest.mark.parametrize("question, codes", [
    ("昭和50年代に架けられた歩道橋", {"1", "3"}),
    ("平成以降に架けた橋一覧", {"4", "5", "6"}),
])
def test_era_then_the_columns_verb(city, question, codes):
    city.reset()
    answer = city.ask(question)
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == codes, answer.summary
