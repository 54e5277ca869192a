"""An auditor's bounds (paraphrases109): the mean of all said with how many records it is over, 「少なくとも一度は」,
「…を含めてそれ以前」, a tie said to be answered in full, some one of several scores, a grade field's worst grade."""
from __future__ import annotations

from assistant.query.conversation import Assistant


def _codes(answer) -> set[str]:
    return {r["code"] for r in answer.rows}


def test_mean_said_with_the_number_of_records(db):
    """「委員評価が22取組の平均を下回っている」: 22 is how many records the mean is over, no score."""
    plain = Assistant(db).ask("委員評価が平均を下回っている取組項目は何件？")
    said = Assistant(db).ask("委員評価が22取組の平均を下回っている取組項目は何件？")
    assert said.value == plain.value and said.value > 0 and said.status == "exact"
    assert not any(c["field"] == "committee_score" and c["op"] == "=" for c in said.query["conditions"])


def test_at_least_once_within_a_span(db):
    """「R2～R5のうち少なくとも一度はＣ」: some year of the span graded C (the summary grade is no year)."""
    want = db.execute("SELECT count(*) FROM practice WHERE 'C' IN (upper(coalesce(r2,'')), upper(coalesce(r3,'')),"
                      " upper(coalesce(r4,'')), upper(coalesce(r5,'')))").fetchone()[0]
    answer = Assistant(db).ask("R2～R5のうち少なくとも一度はＣがついた実践項目は何件？")
    assert answer.value == want and answer.status == "exact"


def test_year_included_then_earlier(db):
    """「令和３年度を含めてそれ以前に取組終了した」 is 令和3年度以前."""
    want = db.execute("SELECT count(*) FROM practice WHERE ended IN ('R2', 'R3')").fetchone()[0]
    assert Assistant(db).ask("令和３年度を含めてそれ以前に取組終了した実践項目は何件？").value == want


def test_ties_said_in_brackets(db):
    """「（同数なら全部）」 is no condition: every record of the top size is answered anyway."""
    plain = Assistant(db).ask("実践項目数がいちばん多い取組項目は？")
    said = Assistant(db).ask("実践項目数がいちばん多い取組項目は？（同数なら全部）")
    assert _codes(said) == _codes(plain) and len(_codes(said)) >= 1 and said.status == "exact"


def test_some_one_of_several_scores(db):
    """「進捗度・連携度・効率性・創造性のどれか一つでも１点がある」: any of the four."""
    want = {r["code"] for r in db.query("SELECT code FROM practice WHERE 1 IN (progress, collaboration, efficiency, creativity)")}
    answer = Assistant(db).ask("進捗度・連携度・効率性・創造性のどれか一つでも１点がある実践項目を挙げて")
    assert want and _codes(answer) == want


def test_worst_grade_then_its_records(db):
    """「総合評価で一番低いのはどのランク？」→「その評価になっている実践項目は？」: the worst letter, then its records."""
    grades = {r["overall"] for r in db.query("SELECT overall FROM practice WHERE overall IN ('A', 'B', 'C', 'D')")}
    worst = max(grades)  # (D is below C, below B, …)
    a = Assistant(db)
    first = a.ask("総括の総合評価で一番低いのはどのランク？")
    assert first.value == worst
    want = {r["code"] for r in db.query("SELECT code FROM practice WHERE overall = ?", (worst,))}
    assert _codes(a.ask("その評価になっている実践項目は？")) == want

