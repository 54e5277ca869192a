"""A made-up town's subsidy review workbook (not made178's words, years or codes): the sheet's title, then a row
naming the office with 「（単位：千円）」 at its far end, a blank row, then the table. The unit on that row is the table's
numbers' even past the blank row (a row holding only the unit was read so; a title row holding it too was not,
and 「1,000千円未満」 was compared as 1,000,000 against figures printed in 千円: every row matched, confidently)."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

# (code, name, office, R5, R6, course)
ROWS = [
    ("21", "老人会連合会補助金", "福祉課", 1_250, 1_180, "縮小"),
    ("22", "地区体育協会補助金", "生涯学習課", 640, 620, "継続"),
    ("23", "観光協会運営費補助金", "商工観光課", 5_400, 5_600, "継続"),
    ("24", "生ごみ処理機購入補助金", "環境課", 310, 280, "廃止"),
    ("25", "婦人防火クラブ補助金", "消防総務課", 900, 1_020, "縮小"),
    ("26", "商店街街路灯補助金", "商工観光課", 2_200, 2_150, "継続"),
]


def _workbook(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "見直し結果"
    ws["A1"] = "令和７年度　鴫野台町 補助金見直し結果一覧"
    ws["A2"] = "鴫野台町　総合政策課"
    ws["J2"] = "（単位：千円）"
    for col, (top, sub) in enumerate(zip(
            ["番号", "補助金名", "担当課", "交付先", "補助種別", "交付額", "", "見直し区分", "備考", "摘要", "見直し内容"],
            ["番号", "補助金名", "担当課", "交付先", "補助種別", "令和５年度", "令和６年度", "見直し区分", "備考", "摘要", "見直し内容"]), 1):
        ws.cell(4, col, top)
        ws.cell(5, col, sub)
    ws.merge_cells("F4:G4")
    for col in (1, 2, 3, 4, 5, 8, 9, 10, 11):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    n = 6
    for i, (code, name, office, r5, r6, course) in enumerate(ROWS):
        if i % 3 == 0:  # the rows under their 分野, each group's name on a row of its own
            ws.cell(n, 1, ("１　福祉分野", "２　産業分野")[i // 3])
            n += 1
        for col, v in enumerate((code, name, office, "町内団体", "運営費", r5, r6, course), 1):
            ws.cell(n, col, v).number_format = "#,##0"
        n += 1
    wb.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("unit_on_title_row")
    _workbook(folder / "補助金見直し結果一覧.xlsx")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("number") or r.get("code")) for r in answer.rows)


@pytest.mark.parametrize("turns,codes", [
    (["令和6年度の交付額が1,000千円未満の補助金"], ["22", "24"]),
    (["6年度の交付額が1,000千円未満の補助金", "そのうち縮小か廃止のものに絞って"], ["24"]),
    (["令和５年度の交付額が100万円以上の補助金は？"], ["21", "23", "26"]),
])
def test_the_unit_at_the_end_of_the_title_row_is_the_tables(assistant, turns, codes) -> None:
    answer = ask(assistant, *turns)
    assert answer.status in ("exact", "no_match") and not answer.unused and _codes(answer) == codes, \
        (answer.status, answer.unused, _codes(answer), answer.summary)
