"""A share is of the records the question (「…のうち」) or the answer before (「そのうち」) narrowed to, not of
every record of the kind; a grade said alone in it is of the one year already said."""
from __future__ import annotations

import pytest


def _count(db, where: str) -> int:
    return db.execute(f"SELECT count(*) FROM practice WHERE {where}").fetchone()[0]


@pytest.mark.parametrize("turns", [
    ("令和５年度の評価がついてる実践項目のうち、Ａは何％？",),
    ("R5の評価がある実践項目", "そのうちAは何％？"),
])
def test_the_share_of_a_grade_within_the_year_graded(assistant, db, turns):
    graded = _count(db, "r5 IN ('A', 'B', 'C', 'D', 'S')")
    want = round(100 * _count(db, "r5 = 'A'") / graded, 1)
    for turn in turns:
        answer = assistant.ask(turn)
    assert answer.status == "exact", answer.summary
    assert answer.value == want
    assert f"{graded}件のうち" in answer.summary


def test_a_share_of_every_record_when_none_are_named(assistant, db):
    want = round(100 * _count(db, "overall = 'A'") / _count(db, "1"), 1)
    assert assistant.ask("実践項目のうち、総合評価がAは何％？").value == want


@pytest.mark.parametrize("turns", [
    ("まんまるよやくの利用者登録数、2022年度の実績と計画値の差は？",),
    ("まんまるよやくの利用者登録数、2022年度の実績は？", "計画値との差は？"),
])
def test_the_actual_less_the_planned_figure(assistant, db, turns):
    row = db.execute("SELECT plan, actual FROM indicator WHERE indicator = 'まんまるよやく利用者登録数' AND year = 'R4'").fetchone()
    for turn in turns:
        answer = assistant.ask(turn)
    assert answer.status == "exact", answer.summary
    assert answer.value == row[1] - row[0]


@pytest.mark.parametrize("question", ["実践項目15のR3の進捗度は？", "実践項目15の令和3年度の進捗度は？"])
def test_a_score_said_right_after_a_year_is_that_years_self_evaluation(assistant, db, question):
    want = db.execute("SELECT progress FROM self_eval WHERE practice = '15' AND year = 'R3'").fetchone()[0]
    answer = assistant.ask(question)
    assert answer.status == "exact", answer.summary
    assert answer.value == want


@pytest.mark.parametrize("question, where", [
    ("実践項目のうち総合評価がA・Bだった割合は何％", "overall IN ('A', 'B')"),
    ("取組が終わってる割合は何%", "coalesce(ended, '') <> ''"),
])
def test_a_share_asked_after_a_clause_is_a_share_not_a_keyword(assistant, db, question, where):
    want = round(100 * _count(db, where) / _count(db, "1"), 1)
    answer = assistant.ask(question)
    assert answer.status == "exact", answer.summary
    assert answer.value == want
    assert not any(c.get("value") == "割合" for c in answer.understood)
