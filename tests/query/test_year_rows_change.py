"""A table whose rows are years: one figure's change between two years said (「公立施設数は令和５年度から令和９年度で
いくつ減る」), and the years it fell by a bound or more from the row before (「待機児童数が前の年度より10人以上減った
年度」). Over made161's txt table of years and a made-up town's list of a library's figures by year; a change the
other way round from the word said is not answered as a change."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

MADE161 = Path(__file__).resolve().parents[1] / "questions" / "made161" / "docs"

# (年度, 来館者数, 職員数)
YEARS = [("令和3年度", 52000, 14), ("令和4年度", 48000, 13), ("令和5年度", 49500, 13),
         ("令和6年度", 41000, 11), ("令和7年度", 40200, 10)]


@pytest.fixture(scope="module")
def city(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("year_rows_city")
    for f in MADE161.iterdir():
        shutil.copy(f, folder / f.name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    from openpyxl import Workbook

    folder = tmp_path_factory.mktemp("year_rows_town")
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "柊野町立図書館の利用状況の推移"
    for col, head in enumerate(["年度", "来館者数", "職員数"], 1):
        ws.cell(3, col, head)
    for n, row in enumerate(YEARS, 4):
        for col, v in enumerate(row, 1):
            ws.cell(n, col, v)
    wb.save(folder / "図書館利用推移.xlsx")
    return assistant_over(folder)


def test_change_between_two_years(city, town) -> None:
    assert ask(city, "公立施設数は令和５年度から令和９年度でいくつ減る？").value == 9
    assert ask(town, "職員数は令和3年度から令和7年度で何人減った？").value == 4
    assert ask(town, "令和4年度と令和6年度の来館者数の差は？").value == 7000


def test_change_the_other_way_not_turned_round(city) -> None:
    # 民間施設数 rose from 21 to 30: 「いくつ減る」 is not answered 9 (nor -9) as a fall
    answer = ask(city, "民間施設数は令和５年度から令和９年度でいくつ減る？")
    assert answer.value not in (9, -9) or answer.status != "exact", (answer.status, answer.summary)


def test_years_fallen_from_the_one_before(city, town) -> None:
    answer = ask(city, "待機児童数が前の年度より10人以上減った年度はどれ？")
    assert answer.status == "exact" and sorted(r["title"] for r in answer.rows) == ["令和6年度", "令和9年度"], \
        (answer.status, answer.summary)
    answer = ask(town, "来館者数が前年度より5000人以上減った年度は？")
    assert sorted(r["title"] for r in answer.rows) == ["令和6年度"], (answer.status, answer.summary)
