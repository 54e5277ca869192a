"""An evaluation sheet of another city typed into a workbook: 事務事業名 labels the program's name,
and its costs are a table titled in its header row's first cell (「事業費の推移(千円) │ 事業費 │ 人件費 │
総事業費」) over one row per fiscal year (令和2年度決算 … 令和5年度予算). The sheet's own settled year
(its title's) gives the program's 総事業費; every settled year's goes to 決算年度別の事業費, from which
「総事業費は令和3年度から令和4年度でどれだけ増えた」 is answered (also with the years said in the
western calendar). The town, its figures and its program are made up."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

ROWS: list[list[object]] = [
    ["事務事業評価シート(令和4年度決算)"],
    ["若葉町"],
    [],
    ["事務事業コード", "4010203", "事務事業名", "防犯灯維持管理事業"],
    ["担当部名", "市民生活部", "担当課名", "防災安全課"],
    ["事業の概要", "町内の防犯灯を維持管理し、LED化を進める。"],
    [],
    ["事業費の推移(千円)", "事業費", "人件費", "総事業費"],
    ["令和2年度決算", 5100, 2100, 7200],
    ["令和3年度決算", 5400, 2150, 7550],
    ["令和4年度決算", 6200, 2200, 8400],
    ["令和5年度予算", 6500, 2200, 8700],
]


def workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "評価シート"
    for row in ROWS:
        sheet.append(row)
    book.save(path)
    return path


def test_the_cost_table_by_rows_of_years(tmp_path: Path) -> None:
    path = workbook(tmp_path / "wakaba_sheet.xlsx")
    doc = registry.parse(to_text(path.read_bytes(), path.name).text, path.name)
    program = doc.records[0].fields
    assert (program["code"], program["name"], program["section"]) == ("4010203", "防犯灯維持管理事業", "防災安全課")
    assert program["summary"] == "町内の防犯灯を維持管理し、LED化を進める。"
    assert (program["settlement_year"], program["total_cost"]) == ("R4", 8400)
    # The budget year is no settled year.
    assert program["costs_by_year"] == {"R2": {"total_cost": 7200}, "R3": {"total_cost": 7550}, "R4": {"total_cost": 8400}}


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cost_history")
    workbook(folder / "wakaba_sheet.xlsx")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.mark.parametrize("question, value", [
    ("防犯灯維持管理事業の令和3年度決算の総事業費はいくら？", 7550),
    ("防犯灯維持管理事業の総事業費は令和3年度から令和4年度でどれだけ増えた？", 850),
    ("防犯灯維持管理事業の総事業費は2020年度から2022年度でどれだけ増えた？", 1200),
])
def test_a_settled_year_and_the_change_between_two(assistant, question, value):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert answer.value == value
