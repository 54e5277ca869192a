"""A bureau's mark (「（財）」) said before a department word: its departments, counted or listed, never the
departments listed beside them on the same records (computed from the index's own cells)."""
from __future__ import annotations

import json

import pytest


def _bureau_departments(db, bureau: str) -> set[str]:
    names = set()
    for r in db.query("SELECT departments FROM practice"):
        for d in json.loads(r["departments"] or "[]"):
            if d.startswith((f"({bureau})", f"（{bureau}）")):
                names.add(d)
    return names


@pytest.mark.parametrize("question", ["（財）の担当部署は何種類？", "（財）の部署っていくつある？実践項目の担当で",
                                      "（財）の課はいくつ？"])
def test_the_departments_of_a_bureau_are_counted(assistant, db, question):
    want = _bureau_departments(db, "財")
    assert len(want) >= 2
    answer = assistant.ask(question)
    assert answer.status == "exact", answer.summary
    assert answer.value == len(want)
    assert {r["group"] for r in answer.rows} == want


@pytest.mark.parametrize("question, grade_a, grade_b", [
    ("R4のA評価とB評価、件数の差は？", "A", "B"),
    ("総括の総合評価、Aの実践項目とBの実践項目の件数の差は？", "A", "B"),
])
def test_a_grade_said_alone_on_the_second_side_keeps_the_first_sides_field(assistant, db, question, grade_a, grade_b):
    fld = "r4" if "R4" in question else "overall"
    count = {g: db.execute(f"SELECT count(*) FROM practice WHERE {fld} = ?", [g]).fetchone()[0] for g in "AB"}
    answer = assistant.ask(question)
    assert answer.status == "exact", answer.summary
    assert answer.value == abs(count[grade_a] - count[grade_b])
    assert [r["count"] for r in answer.rows] == [count[grade_a], count[grade_b]]
