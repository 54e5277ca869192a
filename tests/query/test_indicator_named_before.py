"""An indicator named in a question (with の between its words) stays the one asked in the follow-up about a year,
and 「実際の数」 is its 実績."""
from __future__ import annotations


def test_indicator_of_the_previous_question_kept(assistant, db):
    name, program = db.execute("SELECT indicator, program FROM indicator WHERE actual IS NOT NULL "
                               "AND indicator LIKE '%利用者登録数%'").fetchone()
    year, actual = db.execute("SELECT year_label, actual FROM indicator WHERE indicator = ? AND actual IS NOT NULL",
                              (name,)).fetchone()
    title = db.execute("SELECT name FROM program WHERE code = ?", (program,)).fetchone()[0]
    spoken = name.replace("利用者登録数", "の利用者登録数")
    assistant.ask(f"{title}、{spoken}の目標は何件？")
    answer = assistant.ask(f"{year}の実際の数は？")
    assert answer.value == actual, answer.summary
