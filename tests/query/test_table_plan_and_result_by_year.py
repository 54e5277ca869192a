"""A staffing table with 計画 | 実績 under each year (a two-row header), its 部局 printed beside each 課 and
alone (a 部 of no 課, its 課等 cell blank) naming the rows, and an outsourcing list whose note says what a
dash means: a row's value of a year and the other measure of that year after it, the years one measure
fell short of the other (of a row, of the rows before, of every row added up), the change to a year said
after a year's value, the note's 未算定 asked 「まだ算定されていない」, an era said of the start column by
its verb. A made-up city, indexed alone."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

HEADS = ["令和３年度", "令和４年度", "令和５年度"]
ROWS = [  # 部局, 課等 ("" where the 部 has no 課: A:B merged), 計画 / 実績 by year
    ("総務部", "総務課", 40, 41, 39, 40, 38, 38),
    ("総務部", "人事課", 20, 20, 20, 21, 19, 20),
    ("総務部", "小計", 60, 61, 59, 61, 57, 58),
    ("市民部", "", 150, 149, 148, 147, 146, 144),
    ("こども部", "", 120, 118, 122, 121, 124, 122),
    ("消防局", "", 300, 301, 302, 300, 304, 303),
    ("合計", "", 630, 629, 631, 629, 631, 627),
]


def _staff_workbook(path) -> None:
    """A sheet as an office makes it: the title, a two-row header (each year over 計画 | 実績), 総務部 merged
    down over its 課, a 部 of no 課 merged across 部局 and 課等, a note under the table."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "定員管理"
    ws["A1"] = "桐ヶ丘市定員管理計画の進捗状況"
    ws["A2"] = "（各年度４月１日現在、単位：人）"
    ws["A4"], ws["B4"] = "部局", "課等"
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:B5")
    for i, head in enumerate(HEADS):
        col = 3 + 2 * i
        ws.cell(4, col, head)
        ws.merge_cells(start_row=4, start_column=col, end_row=4, end_column=col + 1)
        ws.cell(5, col, "計画")
        ws.cell(5, col + 1, "実績")
    for n, row in enumerate(ROWS):
        at = 6 + n
        for col, value in enumerate(row, start=1):
            if value != "":
                ws.cell(at, col, value)
        if row[1] == "":
            ws.merge_cells(start_row=at, start_column=1, end_row=at, end_column=2)
    ws.merge_cells("A6:A8")
    ws.cell(6 + len(ROWS) + 1, 1, "※１ 職員数は正規職員の数です。")
    wb.save(path)


ITAKU = "\n".join([
    "桐ヶ丘市 業務委託の状況",
    "No,業務名,所管課,委託開始年度,効果額(千円)",
    "1,庁舎清掃業務,管財課,平成20年度,5200",
    "2,市民プール運営,スポーツ課,令和6年度,－",
    "3,給食調理業務,学校給食課,令和元年度,31000",
    "4,窓口案内業務,市民課,平成28年度,2100",
    "5,駐輪場管理,交通課,令和7年度,－",
    "※効果額は、直営の経費と委託後の経費の差額。「－」は委託して間もないため未算定。",
    ""])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("plan_and_result")
    _staff_workbook(folder / "桐ヶ丘市_定員管理計画の進捗状況.xlsx")
    (folder / "桐ヶ丘市_業務委託の状況.txt").write_text(ITAKU, encoding="utf-8")
    return assistant_over(folder)


def test_a_row_of_no_member_is_named_by_its_group_and_the_other_measure_of_the_year_follows(assistant) -> None:
    first = ask(assistant, "消防局の令和4年度の職員数（実績）は何人？")
    assert (first.status, first.value) == ("exact", 300), first.summary
    answer = ask(assistant, "消防局の令和4年度の職員数（実績）は何人？", "じゃあ計画は何人だった？")
    assert (answer.status, answer.value) == ("exact", 302), answer.summary


def test_the_years_one_measure_fell_short_of_the_other(assistant) -> None:
    answer = ask(assistant, "こども部の令和3年度の職員数（実績）は？", "実績が計画を下回った年度はいくつある？")
    assert (answer.status, answer.count) == ("exact", 3), answer.summary


def test_the_year_of_the_widest_gap_of_the_total(assistant) -> None:
    answer = ask(assistant, "桐ヶ丘市の職員数の合計で、実績が計画をいちばん大きく下回ったのは何年度ですか。")
    assert answer.status == "exact" and "令和5年度" in str(answer.value), answer.summary


def test_a_change_to_a_year_said_after_a_years_value(assistant) -> None:
    answer = ask(assistant, "市民部の令和3年度の職員数（実績）は？", "令和5年度までに何人減りましたか。")
    assert (answer.status, answer.value) == ("exact", 5), answer.summary


def test_a_dash_a_note_calls_not_yet_done(assistant) -> None:
    answer = ask(assistant, "桐ヶ丘市の業務委託の状況で、効果額がまだ算定されていない業務を教えてください。")
    assert answer.status == "exact" and {r["業務名"] for r in answer.rows} == {"市民プール運営", "駐輪場管理"}, answer.summary


def test_an_era_said_of_the_start_column_by_its_verb(assistant) -> None:
    answer = ask(assistant, "桐ヶ丘市で、令和に入ってから委託を始めた業務はいくつありますか。")
    assert (answer.status, answer.count) == ("exact", 3), answer.summary
