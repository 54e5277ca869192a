"""A sheet whose header has three rows (事業費（千円） over 決算額 over 令和5年度 | 令和6年度), merged cells read
down: 「R6決算」 says the 令和6年度 決算額 column, and 「じゃあ令和5年度決算だと？」 after its sum is the same sum
of the other year."""
from __future__ import annotations

import pytest
from openpyxl import Workbook

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over


def _sheet(path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "一覧"
    ws.append(["青沢町 事務事業評価結果一覧"])
    ws.append(["No.", "所管課", "事業名", "事業費（千円）", None, "評価", None])
    ws.append([None, None, None, "決算額", None, "一次評価", "二次評価"])
    ws.append([None, None, None, "令和5年度", "令和6年度", None, None])
    for row in ([1, "企画課", "広報事業", 1000, 1200, "B", "C"], [2, "総務課", "研修事業", 500, 400, "A", "A"],
                [3, "財政課", "納税事業", 300, 350, "C", "D"]):
        ws.append(row)
    for cells in ("A2:A4", "B2:B4", "C2:C4", "D2:E2", "D3:E3", "F2:G2", "F3:F4", "G3:G4"):
        ws.merge_cells(cells)
    wb.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("three_row_header")
    _sheet(folder / "青沢町_事務事業評価結果一覧.xlsx")
    return assistant_over(folder)


def test_a_grade_of_the_second_column_under_a_merged_header(assistant) -> None:
    answer = ask(assistant, "青沢町の事務事業評価で二次評価がAの事業は何件？")
    assert answer.status == "exact" and answer.value == 1, (answer.status, answer.value, answer.summary)


def test_the_sum_of_another_year_asked_after(assistant) -> None:
    answer = ask(assistant, "青沢町の事務事業評価で、事業費の合計ってR6決算でいくら？", "じゃあ令和5年度決算だと？")
    assert answer.status == "exact" and answer.value == 1800, (answer.status, answer.value, answer.summary)
