"""A first-year clerk's wording (shipped corpus): a year's cell said as 「R5のところ」, a value quoted with って
before なってる, her guess of what a mark means said after the question (no condition), a bureau mark glossed in
words after it, the four scores said as 「4つとも3点」 with no word for them, and 進み具合 said again for 進捗度.
Each answer is the one the plain question gets."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask


def _same(assistant, said: str, plain: str):
    expected = ask(assistant, plain)
    answer = ask(assistant, said)
    assert answer.status == "exact" and not answer.unused, answer.summary
    assert sorted(str(r.get("key")) for r in answer.rows) == sorted(str(r.get("key")) for r in expected.rows), answer.summary
    assert answer.count == expected.count and expected.count, answer.summary
    return answer


def test_year_cell_said_as_tokoro_with_a_guess_after(assistant, db):
    dashes = db.execute("SELECT count(*) FROM practice WHERE r5 = '-'").fetchone()[0]
    answer = _same(assistant, "R5のところが「-」になってる実践項目は何個ありますか？ハイフンはもう終わってて評価なしって意味かなと思ってます。",
                   "R5が「-」の実践項目は何個ありますか？")
    assert answer.count == dashes
    assert all(c.get("field") != "ended" for c in answer.understood)


def test_bureau_mark_glossed_after_and_guessed(assistant):
    _same(assistant, "担当のところに(水)って付いてる、水道系の部署がやってる実践項目ってどれですか？(水)は水道の部のことかなと思ってます。",
          "担当部署に(水)って付いてる実践項目は？")


@pytest.mark.parametrize("said", ["取組終了が令和4年9月ってなってる実践項目ってどれですか？",
                                  "進捗シートで取組終了が令和4年9月ってなってる実践項目は？"])
def test_value_quoted_with_tte_before_natteru(assistant, said):
    _same(assistant, said, "取組終了が令和4年9月の実践項目は？")


def test_four_scores_said_without_their_word(assistant, db):
    answer = _same(assistant, "総括の合計点が12点満点（4つとも3点）の実践項目ってどれですか？", "合計が12点の実践項目は？")
    assert {c.get("field") for c in answer.understood} >= {"progress", "collaboration", "efficiency", "creativity"}


def test_progress_said_again_in_plain_words(assistant):
    _same(assistant, "総括で進捗度が1点だった実践項目ってどれですか？進み具合が一番低い点のやつです。", "進捗度が1点の実践項目は？")
