"""The grammar's function words typed in hiragana (kana_function_words.py): 「なんけん」 is 何件 and 「高いじゅん」
is 高い順 where what stands beside them says so; the answer is the one the kanji give, never a search for the
kana as a document word."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("typed, written", [
    ("取組終了がR4の実践項目なんけん", "取組終了がR4の実践項目何件"),
    ("民活テーマの実践項目なんこ", "民活テーマの実践項目何個"),
])
def test_a_count_asked_in_kana_is_the_count(assistant, typed, written):
    want = assistant.ask(written)
    got = assistant.ask(typed)
    assert isinstance(want.value, int) and want.value > 0
    assert got.value == want.value and got.status == "exact", got.summary


def test_an_order_asked_in_kana_is_the_order(assistant, db):
    want = [r[0] for r in db.execute("SELECT code FROM initiative WHERE committee_score IS NOT NULL "
                                     "ORDER BY committee_score DESC LIMIT 2")]
    got = assistant.ask("取組項目を委員評価が高いじゅんに上位2つ")
    assert [r["code"] for r in got.rows] == want and got.status == "exact", got.summary


def test_a_bound_typed_in_kana_after_its_figure(assistant, db):
    want = db.execute("SELECT count(*) FROM initiative WHERE committee_score >= 4").fetchone()[0]
    got = assistant.ask("委員評価が4てんいじょうの取組項目は何項目")
    assert got.value == want and got.status == "exact", got.summary


@pytest.mark.parametrize("text", ["かんなんけんの資料", "じゅんに見て", "純粋なじゅんすい"])
def test_the_readings_stay_kana_where_nothing_beside_them_says_so(text):
    from assistant.query.grammar.kana_function_words import kana_function_phrasings

    for phrasing in kana_function_phrasings():
        assert phrasing.apply(text) == text


@pytest.mark.parametrize("question", ["協働のまちづくり条例9条の市ってなにを指す", "協働のまちづくり条例9条の市ってなに"])
def test_what_a_term_means_asked_in_kana_quotes_the_defining_line(assistant, db, question):
    # (the line the corpus prints to say what its 「市」 means, quoted first; なに is an asking word as 何 is)
    got = assistant.ask(question)
    assert got.status == "search" and got.unused == [], got.summary
    assert "最も当てはまりそうな箇所" in got.summary and "「市」は" in got.summary and "を指して" in got.summary, got.summary


@pytest.mark.parametrize("question", ["ワーキングチーム研修参加者何人", "ワーキングチーム研修参加者は何人"])
def test_people_counted_with_the_particles_dropped(assistant, db, question):
    # (the figure printed after the corpus's 参加者 label in the passage that names the training)
    want = assistant.ask("ワーキングチーム研修の参加者は何人")
    got = assistant.ask(question)
    assert isinstance(want.value, int) and got.value == want.value, got.summary
