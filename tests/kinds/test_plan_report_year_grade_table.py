"""A plan report printing its items in ONE long table of yearly grades under group rows (year_grade_table.py), its
header repeated over the next page, and its committee's paper with a members' score table under each Roman-numbered
heading (opinion_paper.py, member_scores.py): read by their shape, asked by year, state, group and score."""
from __future__ import annotations

import pytest

from assistant.kinds.plan_report import loader as plan_report
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

HEADER = "番号\t取組内容\t所管\t評価\t\t\t状況\n\t\t\t2031\t2032\t2033"
REPORT = f"""湖畔町 行政改革実行計画 取組評価報告書
3 取組ごとの評価
{HEADER}
基本目標Ⅰ 窓口サービスの改善
Ⅰ-1-(1)\t証明書のコンビニ交付を始め、休日にも取得できるようにする\t住民課\t○\t◎\t－\t終了
Ⅰ-1-(2)\t窓口予約を導入し、待ち時間を減らす\t総務課／情報課\t△\t○\t◎\t継続中
- 1 -

{HEADER}
基本目標Ⅱ 歳入の確保
Ⅱ-1-(1)\t町税の口座振替を勧め、収納率を上げる\t税務課\t－\t△\t○\t継続中
Ⅱ-1-(2)\t遊休地を貸し付け、維持管理費を減らす\t財産課\t○\t○\t○\t継続中
評価の記号 ◎：計画を上回った ○：計画どおり △：遅れている
－：評価対象外（取組開始前または終了後）
"""

PAPER = """湖畔町行政改革推進懇話会 意見書

基本目標Ⅰ　窓口サービスの改善

■ 委員ごとの点数（10点満点）

委員A\t委員B\t委員C\t平均
9\t7\t8\t8.0

■ 委員の意見
(1)　コンビニ交付は利用が伸びている。
(2)　窓口予約の周知を進めてほしい。

基本目標Ⅱ　歳入の確保

■ 委員ごとの点数（10点満点）

委員A\t委員B\t委員C\t平均
6\t5\t7\t6.0

■ 委員の意見
(1)　口座振替の勧奨は始まったばかりである。
"""


def test_one_long_table_is_the_items():
    doc = plan_report.parse(REPORT, "report.txt")
    items = {r.code: r.fields for r in doc.records if r.kind == "practice"}
    assert sorted(items) == ["I-1-(1)", "I-1-(2)", "II-1-(1)", "II-1-(2)"]
    first = items["I-1-(1)"]
    assert (first["r13"], first["r14"], first["r15"], first["state"], first["ended"]) == ("○", "◎", "-", "終了", "R14")
    assert items["I-1-(2)"]["departments"] == ["総務課", "情報課"]
    assert items["II-1-(1)"]["started"] == "R14" and items["II-1-(1)"]["initiative"] == "II"
    groups = {r.code: r.fields for r in doc.records if r.kind == "initiative"}
    assert groups["II"]["title"] == "歳入の確保" and groups["II"]["called"] == "基本目標"


def test_paper_scores_each_heading_by_its_members():
    doc = plan_report.parse(PAPER, "paper.txt")
    groups = {r.code: r.fields for r in doc.records if r.kind == "initiative"}
    assert groups["I"]["committee_score"] == 8.0 and groups["I"]["axes"] == {"委員A": 9, "委員B": 7, "委員C": 8}
    assert groups["I"]["committee_scale"] == 10.0
    opinions = [r.fields["text"] for r in doc.records if r.kind == "comment" and r.fields["initiative"] == "I"]
    assert opinions == ["コンビニ交付は利用が伸びている。", "窓口予約の周知を進めてほしい。"]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("year_grade_table")
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    (folder / "paper.txt").write_text(PAPER, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _codes(answer) -> list[str]:
    return sorted(str(r["code"]) for r in answer.rows)


def test_asked_by_year_group_and_score(assistant):
    answer = assistant.ask("令和15年度に◎だった取組は？")
    assert (answer.status, _codes(answer)) == ("exact", ["I-1-(2)"]), answer.summary
    assistant.reset()
    answer = assistant.ask("情報課の取組は？")
    assert _codes(answer) == ["I-1-(2)"], answer.summary
    assistant.reset()
    answer = assistant.ask("基本目標Ⅱの取組は？")
    assert _codes(answer) == ["II-1-(1)", "II-1-(2)"], answer.summary
    assistant.reset()
    answer = assistant.ask("懇話会の平均が7点に届かなかった基本目標は？")
    assert (answer.status, _codes(answer)) == ("exact", ["II"]), answer.summary
