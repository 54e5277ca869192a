"""made132's layouts over its own documents: a workbook of one sheet per 基本方針 (heading row with the plan's period at
its right end), items coded 1-(1)-ア, a 年次計画 block (検討 / 試行 / 実施 / →, the arrow going on with the year before's
stage as the sheet's note says) beside a 進捗状況 block of words of a one-line legend (完了／順調／やや遅れ／遅れ／未着手);
a page listing the same items with their departments, and a cp932 CSV of their yearly 効果額 (some items left out),
both given to the items; and the questions these make answerable."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.kinds.plan_report.cells import legend_scale
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made132" / "docs"


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    path = tmp_path_factory.mktemp("made132") / "g.db"
    build_index([DOCS], path)
    return open_index(path)


def _item(index, code: str) -> dict:
    cur = index.execute("SELECT * FROM practice WHERE code = ?", (code,))
    names = [d[0] for d in cur.description]
    return dict(zip(names, cur.fetchone()))


def test_a_legend_of_words_on_one_line_is_the_scale_best_first():
    lines = ["番号\t取組\t令和５年度\t令和６年度", "1\t甲\t順調\t遅れ", "2\t乙\t完了\tやや遅れ",
             "※進捗状況の区分 完了：取組が完了したもの／順調：計画どおり／やや遅れ：やや遅れている／遅れ：大幅に遅れている"]
    assert legend_scale(lines) == ("完了", "順調", "やや遅れ", "遅れ")


def test_items_of_each_policy_sheet_with_grades_as_words(index):
    assert index.execute("SELECT count(*) FROM practice").fetchone()[0] == 20
    item = _item(index, "1-(1)-イ")
    assert (item["r5"], item["r6"], item["r7"]) == ("やや遅れ", "遅れ", "やや遅れ")
    assert item["initiative"] == "1" and item["item_group"] == "(1) 歳入の確保"
    assert {r[0] for r in index.execute("SELECT code FROM initiative")} == {"1", "2", "3", "4"}


def test_an_arrow_in_the_plan_goes_on_with_the_year_before(index):
    item = _item(index, "2-(1)-ウ")  # 検討 試行 実施 →
    assert json.loads(item["plans"]) == {"R5": "検討", "R6": "試行", "R7": "実施", "R8": "実施"}


def test_the_list_of_departments_and_the_csv_of_amounts_are_the_items(index):
    item = _item(index, "1-(1)-ウ")
    assert json.loads(item["departments"]) == ["シティプロモーション課"] and item["bureau"] == "企画政策部"
    assert json.loads(item["costs_by_year"])["R7"] == {"total_cost": 41300} and item["cost_unit"] == "千円"
    assert _item(index, "2-(1)-イ")["costs_by_year"] in (None, "")  # (not in the CSV: no amount reckoned)


@pytest.mark.parametrize("question, want", [
    ("R6からR7にかけて進捗の評価が下がった取組を教えて", {"1-(2)-イ", "2-(1)-ア", "4-(2)-ア"}),
    ("R6とR7の2年連続で「遅れ」か「やや遅れ」になってる取組は？", {"1-(1)-イ", "1-(2)-イ", "2-(1)-イ", "2-(1)-ウ", "4-(1)-ア"}),
    ("年次計画でR7に「試行」をする予定になっている取組は？", {"2-(1)-イ", "2-(2)-イ"}),
    ("最終年度のR8になってから実施に移る予定の取組はどれ？", {"2-(1)-イ", "2-(2)-イ", "4-(2)-イ"}),
    ("R7は計画上もう実施の年なのに、進捗がやや遅れか遅れになってる取組は？",
     {"1-(1)-イ", "1-(2)-イ", "2-(1)-ア", "2-(1)-ウ", "4-(1)-ア", "4-(2)-ア"}),
])
def test_questions_over_words_plans_and_years(index, question, want):
    answer = Assistant(index).ask(question)
    # (partial only for the 概要版's table holding rows of the same items: every word read)
    assert answer.status in ("exact", "partial") and not answer.unused, answer.summary
    assert {r["code"] for r in answer.rows} == want


def test_the_years_grade_asked_by_the_sheets_own_head(index):
    answer = Assistant(index).ask("未利用市有地の売却・貸付って、R6の進捗はどうだった？")
    assert answer.value == "遅れ", answer.summary


def test_amounts_listed_or_not_and_the_bureaus_holding_them(index):
    assistant = Assistant(index)
    assert assistant.ask("効果額を算定していない取組って何件ある？").count == 8
    answer = assistant.ask("効果額が出ている取組を担当してる部は、いくつある？")
    assert answer.value == 4, answer.summary


def test_a_grade_word_no_rule_reads_is_said_unused(index):
    answer = Assistant(index).ask("進捗が遅れの取組は？")
    assert answer.status == "partial" and "遅れ" in answer.unused


def test_a_years_amounts_added_up_worded_as_asked(index):
    answer = Assistant(index).ask("令和７年度の効果額、全部合わせるといくら？（千円）")
    assert answer.value == 143200, answer.summary
    assert "効果額" in answer.summary and "事業費" not in answer.summary
