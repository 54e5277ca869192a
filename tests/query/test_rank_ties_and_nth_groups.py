"""Rankings over the shipped plan report (q143): the first N of an order with the records said between,
ties said in the order shown already, the Nth largest group, comments ordered by their item's score."""
from __future__ import annotations

from tests.conversation_helpers import ask


def _codes(answer) -> list[str]:
    return [r["code"] for r in answer.rows]


def test_the_records_said_between_the_order_and_its_first_ones(assistant):
    # 「実践項目数が多い取組項目の上位4つ」 was ordered by the committee score with 多い unused.
    answer = ask(assistant, "実践項目数が多い取組項目の上位4つ")
    assert answer.status == "exact" and _codes(answer) == ["11", "12", "18", "20"]


def test_ties_in_the_numbers_order_are_the_order_shown(assistant):
    answer = ask(assistant, "委員評価4.2以上の取組項目を評価の高い順に並べて（同点は取組項目No.の小さい順）")
    assert answer.status == "exact"
    assert _codes(answer) == ["17", "20", "1", "16", "3", "12", "5", "13", "18"]


def test_ties_the_other_way_round_are_said_unused(assistant):
    answer = ask(assistant, "委員評価4.2以上の取組項目を評価の高い順に並べて（同点は番号の大きい順）")
    assert answer.status == "partial" and answer.summary.startswith(answer.caveat)


def test_ties_in_the_lists_order_in_a_follow_up(assistant):
    answer = ask(assistant, "公共施設マネジメントの推進の実践項目", "合計点の高い順に上位2つ（同点は一覧の掲載順）")
    assert answer.status == "exact" and _codes(answer) == ["28", "27"]


def test_comments_ordered_by_their_items_score_are_exact(assistant):
    answer = ask(assistant, "民間委託に言及している委員の意見", "委員評価の高い順に並べて（同点は取組項目No.順）")
    assert answer.status == "exact" and not answer.unused
    items = [r["code"].split("-")[0] for r in answer.rows]
    assert list(dict.fromkeys(items)) == ["12", "13", "18", "11", "14"]


def test_the_second_largest_group_with_the_records_counted_said(assistant):
    answer = ask(assistant, "取組終了年度ごとに実践項目を数えると、2番目に多い年度は何件？")
    assert answer.status == "exact" and answer.count == 13


def test_the_second_theme_by_its_practice_items_named_as_printed(assistant):
    # Counted over the practice items (58), not the initiatives (財政's 11); named as the theme table prints
    # it, not as a phrase of the preface (市民サービスの向上).
    answer = ask(assistant, "テーマ別の実践項目数で2番目に多いテーマは？")
    assert answer.status == "exact" and answer.count == 58
    assert "市民サービスの進化" in answer.summary


def test_the_share_of_the_total_of_the_line_at_a_rank(assistant):
    # 「財政効果額 37億6千万円 / 主な取組 ・ 公有財産… 28億円 ・ 企業版… 7億7千万円 …」: the lines ranked by amount.
    first = ask(assistant, "財政効果額37億6千万円のうち、1位の取組の金額は何％を占める？小数第1位まで")
    assert first.status == "search" and round(first.value, 1) == 74.5 and "公有財産の売却促進" in first.summary
    second = ask(assistant, "財政効果額のうち、2番目に大きい取組は何％？")
    assert round(second.value, 1) == 20.5 and "企業版ふるさと納税" in second.summary
    # (a rank the list has no line for is no answer of this kind: the rank is said unused)
    beyond = ask(assistant, "財政効果額のうち、9位の取組は何％？")
    assert beyond.status == "partial" and "9位" in beyond.unused


def test_the_share_of_the_first_two_records_of_a_field_in_its_sum(assistant):
    answer = ask(assistant, "実践項目数1位・2位の2つの取組項目を合わせると、実践項目全体（95項目）の何％？小数第1位まで")
    assert answer.status == "exact" and round(answer.value, 1) == 18.9
    assert [r["code"] for r in answer.rows] == ["11", "12"]


def test_a_whole_said_that_the_records_do_not_sum_to_is_said_first(assistant):
    answer = ask(assistant, "実践項目数1位・2位の2つの取組項目を合わせると、実践項目全体（90項目）の何％？")
    assert answer.status == "partial" and answer.summary.startswith(answer.caveat) and "90" in answer.caveat


def test_a_tie_at_the_last_place_taken_is_said_first(assistant):
    # 実践項目数: 9, 9, 7, 7 — the third place is shared (18 and 20), so no three records are the first three.
    answer = ask(assistant, "実践項目数の上位3つを合わせると、全体の何％？")
    assert answer.status == "partial" and "同じ値" in answer.caveat
