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


def test_self_evaluation_sheet_is_the_self_evaluation(assistant):
    title = "ガバメントクラウドファンディング"
    plain = ask(assistant, f"{title}のR5の進捗度は何点？")
    answer = ask(assistant, f"{title}の自己評価シートで、R5の進捗度って何点でしたか？")
    assert answer.status == "exact" and answer.target == "self_eval", answer.summary
    assert answer.value == plain.value and answer.value is not None, answer.summary


def test_kind_glossed_as_the_larger_grouping(assistant):
    _same(assistant, "実践項目の数が一番多い取組項目（大きいくくりのほう）ってどれですか？", "実践項目の数が一番多い取組項目は？")


def test_judges_are_the_committee_members(assistant):
    _same(assistant, "協働のテーマが付いてる取組項目の中で、審査員の平均が4.2以上のはどれですか？",
          "協働のテーマが付いてる取組項目の中で、委員の評価の平均が4.2以上のは？")


def test_indicator_kind_said_as_one_side(assistant):
    first = "埼玉県東南部の調整会議の活動指標って何を数えてるんですか？"
    plain = ask(assistant, first, "じゃあ成果指標の令和4年度の実績はいくつですか？")
    answer = ask(assistant, first, "じゃあ成果のほうの指標の令和4年度の実績はいくつですか？")
    assert answer.status == "exact" and answer.value == plain.value and answer.value is not None, answer.summary
    assert any(c.get("value") == "成果指標" for c in answer.understood)


def test_year_said_with_de_before_the_dash(assistant):
    _same(assistant, "R5で「-」になってる実践項目は何個？", "R5が「-」の実践項目は何個？")


def test_what_an_indicator_counts_is_no_count(assistant):
    answer = ask(assistant, "埼玉県東南部の調整会議の活動指標って何を数えてるんですか？")
    assert answer.status == "exact" and not answer.unused, answer.summary
    assert not any(c.get("op") == "count" for c in answer.understood), answer.summary
    assert answer.rows and all("指標" in str(r.get("type", "活動指標")) for r in answer.rows)


def test_initiatives_said_per_initiative_leave_nothing_unread(assistant, db):
    lowest = db.execute("SELECT code FROM initiative ORDER BY committee_score LIMIT 1").fetchone()[0]
    answer = ask(assistant, "審査員の点数って取組項目ごとに付いてるんですよね？", "その中で一番低かったのはどの取組項目ですか？")
    assert answer.status == "exact" and not answer.unused, answer.summary
    assert [str(r.get("code")) for r in answer.rows] == [str(lowest)], answer.summary


def test_judges_average_with_a_bound(assistant):
    _same(assistant, "審査員の平均点が4.0未満の取組項目は何個？", "委員の平均点が4.0未満の取組項目は何個？")


def test_grouping_word_glossed_by_the_kind(assistant):
    _same(assistant, "実践項目が一番少ないグループ（取組項目）はどれですか？", "実践項目の数が一番少ない取組項目は？")


def test_guess_with_quotes_is_no_condition(assistant):
    guessed = ask(assistant, "R3の欄が「-」になってる実践項目は何個ありますか？「-」はまだ始まってないって意味かなと思ってます。")
    plain = ask(assistant, "R3が「-」の実践項目は何個ありますか？")
    assert not guessed.unused and guessed.count == plain.count, guessed.summary
    assert [c.get("field") for c in guessed.understood] == [c.get("field") for c in plain.understood]
