"""「AとB、実践項目が多いのはどっち？」「取組XとY、…平均が高いのは？」「R2とR3、C評価が多かったのは？」: two named
things compared by a count of records or a figure (two_named.py): the winner named with both figures, a tie said as
one, the winner's records where they are asked, and a follow-up going on from the winner."""
from __future__ import annotations

import json


def _departments(db):
    counts = {}
    for r in db.query("SELECT departments FROM practice"):
        for d in json.loads(r["departments"] or "[]"):
            name = d.split(")")[-1]
            counts[name] = counts.get(name, 0) + 1
    return counts


def test_two_departments_by_count(assistant, db):
    counts = _departments(db)
    names = sorted((n for n in counts if sum(1 for m in counts if m == n) == 1), key=lambda n: -counts[n])
    pair = next(((a, b) for a in names for b in names if counts[a] > counts[b] and a not in b and b not in a), None)
    if pair is None:
        return
    a, b = pair
    answer = assistant.ask(f"{b}と{a}、実践項目が多いのはどっち？")
    assert answer.status == "exact" and answer.value == a
    assert f"{counts[a]}件" in answer.summary and f"{counts[b]}件" in answer.summary
    fewer = assistant.ask(f"{b}と{a}、実践項目が少ないのは？")
    assert fewer.value == b


def test_two_years_by_grade_count(assistant, db):
    n = {y: next(iter(db.query(f"SELECT count(*) AS n FROM practice WHERE upper({y}) = 'C'")))["n"] for y in ("r2", "r3")}
    if n["r2"] == n["r3"]:
        return
    answer = assistant.ask("R2とR3、C評価が多かったのはどっちの年？")
    assert answer.value == ("R2" if n["r2"] > n["r3"] else "R3")


def test_two_records_by_average_and_records_asked(assistant, db):
    avg = {r["initiative"]: r["a"] for r in db.query("SELECT initiative, avg(total) AS a FROM practice GROUP BY initiative")}
    pair = next(((a, b) for a in sorted(avg) for b in sorted(avg) if a != b and abs(avg[a] - avg[b]) > 0.01), None)
    if pair is None:
        return
    a, b = pair
    win = a if avg[a] > avg[b] else b
    answer = assistant.ask(f"取組{a}と取組{b}、実践項目の合計点の平均が高いのは？")
    assert answer.status == "exact" and [r.get("code") for r in answer.rows] == [win]
    records = assistant.ask(f"取組{a}と取組{b}、実践項目の合計点の平均が高い方の項目を出して")
    assert records.status == "exact" and records.target == "practice"
    assert {r.get("initiative") for r in records.rows} == {win}


def test_tie_is_said(assistant, db):
    rows = list(db.query("SELECT code, committee_score FROM initiative WHERE committee_score IS NOT NULL ORDER BY code"))
    by = {}
    for r in rows:
        by.setdefault(r["committee_score"], []).append(r["code"])
    tied = next((codes for codes in by.values() if len(codes) >= 2), None)
    if tied is None:
        return
    answer = assistant.ask(f"取組{tied[0]}と取組{tied[1]}、審議会の点が高いのは？")
    assert answer.value == "同じ" and "同じ" in answer.summary
    assert sorted(r.get("code") for r in answer.rows) == sorted(tied[:2])


def test_follow_up_on_the_winner(assistant, db):
    counts = _departments(db)
    names = sorted(counts, key=lambda n: -counts[n])
    if len(names) < 2 or counts[names[0]] == counts[names[1]]:
        return
    a, b = names[0], names[1]
    assistant.ask(f"{a}と{b}、実践項目が多いのは？")
    answer = assistant.ask("じゃあその多い方で、取組終了がR6じゃないものは？")
    assert answer.status == "exact" and answer.rows
    assert all(any(d.endswith(a) for d in r.get("departments") or []) for r in answer.rows)
    assert all(r.get("ended") != "R6" for r in answer.rows)


def test_grammar_examples_read():
    from assistant.query.grammar.aggregates import (TWO_NAMED_COMPARED, TWO_NAMED_COMPARED_EXAMPLES, TWO_NAMED_ENDED,
                                                    TWO_NAMED_ENDED_EXAMPLES)
    from assistant.text.normalize import nfkc

    for said, (a, b, what, way) in TWO_NAMED_COMPARED_EXAMPLES:
        m = TWO_NAMED_COMPARED.match(nfkc(said))
        assert m and (m["a"], m["b"], m["what"], m["dir"]) == (a, b, what, way), said
    for said, (a, b, when) in TWO_NAMED_ENDED_EXAMPLES:
        m = TWO_NAMED_ENDED.match(nfkc(said))
        assert m and (m["a"].strip(), m["b"].strip(), m["when"] or m["when2"]) == (a, b, when), said


def test_which_ended_first(assistant, db):
    rows = list(db.query("SELECT code, ended, ended_month FROM practice WHERE ended IS NOT NULL AND ended_month IS NOT NULL"))
    by_year = {}
    for r in rows:
        by_year.setdefault(r["ended"], []).append(r)
    pair = next(((x, y) for group in by_year.values() for x in group for y in group if x["ended_month"] < y["ended_month"]), None)
    if pair is None:
        return
    first, later = pair
    answer = assistant.ask(f"実践項目{later['code']}と{first['code']}、どっちが先に終わった？")
    assert answer.status == "exact" and [r.get("code") for r in answer.rows] == [first["code"]]
    answer = assistant.ask(f"実践項目{later['code']}と{first['code']}、後に終わったのは？")
    assert [r.get("code") for r in answer.rows] == [later["code"]]
