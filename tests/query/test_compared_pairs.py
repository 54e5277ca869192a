"""Comparison frames (grammar/compared_pairs.py, query/compared_pairs.py): two named things and a measure, asked
which wins, the difference, whether they are the same, or which of them holds a condition. Expected answers are
read from the index (the shipped plan) or the made town's documents (made146), never written here."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.text.normalize import nfkc
from tests.conversation_helpers import assistant_over

ROOT = Path(__file__).resolve().parents[2]


def test_every_frame_reads_its_examples():
    from assistant.query.grammar.compared_pairs import FRAMES, HOLDS, OF_THE_ANSWER_BEFORE

    every = FRAMES + HOLDS + (OF_THE_ANSWER_BEFORE,)  # (in the order they are tried)
    for frame in every:
        for said, (a, b, what, way) in frame.examples:
            m = next((x for x in (f.compiled.match(nfkc(said)) for f in every) if x is not None), None)
            assert m is not None and m.re is frame.compiled, (frame.name, said)
            got = (m["a"].strip(), m["b"].strip(), (m.groupdict().get("what") or m.groupdict().get("cond") or "").strip(),
                   m.groupdict().get("dir") or m.groupdict().get("rank") or "")
            assert got == (nfkc(a), nfkc(b), nfkc(what), way), (frame.name, said, got)


def _pair(db, sql, differ=True):
    rows = [(r["code"], r["v"]) for r in db.query(sql) if r["v"] is not None]
    return next(((x, y) for x in rows for y in rows if x[0] != y[0] and (x[1] != y[1]) == differ), None)


def test_difference_of_two_records_is_positive(assistant, db):
    pair = _pair(db, "SELECT code, total AS v FROM practice WHERE code NOT LIKE 'N%' ORDER BY CAST(code AS INT)")
    (a, va), (b, vb) = pair
    answer = assistant.ask(f"実践項目{a}と{b}の合計点の差は？")
    assert answer.status == "exact" and answer.value == abs(va - vb)


def test_same_value_says_the_value(assistant, db):
    pair = _pair(db, "SELECT code, committee_score AS v FROM initiative ORDER BY CAST(code AS INT)", differ=False)
    (a, va), (b, _) = pair
    answer = assistant.ask(f"取組項目{a}と{b}、委員評価は同じ？何点？")
    assert answer.status == "exact" and answer.value == va and "同じ" in answer.summary


def test_which_is_higher_answers_the_code(assistant, db):
    (a, va), (b, vb) = _pair(db, "SELECT code, committee_score AS v FROM initiative ORDER BY CAST(code AS INT)")
    answer = assistant.ask(f"取組項目{a}と{b}の委員評価の平均はどちらが高い？")
    assert answer.status == "exact" and answer.value == (a if va > vb else b)


def test_measure_said_before_the_pair(assistant, db):
    n = {y: next(iter(db.query(f"SELECT count(*) AS n FROM practice WHERE upper({y}) = 'C'")))["n"] for y in ("r2", "r3")}
    answer = assistant.ask("C評価の実践項目はR2とR3ではどっちが多い？")
    if n["r2"] == n["r3"]:
        assert answer.value == "同じ" and answer.count == n["r2"]
    else:
        assert answer.status == "exact" and answer.value == ("R2" if n["r2"] > n["r3"] else "R3")


def test_which_of_two_holds_a_condition(assistant, db):
    grades = {r["code"]: r["r5"] for r in db.query("SELECT code, r5 FROM practice WHERE code NOT LIKE 'N%'")}
    pair = next(((x, y) for x in grades for y in grades if grades[x] == "A" and grades[y] in ("B", "C")), None)
    a_hold, b_not = pair
    answer = assistant.ask(f"実践項目{b_not}と{a_hold}、令和5年度にA評価だったのはどっち？")
    assert answer.status == "exact" and answer.value == a_hold


def test_a_side_that_names_nothing_is_no_winner(assistant):
    answer = assistant.ask("実践項目1と存在しない謎の項目、令和5年度にA評価だったのはどっち？")
    assert answer.status != "exact" or answer.value is None


@pytest.fixture(scope="module")
def subsidies(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made146_pairs")
    for doc in (ROOT / "tests" / "questions" / "made146" / "docs").iterdir():
        shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


def _budget_and_points(assistant, code):
    points = assistant.ask(f"{code}の評価点は？")
    budget = assistant.ask(f"{code}のR7予算は？")
    assert points.status == "exact" and budget.status == "exact"
    return float(points.value), float(budget.value)


def test_another_towns_records_compared_by_a_table_figure(subsidies):
    (pa, ba), (pb, bb) = _budget_and_points(subsidies, "H-101"), _budget_and_points(subsidies, "H-203")
    more = subsidies.ask("H-101とH-203ではどっちがR7予算が多い？")
    assert more.status == "exact" and more.value == ("H-101" if ba > bb else "H-203")
    gap = subsidies.ask("H-101とH-203の評価点の差は？")
    assert gap.status == "exact" and gap.value == abs(pa - pb)
    unknown = subsidies.ask("H-101とH-999ではどっちが評価点が高い？")
    assert unknown.status == "partial" and unknown.value is None and "H-999" in unknown.summary


def test_same_month_is_read_from_the_month_printed(assistant, db):
    rows = list(db.query("SELECT code, ended_month AS m FROM practice WHERE ended_month IS NOT NULL AND code NOT LIKE 'N%'"
                         " ORDER BY CAST(code AS INT)"))
    by = {}
    for r in rows:
        by.setdefault(r["m"], []).append(r["code"])
    same = next(codes for codes in by.values() if len(codes) >= 2)
    other = next(r["code"] for r in rows if r["m"] != rows[[x["code"] for x in rows].index(same[0])]["m"])
    answer = assistant.ask(f"実践項目{same[0]}と{same[1]}の取組終了は同じ月？")
    year, month = (int(x) for x in next(m for m, c in by.items() if c is same).split("-"))
    assert answer.status == "exact" and f"{month}月" in str(answer.value) and "同じ" in answer.summary
    differ = assistant.ask(f"実践項目{same[0]}と{other}の取組終了は同じ月？")
    assert differ.value == "違う"


def test_two_values_of_one_record_the_same_or_not(assistant):
    name = "東南部都市連絡調整会議事業"
    total, burden = (assistant.ask(f"{name}の{w}は？") for w in ("総事業費", "市の実質負担額"))
    assert total.status == "exact" and burden.status == "exact"
    answer = assistant.ask(f"{name}の総事業費と市の実質負担額は同じ？いくら？")
    assert answer.status == "exact"
    assert answer.value == (total.value if total.value == burden.value else "違う")


def test_which_of_two_is_in_the_answer_before(assistant, db):
    listed = assistant.ask("取組項目12の実践項目は？")
    inside = {str(r["code"]) for r in listed.rows}
    out = next(r["code"] for r in db.query("SELECT code FROM practice WHERE code NOT LIKE 'N%' ORDER BY CAST(code AS INT)")
               if str(r["code"]) not in inside)
    one = sorted(c for c in inside if not c.startswith("N"))[0]
    answer = assistant.ask(f"実践項目{out}と実践項目{one}ではどっち？")
    assert answer.value == one and answer.status == ("exact" if listed.status == "exact" else "partial")


def test_a_value_against_another_of_the_same_record(assistant):
    said = "まんまるよやく利用者登録数の令和4年度"
    result, target = (assistant.ask(f"{said}{w}は？") for w in ("実績", "目標値"))
    assert result.status == "exact" and target.status == "exact"
    answer = assistant.ask(f"{said}実績は目標値といくつ違う？")
    assert answer.status == "exact" and answer.value == abs(float(result.value) - float(target.value))
