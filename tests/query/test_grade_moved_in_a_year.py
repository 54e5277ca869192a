"""「R2にAだったのにR3に評価が下がった」「令和2年度にA取ってたのに次の年に評価が下がった」: a move said with the one
year it happened in is that year's grade against the year before it (grammar grade_moved_in_year), not a move in any
year; a grade said as one a record got (A取ってた) is that year's grade."""
from __future__ import annotations

from tests.conversation_helpers import ask


def _keys(answer) -> set[str]:
    return {str(r.get("key")) for r in answer.rows}


def _fell_into(db, year: str, before: str, grade: str) -> set[str]:
    order = "SABCD"
    return {f"practice:{r['code']}" for r in db.query(f"SELECT code, {before} AS b, {year} AS y FROM practice")
            if r["b"] == grade and r["y"] in order and order.index(r["y"]) > order.index(grade)}


def test_move_said_with_its_year_compares_that_year_with_the_one_before(assistant, db):
    want = _fell_into(db, "r3", "r2", "A")
    assert want
    answer = ask(assistant, "R2にAだったのにR3に評価が下がった実践項目")
    assert answer.status == "exact", answer.summary
    assert _keys(answer) == want, answer.summary
    # (a record that fell from A only in a later year is not among them)
    later = {f"practice:{r['code']}" for r in db.query("SELECT code FROM practice WHERE r2 = 'A' AND r3 = 'A' AND r4 IN ('B', 'C')")}
    assert not later & _keys(answer)


def test_next_year_said_and_grade_got(assistant, db):
    answer = ask(assistant, "令和2年度にA取ってたのに次の年に評価が下がっちゃった項目ある？")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert _keys(answer) == _fell_into(db, "r3", "r2", "A"), answer.summary
