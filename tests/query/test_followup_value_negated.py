"""A follow-up naming an earlier condition's value with a negation (「逆にR6じゃないのは？」) turns that
condition round and keeps the others; a value no earlier condition holds is read as a question of its own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("first, then, where", [
    ("取組終了がR6の実践項目は何件？", "逆にR6じゃないのは？", "ended IS NULL OR ended != 'R6'"),
    ("R5がAで納税課の実践項目", "Aじゃないのは？", "(r5 IS NULL OR r5 != 'A') AND departments LIKE '%納税課%'"),
])
def test_the_value_said_is_negated(assistant, db, first, then, where):
    want = {r[0] for r in db.execute(f"SELECT code FROM practice WHERE {where}")}
    assistant.ask(first)
    answer = assistant.ask(then)
    assert answer.status == "exact", answer.summary
    assert {r["code"] for r in answer.rows} == want


def test_the_opposite_of_a_change_said_before(assistant, db):
    rank = "CASE {} WHEN 'A' THEN 3 WHEN 'B' THEN 2 WHEN 'C' THEN 1 WHEN 'D' THEN 0 END"
    down = {r[0] for r in db.execute(f"SELECT code FROM practice WHERE {rank.format('r4')} < {rank.format('r2')}")}
    assistant.reset()
    assistant.ask("令和2年度と2022年度をくらべて評価が上がった実践項目を出して")
    answer = assistant.ask("じゃあ逆は？")
    assert answer.status == "exact", answer.summary
    assert {r["code"] for r in answer.rows} == down
