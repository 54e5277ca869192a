"""The initiatives' scores asked as people say them (paraphrases120-122): a threshold not reached said in
regional speech (4.0に届かんやった), the difference of the highest and the lowest (高かとと低かとの差, 高いのと低いのとで
何点ちがう), the first or last N (ボトム3, 合計の高かトップ3, 合計スコアでトップ3をソートして。同点は番号順で。), the mean of
all (アベレージ, with the rounding in brackets), the grade the office gave itself (自分たちではAをつけている), the
committee's members called 先生たち, the previous records referred to by how many they are (その2つのうち), and a word
for people restated by a plain noun for people (外国人の住民)."""
from __future__ import annotations

import json

from tests.conversation_helpers import ask


def _initiatives(db) -> list[tuple[str, float | None, float | None, str, int, list[str]]]:
    return [(str(c), s, t, g, n, json.loads(th or "[]")) for c, s, t, g, n, th in db.execute(
        "SELECT code, committee_score, total, self_overall, n_practice, themes FROM initiative")]


def _codes(answer) -> list[str]:
    return [str(r["code"]) for r in answer.rows]


def _ordered(rows, key, descending: bool) -> list[str]:
    scored = [r for r in rows if key(r) is not None]
    return [r[0] for r in sorted(scored, key=lambda r: ((-key(r) if descending else key(r)), int(r[0])))]


def test_a_threshold_not_reached_said_in_regional_speech(assistant, db):
    want = sum(1 for r in _initiatives(db) if r[1] is not None and r[1] < 4.0)
    answer = ask(assistant, "委員評価が4.0に届かんやった取組項目は何個？")
    assert answer.status == "exact" and answer.count == want


def test_the_difference_of_the_highest_and_the_lowest(assistant, db):
    scores = [r[1] for r in _initiatives(db) if r[1] is not None]
    for question in ("委員評価で一番高かとと一番低かとの差はなんぼ？", "委員評価がいちばん高いのと低いのとで何点ちがいますか"):
        answer = ask(assistant, question)
        assert answer.status == "exact" and abs(answer.value - (max(scores) - min(scores))) < 0.001, question


def test_the_last_three_and_the_first_three_said_with_loanwords(assistant, db):
    rows = _initiatives(db)
    answer = ask(assistant, "委員評価（審議会評価平均）のボトム3の取組項目は？")
    assert answer.status == "exact" and _codes(answer) == _ordered(rows, lambda r: r[1], False)[:3]
    answer = ask(assistant, "合計スコア（平均値の合計）でトップ3の取組項目をソートして。同点は番号順で。")
    assert answer.status == "exact" and _codes(answer) == _ordered(rows, lambda r: r[2], True)[:3]


def test_the_first_three_of_a_theme_said_with_the_side_before_them(assistant, db):
    rows = [r for r in _initiatives(db) if "財政" in r[5]]
    answer = ask(assistant, "財政のテーマに入っとる取組で、合計の高かトップ3は？")
    assert answer.status == "exact" and _codes(answer) == _ordered(rows, lambda r: r[2], True)[:3]


def test_the_mean_of_all_said_as_average_with_its_rounding_in_brackets(assistant, db):
    scores = [r[1] for r in _initiatives(db) if r[1] is not None]
    answer = ask(assistant, "取組項目の審議会評価平均、全体のアベレージは？（小数第2位まで、四捨五入）")
    assert answer.status == "exact" and abs(answer.value - round(sum(scores) / len(scores), 2)) < 0.001


def test_the_grade_the_office_gave_itself_and_the_committees_teachers(assistant, db):
    rows = _initiatives(db)
    answer = ask(assistant, "自分たちではAをつけているのに、委員さんの評価が4.0に届いていない取組項目は？")
    assert answer.status == "exact"
    assert set(_codes(answer)) == {r[0] for r in rows if r[3] == "A" and r[1] is not None and r[1] < 4.0}
    answer = ask(assistant, "審議会の先生たちの評価の平均が4.0より低い取組項目を教えてください")
    assert answer.status == "exact" and set(_codes(answer)) == {r[0] for r in rows if r[1] is not None and r[1] < 4.0}


def test_the_previous_records_referred_to_by_how_many_they_are(assistant, db):
    rows = [r for r in _initiatives(db) if r[1] is not None and r[1] >= 4.5]
    assert len(rows) >= 2
    answer = ask(assistant, "委員評価が4.5以上の取組項目は？", f"その{len(rows)}つのうち実践項目が多いほうは？")
    top = max(r[4] for r in rows)
    assert answer.status == "exact" and answer.target == "initiative"
    assert answer.value in {r[0] for r in rows if r[4] == top}
    # a number that is not how many the previous answer gave is not read as them
    answer = ask(assistant, "委員評価が4.5以上の取組項目は？", f"その{len(rows) + 1}つのうち実践項目が多いほうは？")
    assert answer.status != "exact"


def test_a_word_for_people_restated_by_a_plain_noun_for_people(assistant, db):
    want = {str(r[0]) for r in db.execute("SELECT initiative FROM comment WHERE text LIKE '%外国人%'")}
    answer = ask(assistant, "委員のコメントで外国人の住民のことを言っているのはどれ？")
    assert {str(r.get("initiative")) for r in answer.rows} == want
