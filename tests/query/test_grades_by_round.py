"""A ledger grading each structure in two rounds of periodic inspection, 健全度 over 第１巡（H27～R1） | 第２巡（R2～R6）
(Roman numerals Ⅰ–Ⅳ, read III in NFKC; a legend 「Ⅰ（健全）、Ⅱ（予防保全段階）、Ⅲ（早期措置段階）…」 and a sheet of the
same): 「第２巡点検で健全度Ⅲ」 is the second round's column (the round's inspection said, 健全度 no legend word 健全 in
it), 「１巡目から２巡目で悪くなった」 compares the rounds by the legend's order (Ⅲ's three letters read too), 「逆に良くなった」
is the opposite change, said whole, and 「何本減った」 (a count of rows) is no grade falling.
Made document of 鵜ノ浦市 tunnels (nothing of tests/questions/made186's 鷗ヶ峰町 bridges: other structures and years)."""
from __future__ import annotations

import pytest
from openpyxl import Workbook

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

# 番号, 名称, 延長, 第１巡, 第２巡
_TUNNELS = [("T01", "岬トンネル", "420", "Ⅱ", "Ⅲ"), ("T02", "汐見トンネル", "185", "Ⅰ", "Ⅰ"),
            ("T03", "北浜トンネル", "96", "Ⅲ", "Ⅱ"), ("T04", "磯辺トンネル", "310", "Ⅱ", "Ⅱ"),
            ("T05", "港南トンネル", "252", "Ⅲ", "Ⅳ"), ("T06", "桜川トンネル", "140", "Ⅰ", "Ⅱ"),
            ("T07", "新田トンネル", "75", "－", "Ⅰ")]


def _ledger(path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "トンネル台帳"
    ws.cell(1, 1, "鵜ノ浦市 市道トンネル台帳（令和７年４月現在）")
    for c, v in enumerate(["番号", "トンネル名", "延長（ｍ）", "健全度", None], 1):
        ws.cell(3, c, v)
    ws.cell(4, 4, "第１巡（H27～R1）")
    ws.cell(4, 5, "第２巡（R2～R6）")
    for c in (1, 2, 3):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=4, end_row=3, end_column=5)
    for r, row in enumerate(_TUNNELS, 5):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    ws.cell(13, 1, "※ 健全度の判定区分：Ⅰ（健全）、Ⅱ（予防保全段階）、Ⅲ（早期措置段階）、Ⅳ（緊急措置段階）の４段階。T07は第１巡後の供用。")
    legend = wb.create_sheet("判定区分")
    for c, v in enumerate(["区分", "状態"], 1):
        legend.cell(1, c, v)
    for r, row in enumerate([("Ⅰ", "健全"), ("Ⅱ", "予防保全段階"), ("Ⅲ", "早期措置段階"), ("Ⅳ", "緊急措置段階")], 2):
        for c, v in enumerate(row, 1):
            legend.cell(r, c, v)
    wb.save(path)


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    docs = tmp_path_factory.mktemp("unoura_tunnels")
    _ledger(docs / "市道トンネル台帳.xlsx")
    index = tmp_path_factory.mktemp("unoura_tunnels_index") / "gyokaku.db"
    build_index([docs], index)
    return Assistant(open_index(index))


def _codes(answer) -> set[str]:
    return {str(r["key"]).split(":", 1)[1] for r in answer.to_dict()["rows"]}


@pytest.mark.parametrize("question, codes", [
    ("第２巡点検で健全度がⅢのトンネル", {"T01"}),
    ("健全度がⅡのトンネルは？", {"T03", "T04", "T06"}),
    ("１巡目から２巡目で健全度が悪くなったトンネル", {"T01", "T05", "T06"}),
    ("逆に健全度が良くなったトンネルってある？", {"T03"}),
    ("第１巡と第２巡で健全度が変わっていないトンネル", {"T02", "T04"}),
])
def test_grades_by_round(city, question, codes):
    city.reset()
    answer = city.ask(question)
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == codes, answer.summary


def test_count_fallen_is_no_grade_change(city):
    city.reset()
    answer = city.ask("健全度Ⅱのトンネルは１巡目から２巡目で何本減った？")
    assert answer.status != "exact" or answer.value == 0, answer.summary
