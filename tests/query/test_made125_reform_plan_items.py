"""A reform plan's progress sheet whose group rows print only their number and name (「１　組織体制の見直しと人材育成」
merged over the sheet, items 1-① … under them, years of 計画 │ 実績 │ 評価 in words: tests/questions/made125): its
rows are the plan's items (practice) under those groups, 分野 names the groups the document names by no word, the
years' words are each year's entry, the 取組内容 column is the items' 取組内容, a table after the items (負担金) is kept,
and another document's table of the same items (効果額, 番号 │ 項目名) answers as those items."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.kinds.plan_report import measure_sheet
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

DOCS = Path(__file__).parent.parent / "questions" / "made125" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    index = tmp_path_factory.mktemp("made125_items") / "gyokaku.db"
    build_index([DOCS], index)
    return Assistant(open_index(index))


def _codes(answer) -> list[str]:
    return sorted(str(r.get("key", "")).partition(":")[2] for r in answer.rows)


def test_items_are_practice_under_their_groups(assistant):
    assistant.reset()
    answer = assistant.ask("分野２の取組")
    assert answer.status == "exact"
    assert _codes(answer) == ["2-1", "2-2", "2-3", "2-4"]
    assert {r.get("initiative_title") for r in answer.rows} == {"健全な財政運営"}


@pytest.mark.parametrize("question, value", [
    ("R7のS評価が一番多い分野は？", 1),
    ("令和５年度にＣ評価が最も多かった分野はどこ", 4),
])
def test_group_with_most_of_a_grade(assistant, question, value):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact"
    assert str(answer.value) == str(value)


def test_rising_every_year(assistant):
    # (each year the item's report grades above the one before: 3-④ C→B→A, 4-① B→A→S)
    assistant.reset()
    answer = assistant.ask("評価が毎年上がり続けている取組ってある？")
    assert answer.status == "exact"
    assert _codes(answer) == ["3-4", "4-1"]


def test_content_column_is_the_items_content(assistant):
    # (not the years' 計画 「構成団体との協議」 of 2-①)
    assistant.reset()
    answer = assistant.ask("取組内容に「構成団体」って書いてある項目")
    assert answer.status == "exact"
    assert _codes(answer) == ["1-3", "1-4", "4-2", "4-5"]


def test_a_years_result_in_words(assistant):
    assistant.reset()
    answer = assistant.ask("公用車の集約、令和７年度の実績はどうだった？")
    assert "台数削減（３台）" in str(answer.value) and "一部に遅れ" in str(answer.value)


def test_table_after_the_items_is_kept(assistant):
    assistant.reset()
    answer = assistant.ask("令和７年度の構成団体負担金、合計でいくら？")
    assert answer.value == 414300


def test_effect_table_rows_are_the_plans_items(assistant):
    assistant.reset()
    answer = assistant.ask("累計の効果額が大きい順にトップ３")
    assert [str(r.get("key")) for r in answer.rows] == ["practice:1-1", "practice:1-2", "practice:2-4"]


def test_a_numbered_line_heading_no_codes_is_no_group():
    # (「１　…」 over items whose codes open with another number: not the items' group, so no layout of groups)
    lines = ["番号\t改革項目\t担当課\t令和5年度\t\t令和6年度\t",
             "番号\t改革項目\t担当課\t実績\t評価\t実績\t評価",
             "１ 組織体制の見直し",
             "2-1\t事務局組織の再編\t総務課\tx\tA\ty\tB",
             "2-2\t定員管理\t総務課\tx\tB\ty\tA",
             "2-3\t研修\t総務課\tx\tC\ty\tB"]
    assert measure_sheet.layout(lines) is None
    lines[2] = "２ 組織体制の見直し"
    assert measure_sheet.layout(lines) is not None


def test_group_whose_items_one_department_holds(assistant):
    # (分野1: all four items 総務課; 分野4: 企画調整課 ×4 and 業務課, no one department)
    assistant.reset()
    answer = assistant.ask("全部の項目を同じ課が担当している分野ってある？")
    assert answer.status == "exact"
    assert [r.get("title") for r in answer.rows] == ["組織体制の見直しと人材育成"]
