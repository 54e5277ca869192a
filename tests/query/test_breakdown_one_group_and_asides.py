"""Wordings of the paraphrases86 set read at the conversation's level: a breakdown held to one of its groups
and counted (that group's count), a year's grade asked with は left out (「評価なんだった」), and someone
else's quoted question (「…って聞かれたんだけど、」) read as its topic. Expectations are counted from the index."""
from __future__ import annotations


def test_a_breakdown_held_to_one_group_is_its_count(assistant, db):
    year = db.execute("SELECT ended FROM practice WHERE ended <> '' GROUP BY ended ORDER BY ended LIMIT 1").fetchone()[0]
    want = db.execute("SELECT count(*) FROM practice WHERE ended = ?", [year]).fetchone()[0]
    answer = assistant.ask(f"取組終了の内訳でいうと、{year}で終わったのは何件？")
    assert answer.status == "exact", answer.summary
    assert answer.value == want and answer.count == want


def test_a_years_grade_asked_without_wa(assistant, db):
    code, title, grade = db.execute("SELECT code, title, r2 FROM practice WHERE r2 IN ('A', 'B', 'C') "
                                    "AND code GLOB '[0-9]*' ORDER BY line LIMIT 1").fetchone()
    answer = assistant.ask(f"{title}って令和2年度の評価なんだった？")
    assert answer.value == grade, answer.summary


def test_someone_elses_quoted_question_names_the_topic(assistant):
    answer = assistant.ask("市民の方から「LINEの公式アカウントってまだやってるの？」って聞かれたんだけど、取組終了になってる？")
    assert answer.status == "exact", answer.summary
    assert len(answer.rows) == 1 and "LINE" in answer.rows[0]["title"]


def test_the_kind_counted_after_an_initiative_named_with_tte(assistant, db):
    # (「…って実践項目いくつ」: the kind said once names what is counted; phrasings.kind_restated_before_count
    # drops it only when said before)
    code, title = db.execute("SELECT code, title FROM initiative WHERE source LIKE '002%' ORDER BY line LIMIT 1").fetchone()
    want = db.execute("SELECT count(*) FROM practice WHERE initiative = ? AND source LIKE '002%'", [code]).fetchone()[0]
    answer = assistant.ask(f"{title}って実践項目いくつあるの？")
    assert answer.target == "practice" and answer.count == want, answer.summary
