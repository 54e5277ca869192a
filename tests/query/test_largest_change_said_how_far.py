"""「利用者数がいちばん大きく減った施設」: how far the change went (大きく, 大幅に) said between the superlative and the
verb is the same largest change between two years' columns, not a word left unread; 「北地区公民館の利用者数、
令和３年度と令和５年度で何人減った」 (the two years joined by と, then で) is one row's change, as 「…から…で」 is. Made document of 柚木沢町's
community halls (nothing of tests/questions/made184's 榛ノ台市 公用車: other town, years, columns and verbs)."""
from __future__ import annotations

import pytest
from openpyxl import Workbook

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

# 施設名, 構造, 利用者数 R3, R4, R5
_HALLS = [("北地区公民館", "鉄筋コンクリート造", 12400, 11800, 9100), ("南地区公民館", "木造", 8300, 8800, 9050),
          ("東地区公民館", "鉄筋コンクリート造", 15200, 14100, 13900), ("西地区公民館", "鉄筋コンクリート造", 6100, 4200, 3950),
          ("中央公民館", "鉄骨造", 30100, 31500, 29800)]


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    docs = tmp_path_factory.mktemp("yunokizawa_halls_docs")
    wb = Workbook()
    ws = wb.active
    ws.title = "利用状況"
    ws.cell(1, 1, "柚木沢町 公民館の利用者数の推移")
    for c, v in enumerate(["施設名", "構造", "令和３年度利用者数（人）", "令和４年度利用者数（人）", "令和５年度利用者数（人）"], 1):
        ws.cell(3, c, v)
    for r, row in enumerate(_HALLS, 4):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    wb.save(docs / "公民館利用状況.xlsx")
    index = tmp_path_factory.mktemp("yunokizawa_halls_index") / "gyokaku.db"
    build_index([docs], index)
    return Assistant(open_index(index))


@pytest.mark.parametrize("question, hall", [
    # R3→R5: 北 −3300, 西 −2150 (R4→R5 alone: 北 −2700 too)
    ("利用者数が令和３年度から令和５年度にかけていちばん大きく減った施設は？", "北地区公民館"),
    ("令和４年度から令和５年度で、利用者数が最も大幅に減った公民館", "北地区公民館"),
    ("令和３年度から令和５年度にかけていちばん大きく利用者数が増えた施設", "南地区公民館"),
])
def test_largest_change_said_with_how_far(town, question, hall):
    town.reset()
    answer = town.ask(question)
    assert answer.status == "exact", answer.summary
    assert hall in answer.summary and not answer.unused, answer.summary


@pytest.mark.parametrize("question, change", [
    ("北地区公民館の利用者数、令和３年度と令和５年度で何人減った？", 3300),
    ("西地区公民館の利用者数はR3とR4でどれだけ減った？", 1900),
    # (the row picked by a value of another column, 構造 木造, not by its name)
    ("木造の公民館の利用者数、令和３年度と令和５年度でどれだけ増えた？", 750),
])
def test_one_rows_change_between_years_joined_by_to(town, question, change):
    town.reset()
    answer = town.ask(question)
    assert answer.status == "exact", answer.summary
    assert float(answer.value) == change, answer.summary


@pytest.mark.parametrize("question", [
    "利用者数が２年続けて減った公民館",
    # (the run's years spelled out as its steps: the span from the first to the last)
    "R3→R4→R5と２年連続で利用者数が減った施設は？",
    "令和３年度→令和４年度、令和４年度→令和５年度と２年続けて利用者数が減った施設",
])
def test_two_years_running_is_two_falls(town, question):
    # (2年続けて減った is R3 > R4 > R5: 中央公民館 fell in R5 only, after rising in R4)
    town.reset()
    answer = town.ask(question)
    assert answer.status == "exact", answer.summary
    assert {r["施設名"] for r in answer.to_dict()["rows"]} == {"北地区公民館", "東地区公民館", "西地区公民館"}, answer.summary
