"""One aggregate over two groups of one condition, and their difference (「AとBで…の平均はどれくらい違う」)."""
from __future__ import annotations

import statistics

import pytest


def _mean(db, table: str, fld: str, where: str, value: str) -> float:
    return statistics.fmean(r[fld] for r in db.query(f"SELECT {fld} FROM {table} WHERE {where} = ?", [value])
                            if r[fld] is not None)


@pytest.mark.parametrize("question, sign", [
    ("担当部署の自己評価がAの取組項目とBの取組項目で、審議会評価平均はどれくらい違う？", 1),
    ("自己評価がAとBで委員評価の平均の差は", 1),
    ("自己評価がAの取組項目はBの取組項目より委員評価の平均が何点高い？", 1),
    ("自己評価がBの取組項目はAの取組項目より委員評価の平均がどれくらい低い", 1),
    ("自己評価Aの取組項目とBの取組項目の委員評価平均の差", 1),
    ("A評価とB評価の取組項目で委員評価の平均を比べると差はいくつ", 1),
    ("委員評価の平均は、自己評価Aの取組項目とBの取組項目でどのくらい違う？", 1),
    ("自己評価がAの取組項目の委員評価の平均は、Bの取組項目より何点高い？", 1),
])
def test_difference_of_two_averages(assistant, db, question, sign):
    want = _mean(db, "initiative", "committee_score", "self_overall", "A") - \
        _mean(db, "initiative", "committee_score", "self_overall", "B")
    answer = assistant.ask(question)
    assert answer.status == "exact", answer.summary
    assert answer.value == pytest.approx(sign * want, abs=0.006)
    assert [r["group"] for r in answer.rows] == sorted("AB", key=question.index)  # as the question says them


def test_difference_of_two_counts(assistant, db):
    a, b = (db.execute("SELECT count(*) FROM practice WHERE r4 = ?", [g]).fetchone()[0] for g in "AB")
    answer = assistant.ask("R4がAの実践項目とBの実践項目で件数はどれくらい違う")
    assert answer.status == "exact" and answer.value == abs(a - b)


def test_without_a_condition_for_the_first_value_the_second_is_said_unused(assistant):
    """「AとBで合計点の平均の差」 with nothing A could be a value of: never a confident number."""
    answer = assistant.ask("AとBで合計点の平均の差は")
    assert answer.status != "exact"


def test_counts_of_two_years_said_as_one_value_first(assistant, db):
    """「R4とR5で評価がAの実践項目の件数の差」: the first side is R4 with the rest of the second side."""
    a, b = (db.execute(f"SELECT count(*) FROM practice WHERE {y} = 'A'").fetchone()[0] for y in ("r4", "r5"))
    answer = assistant.ask("R4とR5で評価がAの実践項目の件数の差")
    assert answer.status == "exact" and answer.value == abs(a - b)


def test_a_difference_no_rule_read_is_never_dropped(assistant):
    answer = assistant.ask("テーマが財政の取組項目とICTの取組項目で委員評価の平均の差")
    assert answer.status != "exact" and "差" in answer.unused


def test_two_departments_are_two_groups(assistant, db):
    """「納税課と収税課で実践項目の数の差」: each department's own items (the second is not the first again)."""
    import json

    def items(name: str) -> int:
        return sum(any(d.endswith(name) for d in json.loads(r["departments"] or "[]"))  # 「(財)納税課」
                   for r in db.query("SELECT departments FROM practice"))

    answer = assistant.ask("納税課と市民税課で実践項目の数の差は")
    assert answer.status == "exact" and answer.value == abs(items("納税課") - items("市民税課"))
    assert [r["count"] for r in answer.rows] == [items("納税課"), items("市民税課")]


def _count(db, sql: str, args=()) -> int:
    return db.execute(f"SELECT count(*) FROM {sql}", list(args)).fetchone()[0]


def test_which_of_two_counts_is_larger(assistant, db):
    """「AとB、どっちが多い？」: the side with more records is the value, both counts shown."""
    a, b = _count(db, "practice WHERE r2 = 'A'"), _count(db, "practice WHERE r5 = 'A'")
    answer = assistant.ask("R2でAの実践項目とR5でAの実践項目、どっちが多い？")
    assert answer.status == "exact", answer.summary
    assert [r["count"] for r in answer.rows] == [a, b]
    assert answer.value == ("R2でAの実践項目" if a > b else "R5でAの実践項目")
    fewer = assistant.ask("R2でAの実践項目とR5でAの実践項目、どちらのほうが少ない？")
    assert fewer.value == ("R5でAの実践項目" if a > b else "R2でAの実践項目")


def test_which_of_two_groups_has_more_of_a_kind(assistant, db):
    """「納税部会と教育部会、どっちが事業が多い？」: what is counted is said after the two groups."""
    a, b = (_count(db, "joint_project WHERE subcommittee = ?", [g]) for g in ("納税部会", "教育部会"))
    answer = assistant.ask("納税部会と教育部会、どっちが事業が多い？")
    assert answer.status == "exact" and [r["count"] for r in answer.rows] == [a, b]


def test_a_bound_said_alone_stands_for_the_first_side_with_it(assistant, db):
    """「委員評価4以上の取組項目は4未満より何件多い」: 4未満 is the first side with that bound."""
    a = _count(db, "initiative WHERE committee_score >= 4")
    b = _count(db, "initiative WHERE committee_score < 4")
    answer = assistant.ask("委員評価4以上の取組項目は4未満より何件多い")
    assert answer.status == "exact" and answer.value == a - b


def test_a_count_said_as_a_word_ending_in_su(assistant, db):
    """「納税部会の事業数」 (no field of that name) counts the records; 「取組項目1の実践項目数」 is a field."""
    a, b = (_count(db, "joint_project WHERE subcommittee = ?", [g]) for g in ("納税部会", "教育部会"))
    answer = assistant.ask("納税部会の事業数と教育部会の事業数の差")
    assert answer.status == "exact" and answer.value == abs(a - b)
    n1, n2 = (db.execute("SELECT n_practice FROM initiative WHERE code = ?", [c]).fetchone()[0] for c in "12")
    fields = assistant.ask("取組項目1の実践項目数と取組項目2の実践項目数の差")
    assert fields.status == "exact" and fields.value == abs(n1 - n2)
    assert [r["code"] for r in fields.rows] == ["1", "2"]


def test_which_side_then_how_far_apart(assistant, db):
    """「…AとBだとどっちが多い？多い方は何件差？」: the difference is what is asked last, both counts shown."""
    a = _count(db, "practice WHERE initiative = '12' AND overall = 'A'")
    b = _count(db, "practice WHERE initiative = '12' AND overall = 'B'")
    answer = assistant.ask("No.12の実践項目、総合評価AとBだとどっちが多い？多い方は何件差？")
    assert answer.status == "exact", answer.summary
    assert [r["count"] for r in answer.rows] == [a, b]
    assert answer.value == abs(a - b)


def test_extreme_within_an_initiative_said_with_no(assistant, db):
    """「No.12の実践項目の中で、合計点がいちばん高いのは」: the dot of No. is no decimal point; the number stays."""
    top = db.execute("SELECT max(total) FROM practice WHERE initiative = '12'").fetchone()[0]
    want = {r[0] for r in db.execute("SELECT code FROM practice WHERE initiative = '12' AND total = ?", [top])}
    answer = assistant.ask("No.12の実践項目の中で、合計点がいちばん高いのはどれ？")
    assert answer.status == "exact" and {r["code"] for r in answer.rows} == want


def test_both_extremes_asked_are_both_answered(assistant, db):
    # 「審議会評価平均の最高点と最低点は？」: the two values, no difference (and 最低 is no word of the text);
    # 「22の取組全体で平均すると」 after it is the average of them all
    scores = [r[0] for r in db.execute("SELECT committee_score FROM initiative WHERE committee_score IS NOT NULL")]
    answer = assistant.ask("審議会評価平均の最高点と最低点は？")
    assert answer.status == "exact" and answer.value is None
    assert f"{max(scores):g}" in answer.summary and f"{min(scores):g}" in answer.summary
    assert not any(c["field"] == "text" for c in answer.understood)
    answer = assistant.ask("22の取組全体で平均するとどうなる？")
    assert answer.status == "exact" and abs(answer.value - statistics.fmean(scores)) < 0.01
