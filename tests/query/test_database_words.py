"""A systems engineer's questions (paraphrases91): operators and database words typed into Japanese (>=, !=, NOT
含まれる, AND, count, list, avg, distinct, group by), a value typed apart from its particle, and a word the committee's
opinions hold that also names a theme (「意見に デジタル を含む」). Each is read as its Japanese wording is."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask


def _codes(answer) -> set[str]:
    return {str(r["code"]) for r in answer.rows}


@pytest.mark.parametrize("typed,said", [
    ("委員評価 >= 4.4 の取組項目", "委員評価が4.4以上の取組項目"),
    ("総括の合計 >= 12 の実践項目", "総括の合計が12以上の実践項目"),
    ("ICT テーマの取組項目で 実践項目数 >= 5 のやつ", "ICT テーマの取組項目で 実践項目数が5以上のやつ"),
    ("取組終了 != R6 の実践項目", "取組終了がR6以外の実践項目"),
    ("総合評価 != A の実践項目", "総合評価がAでない実践項目"),
    ("theme に ICT を含まない initiative を list", "テーマに ICT を含まない取組項目の一覧"),
    ("委員評価 >= 4.0 AND 意見に「期待」という語が NOT 含まれる取組項目",
     "委員評価が4.0以上かつ意見に「期待」という語が含まれない取組項目"),
    ("総合評価が C の実践項目", "総合評価がCの実践項目"),
    ("R2, R3, R4 が全部 B の実践項目", "R2、R3、R4が全部Bの実践項目"),
])
def test_database_words_read_as_their_japanese(assistant, typed, said):
    want = ask(assistant, said)
    answer = ask(assistant, typed)
    assert answer.status == want.status == "exact"
    assert _codes(answer) == _codes(want) and want.rows


def test_a_word_the_opinions_hold_is_not_the_theme_it_names(assistant):
    want = ask(assistant, "委員の意見で「デジタル」に触れてる取組項目は？")
    answer = ask(assistant, "意見に デジタル を含む取組項目 (デジタルサイネージ とかも含めて)")
    assert answer.status == "exact" and want.rows and _codes(answer) == _codes(want)
    assert not any(c["field"] == "themes" for c in answer.query["conditions"])


def test_aggregates_said_in_english(assistant, db):
    (n_kinds,) = db.execute("SELECT count(DISTINCT j.value) FROM practice p, json_each(p.departments) j "
                            "WHERE p.initiative = '21'").fetchone()
    assert ask(assistant, "No.21 の実践項目、distinct な担当課の数").value == n_kinds
    assert ask(assistant, "No.13 の実践項目の合計、avg は？").value == ask(assistant, "No.13 の実践項目の合計の平均は？").value
    assert ask(assistant, "担当部署で group by したら件数トップはどこ？").value == \
        ask(assistant, "担当部署別の件数でいちばん多いのはどこ？").value
