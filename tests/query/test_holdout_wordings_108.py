"""Wordings of the holdout paraphrases108 (a council secretariat's long formal sentences), each asked in other
words: a range of initiative numbers said with まで and a comma before the order (「No.2からNo.5までを、…高い順に」),
general words after a quoted word saying how it is taken up (「「高齢者」への配慮や対策に触れた」), 位置付けられた
for belonging, 「…を最も多く抱える」 counted over the items, 「当該項目のうち」 as そのうち, a range of 「項目」 said
as the scope (「既存の1から70までの項目に限る」), 「…の各年度において、」, 「…はどれか、伺います」 and 「同室」 for
the department the question before named."""
from __future__ import annotations

from tests.conversation_helpers import ask


def _codes(answer) -> list[str]:
    return [str(r["code"]) for r in answer.rows]


def test_a_range_of_numbers_then_a_comma_then_the_order(assistant):
    answer = ask(assistant, "No.2からNo.5までを、委員評価の低い順に示してください")
    assert answer.target == "initiative" and sorted(_codes(answer), key=int) == ["2", "3", "4", "5"], answer.summary
    answer = ask(assistant, "取組項目3から6までについて、委員評価を伺います")
    assert sorted({str(r["code"]) for r in answer.rows}, key=int) == ["3", "4", "5", "6"], answer.summary


def test_general_words_after_a_quoted_word_are_how_it_is_taken_up(assistant):
    plain = ask(assistant, "委員の意見で「高齢者」に触れている取組項目")
    answer = ask(assistant, "委員意見で「高齢者」への支援や配慮に言及している取組項目はどれですか")
    assert answer.status == "exact" and set(_codes(answer)) == set(_codes(plain)), answer.summary
    assert any("触れ方" in n for n in answer.notes)


def test_placed_in_a_theme_is_belonging_to_it(assistant):
    placed = ask(assistant, "テーマ「ICT」に位置づけられている取組項目の番号")
    said = ask(assistant, "テーマがICTの取組項目の番号")
    assert placed.status == "exact" and set(_codes(placed)) == set(_codes(said)) and _codes(said)


def test_holding_the_most_items_of_a_condition_counts_the_items(assistant):
    answer = ask(assistant, "R5にAとされた実践項目を最も多く抱える取組項目はどれか")
    assert answer.status == "exact" and _codes(answer) == ["20"], answer.summary


def test_among_the_items_just_answered_said_formally(assistant):
    answer = ask(assistant, "新たに追加された実践項目を示されたい", "当該項目のうち、R5の評価がAであるもの")
    assert answer.status == "exact" and answer.rows and all(c.startswith("N") for c in _codes(answer))


def test_a_range_of_items_said_as_the_scope(assistant):
    answer = ask(assistant, "令和2年度の評価がCとされた実践項目（既存の1から30までの項目に限る）")
    assert answer.status == "exact" and answer.rows and all(c.isdigit() and int(c) <= 30 for c in _codes(answer))
    assert not any(c["field"] == "text" for c in answer.query["conditions"])


def test_each_year_of_a_span_said_formally_and_the_question_then_asked(assistant):
    answer = ask(assistant, "令和3年度から令和5年度までの各年度において、評価が一貫してBであった実践項目はどれか、お尋ねします。")
    plain = ask(assistant, "R3からR5までずっとBだった実践項目")
    assert answer.status == "exact" and set(_codes(answer)) == set(_codes(plain)) and _codes(plain)


def test_the_same_office_said_again(assistant):
    answer = ask(assistant, "(民)窓口サービス課が担当する実践項目", "そのうち、同課が単独で担当しているものは何件か")
    alone = ask(assistant, "(民)窓口サービス課が単独で担当している実践項目は何件")
    assert answer.status == "exact" and answer.count == alone.count, answer.summary
    # (no department named before: the word stays unread, never a guess)
    answer = ask(assistant, "同課が単独で担当しているものは何件か")
    assert answer.status != "exact"


def test_the_same_indicator_said_formally_and_a_year_with_niokeru(assistant):
    answer = ask(assistant, "埼玉県東南部都市連絡調整会議事業の成果指標について", "同指標の令和5年度における計画値は")
    plain = ask(assistant, "埼玉県東南部都市連絡調整会議事業の成果指標について", "その指標の令和5年度の計画値は")
    assert answer.status == "exact" and answer.value == plain.value and plain.value is not None, answer.summary
