"""An evaluation sheet whose indicators and costs are grids with one column per fiscal year, as a PDF's text
gives them: 活動指標/成果指標 rows of 目標 and 実績 (the 実績 row's first cell blank), then 事業費内訳 rows, the
total and 財源 rows. Read by the grids' shape; the program and its figures are made up."""
from __future__ import annotations

import pytest

from assistant.kinds import registry
from assistant.kinds.program_sheet import loader as program_sheet
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

SHEET = "\n".join([
    "事務事業評価シート（令和8年度実施事業）",
    "事業番号\t2203\t事業名\t地域図書館運営事業",
    "所管課\t生涯学習課\t開始年度\t平成20年度",
    "指標\t区分\t単位\t令和6年度\t令和7年度\t令和8年度",
    "活動指標：開館日数\t目標\t日\t300\t300\t300",
    "\t実績\t日\t296\t300\t290",
    "成果指標：年間貸出冊数\t目標\t冊\t80,000\t82,000\t84,000",
    "\t実績\t冊\t76,000\t83,640\t84,000",
    "事業費内訳（千円）\t令和6年度\t令和7年度\t令和8年度",
    "指定管理料\t20,000\t21,000\t22,500",
    "図書購入費\t3,000\t3,000\t3,200",
    "事業費合計\t23,000\t24,000\t25,700",
    "財源：国県支出金\t1,000\t1,000\t1,000",
    "財源：一般財源\t22,000\t23,000\t24,700",
    "今後の方向性：現状のまま継続",
]) + "\n"


def test_grids_read_by_their_shape():
    assert registry.detect(SHEET) is program_sheet
    doc = program_sheet.parse(SHEET, "sheet.txt")
    program = next(r for r in doc.records if r.kind == "program")
    assert program.fields["costs_by_year"]["R7"] == {"total_cost": 24000, "general_revenue": 23000}
    assert program.fields["cost_unit"] == "千円"
    found = {(r.fields["indicator"], r.fields["year"]): r.fields for r in doc.records if r.kind == "indicator"}
    assert sorted(found) == sorted((n, y) for n in ("開館日数", "年間貸出冊数") for y in ("R6", "R7", "R8"))
    lent = found["年間貸出冊数", "R7"]
    assert (lent["type"], lent["goal"], lent["actual"], lent["unit"], lent["rate"]) == ("成果指標", 82000, 83640, "冊", 102.0)
    assert found["開館日数", "R6"]["rate"] == 98.7
    # every row of the cost grid is text by year
    assert any(p.text.startswith("図書購入費: 令和6年度 3,000") for p in doc.passages)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("grid")
    (folder / "sheet.txt").write_text(SHEET, encoding="utf-8")
    index = folder / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


@pytest.mark.parametrize("question, expected", [
    ("地域図書館運営事業の事務事業評価シートで令和7年度の年間貸出冊数の実績は？", 83640),
    ("地域図書館運営事業の事務事業評価シートで令和7年度の成果指標の達成率は？", 102.0),
    ("地域図書館運営事業の事務事業評価シートで令和8年度の事業費合計は？", 25700),
    ("地域図書館運営事業の事務事業評価シートで令和6年度の一般財源は？", 22000),
])
def test_asked(assistant, question, expected):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert answer.value == expected


def test_a_row_of_the_cost_table_by_its_label(assistant):
    assistant.reset()
    answer = assistant.ask("地域図書館運営事業の事務事業評価シートで指定管理料は令和6年度から令和8年度でいくら増えた？")
    assert answer.status == "exact" and answer.value == 2500, answer.summary
    assistant.reset()
    answer = assistant.ask("地域図書館運営事業の令和8年度の図書購入費は？")
    assert answer.status == "exact" and answer.value == 3200, answer.summary


def test_years_below_target(assistant):
    assistant.reset()
    answer = assistant.ask("地域図書館運営事業の事務事業評価シートで開館日数が目標に届かなかった年度は？")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert sorted(r["year"] for r in answer.rows) == ["R6", "R8"]
    assert "令和6年度" in answer.summary and "令和8年度" in answer.summary


def test_a_figure_printed_only_by_year_asked_without_one(assistant):
    """Which year is meant is unsaid: every year's figure, never 「記載なし」, and not one value claimed."""
    assistant.reset()
    answer = assistant.ask("地域図書館運営事業の事業費は？")
    assert answer.status == "partial" and answer.value is None
    assert "令和6年度 23,000" in answer.summary and "令和8年度 25,700" in answer.summary
