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
