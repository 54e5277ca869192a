"""「令和5年度の負担金、社会福祉法人の小計はいくら？」: a column said first as the topic, a comma, then a value of another
the rows stand under (the heading 【社会福祉法人】): the rows' sum of that year's column, the year staying the topic column's
(two measures by year beside it, 負担金 and 補助金, as the table prints). A made-up town, indexed alone."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

# (番号, 団体名, 所管課, 負担金 令和4・5年度, 補助金 令和4・5年度) under each group heading
# (the group's word is in its rows' names too, 社会福祉法人…: the value still picks the heading's rows)
GROUPS = [("社会福祉法人", [("01", "社会福祉法人西原村社会福祉協議会", "福祉課", 12000, 12400, 800, 900),
                         ("02", "社会福祉法人西原福祉会", "福祉課", 1500, 1450, "－", 300)]),
          ("その他の団体", [("03", "西原村体育協会", "生涯学習課", 3000, 3100, 200, 200),
                        ("04", "西原村商工会", "産業振興課", 5200, 5000, "－", "－")])]


def _workbook(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "負担金"
    ws["A1"] = "西原村 各種団体への負担金の状況"
    ws["D2"] = "（単位：千円）"
    for c, v in enumerate(["番号", "団体名", "所管課", "負担金", None, "補助金", None], 1):
        ws.cell(3, c, v)
    ws.merge_cells("D3:E3")
    ws.merge_cells("F3:G3")
    for c, v in zip((4, 5, 6, 7), ("令和4年度", "令和5年度") * 2):
        ws.cell(4, c, v)
    for col in "ABC":
        ws.merge_cells(f"{col}3:{col}4")
    r = 5
    for group, rows in GROUPS:
        ws.cell(r, 1, f"【{group}】")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        for row in rows:
            for c, v in enumerate(row, 1):
                ws.cell(r, c, v)
            r += 1
    wb.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("topic_column_then_value")
    _workbook(folder / "西原村_負担金の状況.xlsx")
    return assistant_over(folder)


def test_topic_column_summed_over_rows_of_a_value(assistant) -> None:
    answer = ask(assistant, "令和5年度の負担金、社会福祉法人の小計はいくら？")
    assert answer.status == "exact" and answer.value is not None and float(answer.value) == 13850, (
        answer.status, answer.value, answer.unused, answer.summary)
