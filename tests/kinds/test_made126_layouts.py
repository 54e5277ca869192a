"""made126's layouts over its own documents: a progress sheet of two rows per item (計画 / 実績 in a 区分 column,
several 担当課 one a line, the grade on the result row only) beside a sheet of joint projects; a rotated PDF
table whose header merges 進捗状況 and 財政効果額 over years; a Word table of each year's 評価 │ 意見; a web page
of procedures with a column of the year each went online beside columns of the report's own year."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made126" / "docs"


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    path = tmp_path_factory.mktemp("made126") / "g.db"
    build_index([DOCS], path)
    return open_index(path)


def test_two_rows_per_item_read_as_one_item(index):
    rows = index.execute("SELECT code, departments, r8, r9, line FROM practice ORDER BY line").fetchall()
    assert len(rows) == 20
    code, departments, r8, r9, line = rows[0]
    assert (code, r8, r9) == ("I-1", "B", "A")
    assert departments == '["資産活用課", "行政経営課"]'  # (two 課 one a line: the first the main one)
    figures = index.execute("SELECT goal, actual FROM sheet_value WHERE practice = 'II-4' AND year = 'R9'").fetchone()
    assert tuple(figures) == (15, 6)


def test_joint_projects_sheet_after_the_progress_table_is_kept(index):
    codes = [r[0] for r in index.execute("SELECT code FROM joint_project ORDER BY line")]
    assert codes == [f"連-{n}" for n in range(1, 9)]


def test_result_under_plan_said_as_plan(index):
    # 実績 < 計画 in 2026: the 計画 row's figure is the sheet's target
    answer = Assistant(index).ask("R8に実績が計画を下回った実施項目はいくつ？")
    assert answer.status == "exact" and answer.count == 10, answer.summary


def test_figures_compared_of_items_picked_before(index):
    assistant = Assistant(index)
    assistant.ask("人事課が主に担当している実施項目は？")
    answer = assistant.ask("そのうち2027年度に実績が目標を上回ったのは？")
    # (the first turn named no document while two hold such rows: the follow-up says so again, partial)
    assert answer.status == "partial" and "どの資料" in answer.summary, answer.summary
    assert [r["code"] for r in answer.rows] == ["III-4"], answer.summary


def test_rotated_table_header_of_two_rows(index):
    cells = index.execute("SELECT cells FROM table_row WHERE source LIKE '%.pdf' AND cells LIKE '%補助金の見直し%'").fetchone()[0]
    assert '"進捗状況2027年度": "×"' in cells and '"財政効果額累計": "10,400"' in cells


def test_follow_up_keeps_rows_read_as_items(index):
    assistant = Assistant(index)
    assistant.ask("2027年度の進捗が◎の実施項目は？")
    answer = assistant.ask("そのうち主担当課が人事課のものは？")
    assert [r["key"] for r in answer.to_dict()["rows"]] == ["practice:III-4"], answer.summary


def test_year_of_the_act_a_column_is_named_by(index):
    answer = Assistant(index).ask("令和９年度にオンライン化された手続は何件？")
    assert answer.count == 13, answer.summary


def test_each_years_opinion_is_a_comment(index):
    keys = [r[0] for r in index.execute("SELECT code FROM comment WHERE practice = 'III-3' ORDER BY n")]
    assert keys == ["III-3-1", "III-3-2"]
    answer = Assistant(index).ask("窓口について触れている委員の意見は？")
    assert {r["practice"] for r in answer.rows} >= {"II-2", "II-4"}, answer.summary


def test_own_share_compared_in_the_unit_printed(index):
    answer = Assistant(index).ask("本市負担金が1,000万円以上の連携事業は？")
    assert [r["code"] for r in answer.rows] == ["連-1", "連-2", "連-4"], answer.summary


def test_records_said_before_the_order(index):
    answer = Assistant(index).ask("本市負担金が小さい連携事業を順に3つ挙げて")
    assert [r["code"] for r in answer.rows] == ["連-8", "連-7", "連-6"], answer.summary


def test_main_department_is_the_first_of_several(index):
    # (Ⅱ-3 lists 情報政策課, 行政経営課, 人事課: 人事課 takes part, but is not its main department)
    assistant = Assistant(index)
    assert [r["code"] for r in assistant.ask("人事課が担当している実施項目は？").rows] == ["II-3", "III-1", "III-2", "III-3", "III-4"]
    answer = Assistant(index).ask("主担当課が人事課の実施項目はどれ？")
    assert [r["code"] for r in answer.rows] == ["III-1", "III-2", "III-3", "III-4"], answer.summary


def test_departments_counted_by_their_counter(index):
    # (every 課 a cell lists, one a line: 14 different ones over the 20 items)
    answer = Assistant(index).ask("実施項目の担当課は全部で何課？")
    assert answer.value == 14, answer.summary
