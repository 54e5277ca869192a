"""made123's layouts over its own documents: a members list naming 「県」 (no bare name to find before every の),
a Word list numbered automatically (重点事項 1–8 in no paragraph's text), status icons of a web page
(<img alt="◎">), and cases one a row saved as a quoted CSV."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made123" / "docs"


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    path = tmp_path_factory.mktemp("made123") / "g.db"
    build_index([DOCS], path)
    return open_index(path)


def test_suffix_only_member_is_no_bare_name_before_no(index):
    answer = Assistant(index).ask("アクションプランの取組（A-01〜）で、R6の評価がＡだったのは？")
    assert "県" not in answer.question and "「県」の資料" not in answer.summary, answer.summary


def test_auto_numbered_points_answer_by_number(index):
    rows = index.execute("SELECT number FROM item WHERE text LIKE '%捜索%' AND heading LIKE '%重点事項%'").fetchall()
    assert [r[0] for r in rows] == ["5"]


def test_icon_marks_answer_a_years_state(index):
    assistant = Assistant(index)
    assistant.ask("連携事業で、令和６年度が◎だったのは？")
    answer = assistant.ask("その中で磯辺村が参加しているのは？")
    assert len(answer.rows) == 1 and "県・市町合同滞納整理" in answer.summary, answer.summary


def test_cases_of_a_csv_export(index):
    answer = Assistant(index).ask("他自治体の事例のうち、令和３年度以降に導入したのはどこ？")
    assert [r["key"] for r in answer.rows] == ["case_study:2", "case_study:5", "case_study:7", "case_study:8"], answer.summary


def test_cross_table_of_named_columns_is_a_row_per_column(index):
    # 年度・区分 over three label columns (年度 × 区分 × 調定額/収納額/収納率), the taxes across: a row per tax
    names = [r[0] for r in index.execute(
        "SELECT json_extract(cells, '$.区分') FROM table_row WHERE cells LIKE '%令和6年度現年度分収納率%' ORDER BY line")]
    assert names == ["個人市民税", "法人市民税", "固定資産税", "都市計画税", "軽自動車税", "国民健康保険税"]
    answer = Assistant(index).ask("R6の現年度分の収納率が一番低いのは？")
    assert answer.value == 94.1 and "国民健康保険税" in answer.summary, answer.summary
    answer = Assistant(index).ask("固定資産税の現年度分収納率は、令和４年度から６年度で何ポイント上がった？")
    assert answer.value == 0.3, answer.summary


def test_number_alone_over_its_wrapped_title_opens_the_item(index):
    # 「(4)」 on a line of its own, its long title wrapped under it by the two-column PDF
    rows = index.execute("SELECT number, title FROM item WHERE source LIKE '%.pdf' AND title LIKE '%後期高齢者%'").fetchall()
    assert [tuple(r) for r in rows] == [("4", "後期高齢者医療保険料の収納対策(国保年金課)")]


def test_months_counted_by_their_counter(index):
    answer = Assistant(index).ask("催告書の発送件数が1,000件を超えた月は何か月あった？")
    assert answer.count == 6, answer.summary


def test_other_municipalities_asked_by_what_they_do_are_the_cases(index):
    answer = Assistant(index).ask("SMSを使った取組をしている他自治体は？")
    assert answer.status == "exact" and [r["code"] for r in answer.rows] == ["3", "5"], answer.summary


def test_neither_mark_in_both_years(index):
    # (「◎でも○でもなかった」: every other mark in each year said, grammar/formal_wordings.py neither_mark)
    answer = Assistant(index).ask("R5もR6も◎でも○でもなかった連携事業は？")
    assert answer.status == "exact" and sorted(r["key"] for r in answer.to_dict()["rows"]) == [
        "joint_project:5", "joint_project:6", "joint_project:7"], answer.summary


def test_pillar_rows_keyed_by_their_roman_numeral(index):
    # (柱 │ 柱の名称 over Ⅰ…Ⅲ: the rows are the plan's pillars, keyed by their numeral, read.py _code_column_of_name)
    answer = Assistant(index).ask("柱別評価点がR5からR6で下がった柱は？")
    assert [r["key"] for r in answer.to_dict()["rows"]] == ["initiative:III"], answer.summary


def test_month_span_over_rows_of_months(index):
    answer = Assistant(index).ask("令和７年１月から３月までの財産調査件数を合計すると？")
    assert answer.value == 1410 and answer.count == 3, answer.summary
