"""The base year said by its word over a workbook marking one year's column as the base (ガス使用量 over
令和元年度（基準） │ 令和4年度 │ 令和5年度) and printing the rate from it (基準年度比削減率):
「令和５年度のガス使用量が基準年度より増えた施設」 compares the two years' columns; 「基準年度から25%以上削減できた
施設は何か所？」 is the rate column's bound (none here: a count of 0, not the rows of some other 25).
Made documents of 桐沢町 (nothing of tests/questions/made181's 柊ノ里町: other years, figures and words)."""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

# 施設番号, 施設名, 令和元年度（基準）, 令和4年度, 令和5年度, 基準年度比削減率（令和５年度）
_FACILITIES = [("G-1", "町役場", 52.0, 47.1, 45.0, 13.5), ("G-2", "桐沢小学校", 33.6, 34.8, 35.2, "▲4.8"),
               ("G-3", "桐沢中学校", 28.1, 25.5, 24.0, 14.6), ("G-4", "給食センター", 61.3, 60.2, 61.9, "▲1.0"),
               ("G-5", "町民会館", 20.4, 18.0, 16.5, 19.1)]


def _workbook(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "ガス使用量"
    ws.cell(1, 1, "町有施設別　ガス使用量の推移")
    ws.cell(2, 1, "単位：千㎥、％")
    for c, v in enumerate(["施設番号", "施設名", "ガス使用量（千㎥）", None, None, "基準年度比削減率（令和５年度）"], 1):
        ws.cell(3, c, v)
    for c, v in enumerate(["令和元年度（基準）", "令和4年度", "令和5年度"], 3):
        ws.cell(4, c, v)
    for c in (1, 2, 6):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=3, end_row=3, end_column=5)
    for r, row in enumerate(_FACILITIES, 5):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    ws.cell(11, 1, "※「▲」は基準年度より使用量が増加したことを示す。")
    wb.save(path)


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    docs = tmp_path_factory.mktemp("kirisawa_docs")
    _workbook(docs / "町有施設別ガス使用量.xlsx")
    index = tmp_path_factory.mktemp("kirisawa_index") / "gyokaku.db"
    build_index([docs], index)
    return Assistant(open_index(index))


def _codes(answer) -> set[str]:
    return {str(r["key"]).split(":", 1)[1] for r in answer.to_dict()["rows"]}


@pytest.mark.parametrize("question", ["令和５年度のガス使用量が基準年度より増えた施設", "基準年度から令和５年度にかけてガス使用量が増えた施設"])
def test_the_base_years_column_compared(town, question):
    town.reset()
    answer = town.ask(question)
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == {"G-2", "G-4"}, answer.summary


def test_a_rate_from_the_base_is_the_rate_column(town):
    town.reset()
    answer = town.ask("基準年度から15%以上削減できた施設")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == {"G-5"}, answer.summary
    town.reset()
    answer = town.ask("基準年度から25%以上削減できた施設は何か所？")
    assert answer.count == 0, answer.summary
