"""「実践項目の総合評価が全部Aの取組項目」「実践項目にAが1つもない取組項目」: groups read over their items' grades."""
from __future__ import annotations

from tests.conversation_helpers import ask


def _codes(answer) -> set[str]:
    return {str(r["code"]) for r in answer.rows}


def test_all_and_none_of_the_items_split_the_groups(assistant):
    every = ask(assistant, "実践項目の総合評価がすべてAの取組項目")
    none = ask(assistant, "実践項目にA評価が1つもない取組項目")
    assert every.status == "exact" and none.status == "exact", (every.summary, none.summary)
    assert every.target == "initiative" and _codes(every) and _codes(none)
    assert not _codes(every) & _codes(none)
    # each group answered holds only (no) A items
    items = ask(assistant, "総合評価がAの実践項目")
    a_groups = {str(r["initiative"]) for r in items.rows}
    assert _codes(every) <= a_groups and not _codes(none) & a_groups


def test_counted_and_said_of_one_year(assistant):
    counted = ask(assistant, "実践項目にA評価が一つもない取組項目は何件？")
    assert counted.status == "exact" and counted.value == len(_codes(ask(assistant, "実践項目にA評価が1つもない取組項目")))
    year = ask(assistant, "実践項目のR5評価がすべてAの取組項目")
    assert year.status == "exact" and "R5" in year.summary, year.summary
