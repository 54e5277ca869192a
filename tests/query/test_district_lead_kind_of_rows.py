"""A list of facilities in which a district's name (栄町, 港町) starts a few rows' names, as a city's name would
(栄町集会所 beside 栄町図書館): what follows it (集会所, 図書館) ends other rows' names too and is what a class
column prints, so said in a question it asks every row of that class — never the one facility in that district
said short. A city's own name starting its facilities' names (another town's score sheet, test_score_sheet_mean_rows)
still lets a facility be said without it. Another city's plan than the holdout's (other names, classes, policies)."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

ROWS = [
    ["1", "栄町集会所", "集会所", "1985年", "存続"],
    ["2", "北集会所", "集会所", "1979年", "廃止"],
    ["3", "西浜集会所", "集会所", "1990年", "存続"],
    ["4", "港町集会所", "集会所", "1982年", "統合"],
    ["5", "栄町図書館", "図書館", "1974年", "移転"],
    ["6", "中央図書館", "図書館", "1988年", "存続"],
    ["7", "港町図書館", "図書館", "1981年", "廃止"],
    ["8", "みどり体育館", "体育館", "1995年", "存続"],
]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    import openpyxl

    folder: Path = tmp_path_factory.mktemp("district_lead_kind_of_rows")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "施設別方針"
    ws.append(["湊川市公共施設個別施設計画　施設別の方針"])
    ws.append(["No.", "施設名", "類型", "建築年", "方針"])
    for row in ROWS:
        ws.append(row)
    wb.save(folder / "湊川市_公共施設個別施設計画.xlsx")
    return assistant_over(folder)


def _names(answer) -> list[str]:
    return sorted(str(r.get("施設名")) for r in answer.to_dict()["rows"])


def test_class_word_after_a_district_name_asks_every_row_of_the_class(assistant) -> None:
    a = ask(assistant, "湊川市の個別施設計画で、存続ではない集会所は何件")
    assert a.count == 2 and _names(a) == ["北集会所", "港町集会所"], (a.status, a.summary, _names(a))


def test_class_word_then_a_narrowing_turn(assistant) -> None:
    a = ask(assistant, "湊川市の個別施設計画で図書館を見せて", "そのうち方針が廃止のものは何件？")
    assert a.count == 1 and _names(a) == ["港町図書館"], (a.status, a.summary, _names(a))


def test_a_facility_said_with_its_district_is_still_that_row(assistant) -> None:
    a = ask(assistant, "栄町図書館の方針は？")
    assert a.value == "移転", (a.status, a.summary, a.value)
