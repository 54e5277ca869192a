"""「5年度の水道使用量が多い順に2つ」 over a workbook of facilities by year (水道使用量 over 平成29年度（基準） │ 令和3年度 │
令和4年度 │ 令和5年度) beside a report of the same year whose table has a row per year (年度 │ 水道使用量):
- the era-less year is of the one era holding that year (令和5年度: the index holds H29 and R3–R5, no H5);
- ranking by the year's figure ranks the facilities by that year's column, not the report's rows of years (one row
  left once the year picks it, or all years ranked once the year is read as the report's own).
Made documents of 楢岡村 (nothing of tests/questions/made181's 柊ノ里町: other years, figures and words)."""
from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from assistant.query.conversation import Assistant
from assistant.query.grammar.years import inherit_eras
from assistant.store.build import build_index
from assistant.store.search import open_index

# 施設番号, 施設名, 平成29年度（基準）, 令和3年度, 令和4年度, 令和5年度
_FACILITIES = [("A1", "村役場", 41.2, 38.0, 37.5, 36.9), ("A2", "楢岡診療所", 12.5, 13.1, 12.8, 12.2),
               ("B1", "楢岡小学校", 30.4, 25.2, 27.9, 28.4), ("B2", "楢岡中学校", 26.0, 24.8, 24.1, 23.7),
               ("C1", "村民センター", 18.3, 16.9, 16.2, 17.5)]
_REPORT = """■令和５年度　楢岡村水道使用量の状況（概要）
　　　　　　　　　　　　　　　　　　　　　　令和６年７月　楢岡村住民生活課

■１　使用量の推移
　村有施設の水道使用量は次のとおり（単位：千㎥）。

年度\t水道使用量（千㎥）\t水道料金（千円）
平成２９年度（基準）\t128.4\t21,400
令和元年度\t126.0\t21,050
令和２年度\t119.7\t20,480
令和３年度\t117.9\t20,330
令和４年度\t118.5\t20,610
令和５年度\t118.7\t20,980

■２　今後の取組
　節水型機器への更新を進める。
"""


def _workbook(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "水道使用量"
    ws.cell(1, 1, "村有施設別　水道使用量の推移")
    ws.cell(2, 1, "単位：千㎥")
    for c, v in enumerate(["施設番号", "施設名", "水道使用量（千㎥）"], 1):
        ws.cell(3, c, v)
    for c, v in enumerate(["平成29年度（基準）", "令和3年度", "令和4年度", "令和5年度"], 3):
        ws.cell(4, c, v)
    for c in (1, 2):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=3, end_row=3, end_column=6)
    for r, row in enumerate(_FACILITIES, 5):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    wb.save(path)


@pytest.fixture(scope="module")
def village(tmp_path_factory):
    docs = tmp_path_factory.mktemp("naraoka_docs")
    _workbook(docs / "村有施設別水道使用量（H29～R5）.xlsx")
    (docs / "令和５年度_水道使用量の状況（概要）.txt").write_text(_REPORT, encoding="utf-8")
    index = tmp_path_factory.mktemp("naraoka_index") / "gyokaku.db"
    build_index([docs], index)
    return Assistant(open_index(index))


def _codes(answer) -> list[str]:
    return [str(r["key"]).split(":", 1)[1] for r in answer.to_dict()["rows"]]


def test_eraless_year_of_the_one_era_holding_it():
    assert inherit_eras("5年度の水道使用量", "", {"H29", "R3", "R4", "R5"}) == "令和5年度の水道使用量"
    # (both eras hold a 4th year: which one is not said)
    assert inherit_eras("4年度の水道使用量", "", {"H4", "R4"}) == "4年度の水道使用量"


@pytest.mark.parametrize("question", ["5年度の水道使用量が多い順に2つ", "令和5年度の水道使用量が多い順に2つ"])
def test_facilities_ranked_by_the_years_column(village, question):
    village.reset()
    answer = village.ask(question)
    assert answer.status == "exact", answer.summary
    assert _codes(answer)[:2] == ["A1", "B1"], answer.summary


def test_the_reports_year_rows_still_answer_their_own_year(village):
    village.reset()
    answer = village.ask("令和５年度の水道料金は？")
    assert answer.status == "exact", answer.summary
    assert "20,980" in answer.summary, answer.summary
