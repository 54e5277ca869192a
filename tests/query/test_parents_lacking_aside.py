"""「C評価が一つもない取組は？（R2〜R5と総括、項目ベースで）」: the children meant said in an aside; the parents none of
whose children got the grade in any year said or the summing-up (computed from the index's cells)."""
from __future__ import annotations


def test_parents_none_of_whose_items_got_the_grade(assistant, db):
    rows = db.query("SELECT initiative, r2, r3, r4, r5, overall FROM practice")
    holding = {str(r["initiative"]) for r in rows if "C" in (r["r2"], r["r3"], r["r4"], r["r5"], r["overall"])}
    every = {str(r["code"]) for r in db.query("SELECT code FROM initiative")}
    want = every - holding
    assert want and holding
    answer = assistant.ask("C評価が一つもない取組は？（R2〜R5と総括、項目ベースで）")
    assert answer.status == "exact", answer.summary
    assert {str(r["code"]) for r in answer.rows} == want
