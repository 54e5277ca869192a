"""Conditions said in formal council language or plain speech (paraphrases98–100, grammar/formal_wordings.py):
a year glossed in the other era, the grade after a comma, 「一度も欠けることなく」, 「前年度より」 beside the two
years compared, 「最低の1点」, the superlative before the score, topics of the committee's comments (stem-sharing
words joined by ・, a topic wrapped in 問題 or 対応, a quote said as a gist), 「6番以降」, and one city's
department asked with the city as the topic."""
from __future__ import annotations

import json

from tests.conversation_helpers import ask

_ORDER = {"A": 3, "B": 2, "C": 1, "D": 0}


def _codes(answer) -> set[str]:
    return {str(r["code"]) for r in answer.rows}


def _initiatives(answer) -> set[str]:
    return {str(r.get("initiative") or r["code"]) for r in answer.rows}


def test_a_year_glossed_in_the_other_era_and_a_grade_after_a_comma(assistant, db):
    want = {str(r[0]) for r in db.execute("SELECT code FROM practice WHERE r2 = 'C'")}
    answer = ask(assistant, "2020年度、すなわち令和2年度の担当部署による自己評価において、C評価とされた実践項目はどれか。")
    assert answer.status == "exact" and _codes(answer) == want


def test_never_missing_a_year_is_every_year_of_the_span(assistant, db):
    want = {str(r[0]) for r in db.execute("SELECT code FROM practice WHERE r2 = 'A' AND r3 = 'A' AND r4 = 'A' AND r5 = 'A'")}
    answer = ask(assistant, "令和2年度から令和5年度までの4年間、一度も欠けることなくA評価を維持し続けた実践項目は何か伺います。")
    assert answer.status == "exact" and _codes(answer) == want
    plain = ask(assistant, "R2〜R5の4年度、自己評価ずっとAの実践項目は？")
    assert plain.status == "exact" and _codes(plain) == want


def test_previous_year_beside_the_two_years_compared(assistant, db):
    want = {str(c) for c, a, b in db.execute("SELECT code, r3, r4 FROM practice")
            if a in _ORDER and b in _ORDER and _ORDER[b] < _ORDER[a]}
    answer = ask(assistant, "令和3年度から令和4年度にかけて、自己評価が前年度より下がった実践項目はあるのか。")
    assert answer.status == "exact" and _codes(answer) == want


def test_a_score_said_as_the_lowest_is_the_score(assistant, db):
    want = {str(r[0]) for r in db.execute("SELECT code FROM practice WHERE progress = 1")}
    answer = ask(assistant, "総括自己評価において進捗度が最低の1点とされた実践項目はどれか。")
    assert answer.status == "exact" and _codes(answer) == want


def test_an_end_year_glossed_in_brackets(assistant, db):
    want = {str(c) for c, e in db.execute("SELECT code, ended FROM practice WHERE ended LIKE 'R%'") if int(e[1:]) <= 3}
    answer = ask(assistant, "2021年度（令和3年度）までに取組を終了した実践項目はどれか伺います。")
    assert answer.status == "exact" and _codes(answer) == want


def test_the_superlative_said_before_the_score_in_a_follow_up(assistant, db):
    rows = list(db.execute("SELECT code, total FROM practice WHERE initiative = '20'"))
    top = max(t for _, t in rows)
    answer = ask(assistant, "No.20「職員人材育成と『働き方改革』の推進」の各実践項目の総括合計点を伺います。",
                 "その中で最も合計点が高いのはどの項目か。")
    assert answer.status == "exact" and _codes(answer) == {str(c) for c, t in rows if t == top}


def _commented(db, *words: str) -> set[str]:
    return {str(i) for i, t in db.execute("SELECT initiative, text FROM comment") if any(w in t for w in words)}


def test_stem_sharing_words_joined_by_a_dot_are_either(assistant, db):
    want = _commented(db, "高齢者", "高齢化")
    answer = ask(assistant, "委員の意見の中で、高齢者や高齢化の問題に触れている取組項目をすべて明らかにされたい。")
    assert answer.status == "exact" and _initiatives(answer) == want
    scored = {str(r[0]) for r in db.execute("SELECT code FROM initiative WHERE committee_score >= 4.0")} & want
    answer = ask(assistant, "委員意見で高齢者・高齢化に触れてて、しかも委員評価4.0以上の取組は？")
    assert answer.status == "exact" and _initiatives(answer) == scored


def test_a_group_of_residents_and_a_topic_wrapped_in_a_word(assistant, db):
    answer = ask(assistant, "外国人住民への対応について委員が意見を述べている取組項目はどれか。")
    assert _initiatives(answer) == _commented(db, "外国人")


def test_a_quote_said_as_a_gist_is_sought_by_its_noun(assistant, db):
    answer = ask(assistant, "委員意見で「減点にはならない」みたいなこと書いてある取組は？")
    assert answer.status == "exact" and _initiatives(answer) == _commented(db, "減点")


def test_numbered_from_said_with_ban(assistant, db):
    want = {str(r[0]) for r in db.execute("SELECT no FROM joint_project WHERE no >= 6")}
    answer = ask(assistant, "連携事業の6番以降")
    assert answer.status == "exact" and _codes(answer) == want


def test_one_citys_department_asked_with_the_city_as_topic(assistant, db):
    depts = json.loads(db.execute("SELECT departments FROM joint_project WHERE title = '観光キャンペーン事業'").fetchone()[0])
    answer = ask(assistant, "観光キャンペーン事業って、岡山市はどこの課が担当だった？")
    assert answer.status == "exact" and answer.value == depts["岡山市"]


def test_a_claim_of_what_was_done_in_a_year_shows_that_years_entries_bearing_on_it(assistant, db):
    answer = ask(assistant, "ガバメントクラウドファンディングの実施状況について伺います。", "令和5年度も寄附募集を行ったというのは事実か。")
    entries = {str(r[0]) for r in db.execute("SELECT code FROM sheet_entry WHERE practice = '1' AND year = 'R5'")}
    assert answer.status != "exact" and {str(r["code"]) for r in answer.rows} == entries
    first = answer.rows[0]
    assert "募集" in first["result"] and first["result"] in answer.summary
    assert "事実かどうかはこの記載で確かめてください" in answer.summary


def test_two_different_years_are_no_gloss():
    from assistant.query.grammar.phrasings import PHRASINGS

    glossed = next(p for p in PHRASINGS if p.name == "year_glossed_in_other_era")
    assert glossed.apply("令和3年度（令和4年度）の評価") == "令和3年度（令和4年度）の評価"
    assert glossed.apply("2021年度、すなわち令和4年度") == "2021年度、すなわち令和4年度"


def test_a_value_held_per_city_asked_with_one_city_named_is_that_citys(assistant, db):
    depts = json.loads(db.execute("SELECT departments FROM joint_project WHERE title = '観光キャンペーン事業'").fetchone()[0])
    for city in depts:
        answer = ask(assistant, f"観光キャンペーン事業、{city}ではどこが担当してる？")
        assert answer.value == depts[city]
