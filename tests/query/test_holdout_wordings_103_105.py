"""Wordings of the fresh holdouts paraphrases103–105, each asked in other words: a title glossed with its
number as a scope (「…（No.11）の中で」), a theme said by another of its names beside テーマ (人材育成, 公共施設),
one municipality's side of a joint project (倉敷の方の担当課), orders typed in kana or said from a side
(ひくい順, 高いほうから), a year said after 取組終了, the other bureau's section (消防以外の総務課),
「その中で」 after one named record, a title said as not the one meant (「…」の項目以外), each year of a
span (R3〜R5の各年度で), a grade's count compared between two years, and 「それ、何点？」."""
from __future__ import annotations

from tests.conversation_helpers import ask


def _codes(answer) -> set[str]:
    return {str(r["code"]) for r in answer.rows}


def test_a_title_glossed_with_its_number_is_a_scope_of_its_items(assistant):
    answer = ask(assistant, "公共施設マネジメント（No.11）の中でR5がBのもの")
    assert answer.target == "practice", answer.summary
    assert _codes(answer) == {"26", "30", "31", "N8", "N9"}


def test_another_name_of_a_theme_said_with_the_word_theme_is_the_theme(assistant):
    answer = ask(assistant, "人材育成がテーマの取組項目で委員評価が4.5以上")
    assert answer.status == "exact" and _codes(answer) == {"17", "20"}
    answer = ask(assistant, "テーマが公共施設の取組項目は何件")
    assert answer.count == 5 and not any(c["field"] == "text" for c in answer.query["conditions"])


def test_the_side_of_one_municipality_is_its_department(assistant):
    answer = ask(assistant, "広報紙の交流、岡山の方の担当課はどこ？")
    assert answer.value == "広報課", answer.summary


def test_orders_typed_in_kana_and_said_from_a_side(assistant):
    answer = ask(assistant, "委員評価ひくい順に2つ")
    assert [str(r["code"]) for r in answer.rows] == ["10", "7"]
    answer = ask(assistant, "自己評価がBの取組項目で合計（平均値の合計）が高いほうから2つ")
    assert answer.query["order_by"] == "total" and answer.query["limit"] == 2


def test_a_year_said_after_the_end_field_is_no_grade_year(assistant):
    answer = ask(assistant, "取組終了R4で合計12点の実践項目")
    assert _codes(answer) == {"8", "9", "56", "57"}, answer.summary


def test_the_section_of_the_other_bureau(assistant):
    answer = ask(assistant, "消防以外の総務課が担当する実践項目は何件")
    assert answer.count == 3 and _codes(answer) == {"33", "34", "39"}


def test_narrowing_among_one_named_record_is_among_its_items(assistant):
    answer = ask(assistant, "AIの活用に入ってる取り組みは？", "そのうちR5がAのものは？")
    assert answer.target == "practice" and _codes(answer) == {"51", "52"}


def test_a_title_said_as_not_the_one_meant_is_left_out(assistant):
    answer = ask(assistant, "「RPAの導入」の項目以外で、委員の意見にRPAが出てくる取組項目")
    assert "15" not in _codes(answer) and answer.status == "exact"


def test_each_year_of_a_span_is_the_span(assistant):
    answer = ask(assistant, "総合評価はAなのに、R2〜R5の各年度では一度もAをとっていない実践項目")
    assert not answer.unused and {"N2", "N5", "N7"} <= _codes(answer)


def test_a_grades_count_compared_between_two_years(assistant):
    answer = ask(assistant, "実践項目でA評価だった数、R2とR4でいくつ違う？")
    assert answer.value == 5, answer.summary


def test_its_figure_asked_after_a_comma(assistant):
    answer = ask(assistant, "委員評価がいちばん低い取組項目は？", "それ、何点？")
    assert answer.value == 3.4, answer.summary
