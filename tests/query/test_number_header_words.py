"""The word heading a table's row numbers calls its rows only when it is a word of what the rows are (方針 over
1, 2, 3), never a header naming a number (調達番号, 施策番号): 「令和5年度の単独調達件数は？」 beside a list numbered by
調達番号 stays the yearly summary's column (answer.py rows_named)."""
from __future__ import annotations

import openpyxl
import pytest

from tests.conversation_helpers import ask, assistant_over

_SUMMARY = """鴫野台村　物品調達結果　年度別集計（Ｒ３～Ｒ５）

                                              鴫野台村会計課
単位：件、％
--------------------------------------------------------------------------------
年度            発注件数    平均契約率(%)    一般競争件数    不落件数    単独調達件数
--------------------------------------------------------------------------------
令和３年度            30             90.2              12           1              14
令和４年度            27             91.5              11           2              12
令和５年度            22             88.7               9           3               8
--------------------------------------------------------------------------------
"""

_ROWS = [
    (1, "B5-001", "事務用パソコン購入", "総務課", "単独調達", 4200000),
    (2, "B5-002", "公用車リース", "総務課", "一般競争", 9800000),
    (3, "B5-003", "除雪機の修繕", "建設課", "単独調達", 1650000),
    (4, "B5-004", "学校図書の購入", "教育課", "単独調達", 2300000),
    (5, "B5-005", "防災無線の更新", "総務課", "一般競争", 15400000),
    (6, "B5-006", "給食用食器の購入", "教育課", "指名競争", 880000),
]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("number_header_words")
    (folder / "物品調達結果年度別集計.txt").write_text(_SUMMARY, encoding="utf-8")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Ｒ５調達結果"
    ws.append(["令和５年度　鴫野台村　物品調達結果一覧"])
    ws.append(["単位：円"])
    ws.append(["No.", "調達番号", "件名", "担当課", "調達方式", "契約金額"])
    for row in _ROWS:
        ws.append(list(row))
    wb.save(folder / "令和５年度物品調達結果一覧.xlsx")
    return assistant_over(folder)


@pytest.mark.parametrize("question,value", [("令和５年度の単独調達件数は？", 8), ("令和４年度の単独調達件数は？", 12)])
def test_a_summarys_column_is_not_the_rows_of_a_list_numbered_by_its_word(assistant, question, value) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and answer.value == value, answer.summary
    assert any(u.get("field") == "単独調達件数" for u in answer.understood), answer.understood


def test_the_lists_own_value_counts_its_rows(assistant) -> None:
    answer = ask(assistant, "単独調達って何件あった？")
    assert answer.status == "exact" and answer.count == 3, answer.summary
