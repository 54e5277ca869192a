"""「実践項目がいちばん多い取組項目は」→「それって何件？」: the figure the top records hold, not a count of records."""
from __future__ import annotations


def test_the_figure_of_the_records_found_highest(assistant, db):
    top = db.execute("SELECT max(n_practice) FROM initiative").fetchone()[0]
    assistant.ask("実践項目がいちばん多くぶら下がってる取組項目は")
    answer = assistant.ask("それって何件？")
    assert answer.status == "exact" and answer.value == top


def test_a_count_after_a_plain_list_is_still_a_count(assistant, db):
    n = db.execute("SELECT count(*) FROM practice WHERE overall = 'A'").fetchone()[0]
    assistant.ask("総合評価がAの実践項目")
    assert assistant.ask("何件？").value == n


def test_its_figure_asked_with_its_name(assistant, db):
    low = db.execute("SELECT min(committee_score) FROM initiative").fetchone()[0]
    assistant.ask("委員評価が一番低い取組項目は？")
    answer = assistant.ask("その点数は")
    assert answer.status == "exact" and answer.value == low


def test_which_records_the_top_figure_was_of(assistant, db):
    top = db.execute("SELECT max(n_practice) FROM initiative").fetchone()[0]
    want = {r[0] for r in db.execute("SELECT code FROM initiative WHERE n_practice = ?", [top])}
    assistant.ask("実践項目がいちばん多い取組項目は何件ある？")
    answer = assistant.ask("それどの取組項目？")
    assert answer.status == "exact"
    assert {r["code"] for r in answer.rows} == want
