"""A workbook listing a village's facilities under group rows (「【２】文化交流系施設」 merged over the row), its
units on a line of their own naming each measure (「単位：敷地面積＝㎡、改修費＝千円」), its build years printed in
either era (昭和50年, 1985年, 平成3年). General behaviours, asked of another village's list than the holdout's:
a sum asked in the unit of the area (何㎡), a group said by its heading's words or shortened (文化施設), an area
said without 面積 (敷地1,000㎡以上), a year asked 西暦何年 of a cell printed in 和暦."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

HEADER = ["番号", "施設名称", "担当課", "建設年", "構造", "敷地面積", "改修費", "備考"]
ROWS = [
    ["【１】スポーツ系施設"],
    ["ス1", "みなと体育館", "生涯学習課", "昭和50年", "RC造", 3200, 250000, "－"],
    ["ス2", "白波村営プール", "生涯学習課", "1992年", "S造", 1800, 120000, "－"],
    ["ス3", "浜辺運動広場", "健康推進課", "平成3年", "S造", 5400, 30000, "－"],
    [None, "小計（3施設）", None, None, None, 10400, 400000, None],
    ["【２】文化交流系施設"],
    ["文1", "白波村民会館", "企画課", "1979年", "RC造", 2600, 310000, "－"],
    ["文2", "郷土資料館", "企画課", "昭和58年", "木造", 900, 45000, "－"],
    ["文3", "ふれあい交流館", "健康推進課", "平成12年", "S造", 1500, 80000, "－"],
    [None, "小計（3施設）", None, None, None, 5000, 435000, None],
    [None, "合計（6施設）", None, None, None, 15400, 835000, None],
]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    import openpyxl

    folder: Path = tmp_path_factory.mktemp("facility_list_figures")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "施設一覧"
    ws.append(["白波村公共施設保全計画　施設一覧（令和７年度版）"])
    ws.append([None, None, None, None, None, None, "白波村 企画課"])
    ws.append(["単位：敷地面積＝㎡、改修費＝千円"])
    ws.append([])
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
        if len(row) == 1:
            ws.merge_cells(f"A{ws.max_row}:H{ws.max_row}")
    wb.save(folder / "白波村_施設一覧.xlsx")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return [str(r["key"]).partition(":")[2] for r in answer.to_dict()["rows"]]


def test_sum_asked_in_the_unit_its_unit_line_gives(assistant) -> None:
    a = ask(assistant, "健康推進課が担当する施設の敷地面積、合計で何㎡？")
    assert a.status == "exact" and a.value == 6900


def test_group_said_by_its_bracket_numbered_heading(assistant) -> None:
    a = ask(assistant, "スポーツ系施設の敷地面積の平均は？")
    assert a.status == "exact" and a.value == pytest.approx(3466.67, abs=0.01)
    assert "】" not in a.summary


def test_group_said_shortened_and_years_of_either_era(assistant) -> None:
    a = ask(assistant, "1985年より前に建った文化施設")
    assert a.status == "exact" and sorted(_codes(a)) == ["文1", "文2"]


def test_area_said_without_its_measure_word_ordered(assistant) -> None:
    a = ask(assistant, "S造で敷地1,000㎡以上の施設、広い順に2つ")
    assert a.status == "exact" and _codes(a)[:2] == ["ス3", "ス2"]


def test_western_year_asked_of_a_year_printed_in_its_era(assistant) -> None:
    a = ask(assistant, "みなと体育館って西暦何年の建設？")
    assert a.status == "exact" and a.value == 1975
