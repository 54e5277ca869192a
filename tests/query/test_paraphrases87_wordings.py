"""Wordings of the paraphrases87 set that no grammar example covers: a verb's ending cut off from the noun a
rule took (「取組終了してるの、」), two counts said with commas (「…の数と、…の数、差は」), a joint project's
「もう実施してる？」 and a body's average said short (審議会平均)."""
from __future__ import annotations


def test_verb_ending_after_a_taken_noun_is_no_keyword(assistant, db):
    """「取組終了してるの、」: cut from 取組終了, 「したの、」 reads as 下|の; it is the verb's ending, nothing to find."""
    want = db.execute("SELECT count(*) FROM practice WHERE ended IN ('R2', 'R3')").fetchone()[0]
    for question in ("令和3年度までに取組終了してるの、何件ある？", "R3までに取組終了したの、何件？"):
        answer = assistant.ask(question)
        assert answer.status == "exact" and answer.count == want, answer.summary
        assert not any(c.get("field") == "text" for c in answer.understood)


def test_two_counts_said_with_commas(assistant, db):
    a, b = (db.execute(f"SELECT count(*) FROM practice WHERE {y} = 'C'").fetchone()[0] for y in ("r2", "r3"))
    answer = assistant.ask("R2でCついてた実践項目の数と、R3でCの数、差はいくつ？")
    assert answer.status == "exact" and answer.value == abs(a - b), answer.summary


def test_whether_a_joint_project_is_done_says_its_plan_when_blank(assistant, db):
    code, planned = db.execute("SELECT code, planned FROM joint_project WHERE coalesce(done, '') = '' "
                               "AND coalesce(planned, '') <> '' ORDER BY line LIMIT 1").fetchone()
    title = db.execute("SELECT title FROM joint_project WHERE code = ?", [code]).fetchone()[0]
    answer = assistant.ask(f"{title}って、もう実施してる？")
    assert answer.status == "exact" and answer.summary.startswith("いいえ") and planned in answer.summary
    done_title = db.execute("SELECT title FROM joint_project WHERE coalesce(done, '') <> '' ORDER BY line LIMIT 1").fetchone()[0]
    assert assistant.ask(f"{done_title}って、もう実施してる？").summary.startswith("はい")


def test_a_bodys_average_said_short_is_the_committee_score(assistant, db):
    want = sorted(r[0] for r in db.execute("SELECT key FROM initiative WHERE committee_score <= 3.9 AND self_overall = 'A'"))
    answer = assistant.ask("担当部署の自己評価Aなのに、審議会平均3.9以下だった取組")
    assert answer.status == "exact" and sorted(r["key"] for r in answer.rows) == want, answer.summary


def test_full_marks_said_with_its_number_is_left_to_the_score_rules():
    from assistant.query.grammar.phrasings import PHRASINGS

    gloss = next(p for p in PHRASINGS if p.name == "full_marks_group_gloss")
    assert gloss.apply("合計点が12点満点のもの") == "合計点が12点満点のもの"


def test_full_marks_group_and_a_department_left_out(assistant, db):
    want = sorted(r[0] for r in db.execute("SELECT key FROM practice WHERE total = 12 AND departments NOT LIKE '%行政監理室%'"))
    answer = assistant.ask("合計12点の満点組、行政監理室担当のは外して")
    assert answer.status == "exact" and sorted(r["key"] for r in answer.rows) == want, answer.summary
