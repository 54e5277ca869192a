"""A ledger of machines grouped by 部 (a merged 【部】 row above each group's rows, 「○○部　小計」 after them) whose
所管課 prints each unit in full (上水道課): 「上水道の機械」 is said of 上水道課's rows (the unit without its 課), and
the 小計 rows are no machines (counted, averaged or listed they would be one more each). Made document of 柚木沢町
(nothing of tests/questions/made184's 榛ノ台市 公用車: other town, columns and years)."""
from __future__ import annotations

import pytest
from openpyxl import Workbook

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

# 部 → rows of 機械番号, 所管課, 機種, 稼働時間 R4, R5
_GROUPS = {"都市整備部": [("K-01", "道路維持課", "除雪ドーザ", 120, 135), ("K-02", "道路維持課", "ロータリー除雪車", 210, 190),
                     ("K-03", "公園緑地課", "草刈機", 60, 75)],
           "上下水道部": [("K-11", "上水道課", "可搬式発電機", 14, 22), ("K-12", "下水処理課", "高圧洗浄車", 95, 88),
                     ("K-13", "下水処理課", "汚泥運搬車", 140, 150)]}


def _ledger(path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "機械台帳"
    ws.cell(1, 1, "柚木沢町 作業機械台帳（部別）")
    for c, v in enumerate(["機械番号", "所管課", "機種", "稼働時間（時間）", None], 1):
        ws.cell(3, c, v)
    ws.cell(4, 4, "令和４年度")
    ws.cell(4, 5, "令和５年度")
    for c in (1, 2, 3):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=4, end_row=3, end_column=5)
    r = 5
    for group, rows in _GROUPS.items():
        ws.cell(r, 1, f"【{group}】")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        r += 1
        for row in rows:
            for c, v in enumerate(row, 1):
                ws.cell(r, c, v)
            r += 1
        ws.cell(r, 1, f"{group}\u3000小計")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 3, f"{len(rows)}台")  # (the group's count where the 機種 is printed, hours not summed: 「－」)
        ws.cell(r, 4, "－")
        ws.cell(r, 5, "－")
        r += 1
    wb.save(path)


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    docs = tmp_path_factory.mktemp("yunokizawa_units_docs")
    _ledger(docs / "作業機械台帳.xlsx")
    index = tmp_path_factory.mktemp("yunokizawa_units_index") / "gyokaku.db"
    build_index([docs], index)
    return Assistant(open_index(index))


def _numbers(answer) -> set[str]:
    return {str(r.get("機械番号") or r.get("key")) for r in answer.to_dict()["rows"]}


def test_unit_said_without_its_ka(town):
    town.reset()
    answer = town.ask("下水処理の機械の令和５年度の稼働時間は？")
    assert answer.status == "exact", answer.summary
    assert _numbers(answer) == {"K-12", "K-13"}, answer.summary


@pytest.mark.parametrize("question, numbers", [
    ("上下水道部の機械", {"K-11", "K-12", "K-13"}),
    ("令和４年度の稼働時間が100時間以上の機械", {"K-01", "K-02", "K-13"}),
    ("機種が除雪ドーザの機械", {"K-01"}),
])
def test_group_subtotal_is_no_row(town, question, numbers):
    # (the 小計 row holds the 部 too: 「上下水道部の機械」 would list it beside the machines)
    town.reset()
    answer = town.ask(question)
    assert answer.status == "exact", answer.summary
    assert _numbers(answer) == numbers, answer.summary
