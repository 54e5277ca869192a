"""An evaluation sheet (a PDF's text) whose tables print the fiscal years as columns: a cost table
(区分 │ 令和元年度決算 │ 令和2年度決算 │ 令和3年度決算) with its rows' labels carrying their unit
(総事業費（円）), indicator tables headed 区分 over the years with rows 計画 / 実績 / 達成率（%）, its
department labelled 担当課, its grade 総合評価, an indicator's unit cut from its name at the closing
bracket. Then the figure of one settled year asked, and another year asked as a follow-up.

The city, its years and its figures are made up."""
from __future__ import annotations

import pytest

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.kinds.program_sheet import loader as program_sheet
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

TEXT = "\n".join([
    "令和3年度 事務事業評価シート（桜川市）",
    "事務事業コード\t3010203\t事業名\t両毛地域観光連携事業",
    "担当部\t経済部\t担当課\t観光課",
    "開始年度\t平成28年度\t終了年度\tなし",
    "事業の概要\t近隣3市で観光ルートを共同で宣伝する。",
    "■ コストの推移",
    "区分\t令和元年度決算\t令和2年度決算\t令和3年度決算",
    "総事業費（円）\t1,200,000\t1,350,000\t1,500,000",
    "特定財源（円）\t0\t300,000\t400,000",
    "市の実質負担額（円）\t1,200,000\t1,050,000\t1,100,000",
    "■ 指標",
    "活動指標\t共同宣伝の回数（回）",
    "\t区分\t令和元年度\t令和2年度\t令和3年度",
    "\t計画\t6\t6\t8",
    "\t実績\t5\t6\t9",
    "\t達成率（%）\t83.3\t100.0\t112.5",
    "成果指標\t観光ルートの利用者数（人\t）",
    "\t区分\t令和元年度\t令和2年度\t令和3年度",
    "\t計画\t1,000\t1,200\t1,400",
    "\t実績\t900\t1,300\t1,250",
    "\t達成率（%）\t90.0\t108.3\t89.3",
    "■ 評価",
    "総合評価\tB（概ね順調）",
    "今後の方向性\t継続",
]) + "\n"
SOURCE = "桜川市_事務事業評価シート.txt"


def test_the_sheet_reads_its_tables_by_the_rows_kinds():
    text = to_text(TEXT.encode("utf-8"), SOURCE).text
    assert registry.detect(text) is program_sheet
    doc = program_sheet.parse(text, SOURCE)
    program = next(r.fields for r in doc.records if r.kind == "program")
    assert program["section"] == "観光課" and program["evaluation"] == "B（概ね順調）"
    assert (program["settlement_year"], program["total_cost"], program["city_burden"]) == ("R3", 1500000, 1100000)
    assert program["costs_by_year"]["R2"] == {"total_cost": 1350000, "specific_revenue": 300000, "city_burden": 1050000}
    indicators = [r.fields for r in doc.records if r.kind == "indicator"]
    assert [(f["type"], f["year"], f["plan"], f["actual"], f["rate"]) for f in indicators] == [
        ("活動指標", "R1", 6, 5, 83.3), ("活動指標", "R2", 6, 6, 100.0), ("活動指標", "R3", 8, 9, 112.5),
        ("成果指標", "R1", 1000, 900, 90.0), ("成果指標", "R2", 1200, 1300, 108.3), ("成果指標", "R3", 1400, 1250, 89.3)]
    assert indicators[3]["indicator"] == "観光ルートの利用者数（人）"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sakuragawa_sheet")
    (folder / SOURCE).write_text(TEXT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_a_settled_year_then_another_as_a_follow_up(assistant):
    assistant.reset()
    first = assistant.ask("桜川市の両毛地域観光連携事業、令和2年度決算の総事業費は？")
    assert first.value == 1350000, first.summary
    again = assistant.ask("じゃあ令和3年度は？")
    assert again.target == "program" and again.value == 1500000, again.summary
