"""A review list of a made-up village's projects (not made127's words, years or codes): a workbook whose caption says
（単位：千円） and whose two-row header puts each year's amount under 予算額, the lower row saying what each figure is
in brackets (「Ｒ５（決算）」「Ｒ６（当初）」「Ｒ７（見込）」). The bracket is no unit: 「1,000万円以上」 is 10,000 千円; the
bracket's word said after the year (「R7見込」「R7見込額」) names that year's column; 「R7見込がR6と同額／より増える」
compares the one figure's columns of the two years, each of its own year."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

# (bureau, code, name, course, R5, R6, R7)
ROWS = [
    ("総務部", "K-11", "庁舎清掃業務", "手法改善", 4_100, 4_300, 3_600),
    ("総務部", "K-12", "広聴事業", "継続", 1_500, 1_650, 1_650),
    ("総務部", "K-13", "村報発行事業", "縮小", 11_000, 11_400, 8_200),
    ("福祉部", "K-21", "配食サービス事業", "継続", 9_800, 10_500, 11_200),
    ("福祉部", "K-22", "入浴券交付事業", "廃止", 2_300, 2_250, 0),
    ("福祉部", "K-23", "子育て相談事業", "継続", 6_000, 6_400, 6_400),
]


def _workbook(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "見直し一覧"
    ws["A1"] = "令和６年度 椎ノ木村 事業見直し一覧"
    ws.merge_cells("A1:H1")
    ws["H2"] = "（単位：千円）"
    for col, (top, sub) in enumerate(zip(
            ["部", "事業番号", "事業名", "見直し区分", "予算額", "", "", "備考"],
            ["部", "事業番号", "事業名", "見直し区分", "Ｒ５（決算）", "Ｒ６（当初）", "Ｒ７（見込）", "備考"]), 1):
        ws.cell(3, col, top)
        ws.cell(4, col, sub)
    ws.merge_cells("E3:G3")
    for col in (1, 2, 3, 4, 8):
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    for n, (bureau, code, name, course, r5, r6, r7) in enumerate(ROWS, 5):
        for col, v in enumerate((bureau, code, name, course, r5, r6, r7), 1):
            ws.cell(n, col, v).number_format = "#,##0"
    wb.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("budget_years_bracketed")
    _workbook(folder / "事業見直し一覧.xlsx")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("number") or r.get("code")) for r in answer.rows)


@pytest.mark.parametrize("question,codes", [
    # the caption's 千円 is the unit of every year's amount, the bracket only what the figure is
    ("R6予算が1,000万円以上の事業は？", ["K-13", "K-21"]),
    ("R6当初予算が1,000万円以上の事業は？", ["K-13", "K-21"]),
    # the bracket's word after the year names that year's column; a year said alone against it, the same figure's
    ("R7見込がR6と同額の事業は？", ["K-12", "K-23"]),
    ("R7見込がR6より増える事業は？", ["K-21"]),
    ("継続なのにR7見込がR6より減る事業は？", []),
    # 「今回の見直しで」: the occasion the documents are of, no word of the rows (asker_context.py)
    ("今回の見直しで廃止になる事業を全部教えて", ["K-22"]),
])
def test_year_columns_said_by_their_bracket(assistant, question, codes) -> None:
    answer = ask(assistant, question)
    assert answer.status in ("exact", "no_match") and not answer.unused and _codes(answer) == codes, \
        (answer.status, answer.unused, _codes(answer), answer.summary)


def test_amount_of_a_year_summed_and_averaged(assistant) -> None:
    answer = ask(assistant, "福祉部のR7見込額の合計は何千円？")
    assert answer.status == "exact" and answer.value == 17_600, (answer.status, answer.value, answer.summary)
    answer = ask(assistant, "継続の事業のR7見込額の平均は？千円単位で小数点以下四捨五入で")
    assert answer.status == "exact" and answer.value == 6_417, (answer.status, answer.value, answer.summary)


def test_change_of_a_group_said_as_its_whole(assistant) -> None:
    # 「福祉部全体で」: the rows' total change between the two years' columns, no list of the rows that fell
    answer = ask(assistant, "福祉部全体で、R7見込はR6当初から何千円減る？")
    assert answer.status == "exact" and answer.value == 1_550, (answer.status, answer.value, answer.summary)


def test_largest_group_said_count_first(assistant) -> None:
    # 「一番件数が多い区分はどれ」: the count is what is compared, the group asked (most_before_count)
    answer = ask(assistant, "見直し区分で一番件数が多い区分はどれ？")
    assert answer.status == "exact" and answer.value == "継続", (answer.status, answer.value, answer.summary)
    answer = ask(assistant, "一番多い見直し区分は何件？")
    assert answer.status == "exact" and answer.value == 3, (answer.status, answer.value, answer.summary)
