"""A workbook of a town's 校区, each merged down over its 種別 rows (可燃/不燃), figures in t by year: a 校区 of
two letters (南台, 中川) said in the question names its row as a longer name would (a column of places names its
rows, tables/read._places_header), and 「何トン減った」 asks the amount of the change in t, トン the unit's name
(change_amount._AMOUNT_ASKED, answer._UNIT_NAMES)."""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

AREAS = [("北原第一", 2100, {"可燃": (420.5, 410.2, 398.0, 380.4), "不燃": (30.2, 29.0, 27.5, 26.1)}),
         ("南台", 980, {"可燃": (190.3, 185.0, 181.1, 176.8), "不燃": (14.6, 13.9, 12.8, 11.2)}),
         ("中川", 1340, {"可燃": (260.0, 255.5, 249.9, 240.1), "不燃": (19.9, 19.5, 18.0, 17.6)}),
         ("西浜口", 760, {"可燃": (150.2, 149.0, 146.6, 144.0), "不燃": (10.1, 9.8, 9.9, 9.5)})]


def _workbook(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "校区別"
    ws.append(["桐ヶ丘村 校区別ごみ排出量（令和２～５年度）"])
    ws.append(["（単位：ｔ）"])
    ws.append([])
    ws.append(["校区", "世帯数", "種別", "排出量（ｔ）", None, None, None])
    ws.append([None, None, None, "令和２年度", "令和３年度", "令和４年度", "令和５年度"])
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    ws.merge_cells("C4:C5")
    ws.merge_cells("D4:G4")
    row = 6
    for name, households, kinds in AREAS:
        for n, (kind, figures) in enumerate(kinds.items()):
            ws.append([name if n == 0 else None, households if n == 0 else None, kind, *figures])
        ws.merge_cells(f"A{row}:A{row + len(kinds) - 1}")
        ws.merge_cells(f"B{row}:B{row + len(kinds) - 1}")
        row += len(kinds)
    wb.save(str(path))


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("school_areas")
    _workbook(folder / "校区別ごみ排出量.xlsx")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_two_letter_area_names_its_row(assistant):
    assistant.reset()
    answer = assistant.ask("中川の可燃ごみ、R5は何トン？")
    assert answer.status == "exact"
    assert answer.value == pytest.approx(240.1)


def test_change_asked_in_tons_of_one_area(assistant):
    assistant.reset()
    answer = assistant.ask("南台の不燃ごみ、R2からR5で何トン減った？")
    assert answer.status == "exact"
    assert answer.value == pytest.approx(3.4)


def test_two_kinds_compared_said_with_the_titles_word(assistant):
    # (「可燃ごみ」「不燃ごみ」 over columns 可燃 | 不燃 of a table titled ごみ排出量: ごみ is what every figure is of,
    # question._title_word_after_column)
    assistant.reset()
    answer = assistant.ask("R5の可燃ごみが不燃ごみの15倍以上ある校区は？")
    assert answer.status == "exact"
    assert {r["校区"] for r in answer.rows} == {"南台", "西浜口"}


def test_change_bounded_in_percent_of_figures_in_tons(assistant):
    # (「8%以上減った」 of tonnes: the fall as a share of R2's figure; 「R2と比べて」, no other year said, against
    # the latest, R5 — not the next year's)
    assistant.reset()
    answer = assistant.ask("R2と比べて可燃ごみが8%以上減った校区は？")
    assert answer.status == "exact"
    assert {r["校区"] for r in answer.rows} == {"北原第一"}
