"""A made-up town's staff counts by 職種 (not made140's words, years or divisions): a workbook whose header cell
「職種」 is merged across two columns and down both header rows (the group in the first column, merged down over
its rows, the part in the second), each day 「Ｒ４.4.1」 merged over 計画値 | 実績, a 小計 row per group.
Both header rows are the header (R4.4.1計画値, R4.4.1実績); the day leading a header names its fiscal year's
column (R6 is 「Ｒ６.4.1」); the unnamed second column names the rows, which 「職種」 asks (the parts, not the
groups' 小計), and the groups' 小計 stay theirs (「一般職の小計」)."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

# (group, part, [(plan, actual) for R4, R5, R6])
ROWS = [
    ("一般職", "事務", [(60, 60), (58, 59), (56, 58)]),
    ("一般職", "技術", [(30, 30), (29, 28), (28, 27)]),
    ("一般職", "保健", [(12, 12), (12, 13), (12, 12)]),
    ("専門職", "保育", [(40, 40), (38, 39), (36, 38)]),
    ("専門職", "看護", [(25, 25), (25, 24), (24, 24)]),
]


def _workbook(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "職種別職員数"
    ws["A1"] = "梢ヶ谷町 職種別職員数の推移"
    ws.merge_cells("A1:H1")
    ws["H2"] = "（単位：人）"
    ws["A3"] = "職種"
    ws.merge_cells("A3:B4")
    for n, day in enumerate(["Ｒ４.4.1", "Ｒ５.4.1", "Ｒ６.4.1"]):
        col = 3 + 2 * n
        ws.cell(3, col, day)
        ws.merge_cells(start_row=3, start_column=col, end_row=3, end_column=col + 1)
        ws.cell(4, col, "計画値")
        ws.cell(4, col + 1, "実績")
    row = 5
    for group in ("一般職", "専門職"):
        first = row
        parts = [r for r in ROWS if r[0] == group]
        for _, part, figures in parts:
            ws.cell(row, 1, group)
            ws.cell(row, 2, part)
            for n, (plan, actual) in enumerate(figures):
                ws.cell(row, 3 + 2 * n, plan)
                ws.cell(row, 4 + 2 * n, actual)
            row += 1
        ws.cell(row, 1, group)
        ws.cell(row, 2, "小計")
        for n in range(3):
            ws.cell(row, 3 + 2 * n, sum(p[2][n][0] for p in parts))
            ws.cell(row, 4 + 2 * n, sum(p[2][n][1] for p in parts))
        ws.merge_cells(start_row=first, start_column=1, end_row=row, end_column=1)
        row += 1
    wb.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("two_level_division_header")
    _workbook(folder / "職種別職員数.xlsx")
    return assistant_over(folder)


def _names(answer) -> list[str]:
    return sorted(str(r.get("title") or r.get("name") or "") for r in answer.rows)


@pytest.mark.parametrize("question,names", [
    ("R6で実績が計画値を上回っている職種は？", ["事務", "保育"]),
    ("R5で実績が計画値を下回っていた職種は？", ["技術", "看護"]),
])
def test_parts_named_by_the_unnamed_column(assistant, question, names) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and not answer.unused, (answer.status, answer.unused, answer.summary)
    assert all(any(n in str(r) for r in answer.rows) for n in names) and len(answer.rows) == len(names), \
        (answer.summary, answer.rows)


def test_a_day_leading_the_header_names_its_year(assistant) -> None:
    answer = ask(assistant, "保育の令和５年４月１日現在の職員数（実績）は？")
    assert answer.status == "exact" and answer.value == 39, (answer.status, answer.value, answer.summary)
