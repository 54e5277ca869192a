"""Kinds of question the fresh holdouts paraphrases67–70 found misread, asked of the shipped corpus in
other words than theirs (each test names the figure a wrong reading gave)."""
from __future__ import annotations


def keys(answer) -> list[str]:
    return sorted(r["key"].split(":", 1)[1] for r in answer.rows)


def test_a_purpose_said_first_is_no_keyword(assistant):
    # (its 調査 had been a word sought in the items' text: 6 of 13)
    answer = assistant.ask("議会の資料に使うので教えてください。R4に取組が終わった実践項目は何件？")
    assert answer.status == "exact" and answer.count == 13


def test_april_to_march_in_months_is_the_fiscal_year(assistant):
    answer = assistant.ask("2023年4月から2024年3月までのうちに終わった実践項目")
    assert answer.count == 5 and "取組終了 = R5" in [u["label"] for u in answer.understood]
    two = assistant.ask("2021年4月から2023年3月までに終わった実践項目は何件")
    assert two.count == 18


def test_the_end_year_said_with_naru(assistant):
    # (read as 「R4 に評価あり」: 61)
    answer = assistant.ask("取組終了がR4になってる実践項目は何件")
    assert answer.status == "exact" and answer.count == 13


def test_a_change_between_years_moved_by_jaa(assistant):
    assistant.ask("R2からR3にかけて評価が下がった実践項目は？")
    answer = assistant.ask("じゃあR3からR4で下がったのは？")
    assert keys(answer) == ["1"] and len(answer.understood) == 1


def test_a_count_the_asker_believes_is_checked(assistant):
    right = assistant.ask("総合評価がBの実践項目は36件で合ってる？")
    assert right.count == 36 and right.summary.startswith("はい")
    wrong = assistant.ask("R4に終了した実践項目は12件で合ってますか")
    assert wrong.count == 13 and wrong.summary.startswith("いいえ、13件")


def test_two_numbers_left_out_together(assistant):
    # (「No.11とNo.12を除く」 had kept No.11 and left out No.12 only)
    answer = assistant.ask("No.11とNo.12を除いた取組項目は何件")
    assert answer.count == 20


def test_the_gap_between_the_highest_and_the_lowest(assistant):
    answer = assistant.ask("委員評価がいちばん高い取組項目といちばん低い取組項目の点数差は")
    assert answer.value == 1.2


def test_one_decimal_kept_when_asked_up_to_it(assistant):
    answer = assistant.ask("取組項目の委員評価の平均は？小数第1位まで（四捨五入）")
    assert answer.value == 4.1 and answer.status == "exact"


def test_a_department_typed_in_hiragana(assistant):
    answer = assistant.ask("のうぜいかの実践項目")
    assert keys(answer) == ["19", "N16"]


def test_the_most_common_value_of_a_field_and_its_size(assistant):
    assistant.ask("実践項目の合計点は、何点がいちばん多い？")
    answer = assistant.ask("それって何件？")
    assert answer.value == 30


def test_two_grades_counts_compared(assistant):
    answer = assistant.ask("総合評価、AとBで何件差がある？")
    assert answer.value == 22


def test_hearsay_before_the_question_asks_nothing(assistant):
    answer = assistant.ask("動物火葬場の廃止って、たしかCだったと思うけど、R5の評価は結局何？")
    assert answer.status == "exact" and answer.value == "A"


def test_a_word_left_out_of_the_name_with_zu(assistant):
    answer = assistant.ask("取組項目No.12の実践項目で、名前に「民間委託」を含まずに進めているもの")
    assert keys(answer) == ["35", "N11", "N12"]


def test_the_chair_that_changes_by_year(assistant):
    answer = assistant.ask("部会長が年度ごとに変わる部会の連携事業")
    assert keys(answer) == ["1", "2", "3", "4"]


def test_every_listed_score_the_same(assistant):
    # (「4つ」 had been read as 4 points each, and 3点 as the total)
    answer = assistant.ask("進捗度・連携度・効率性・創造性の4つがすべて3点の実践項目は何件")
    assert answer.count == 10


def test_one_year_of_a_self_evaluation_is_its_grade(assistant):
    assistant.ask("ガバメントクラウドファンディングの実施の自己評価を年度ごとに")
    answer = assistant.ask("じゃあR4は？")
    assert answer.value == "C"


def test_a_share_of_the_records_said_before_nouchi(assistant):
    # (of all 95 items: 2.1%)
    answer = assistant.ask("取組項目No.9の実践項目のうち、総合評価がAなのは何％？")
    assert answer.value == 50.0


def test_distinct_count_with_duplicates_said(assistant):
    answer = assistant.ask("取組項目No.21の実践項目の担当部署は、重複を除いて何種類？")
    assert answer.value == 3 and answer.status == "exact"


def test_the_group_named_before_is_that_group(assistant):
    # (「その部署」 had been dropped: every item graded A in R5, 31)
    assistant.ask("実践項目をいちばん多く担当している部署は？")
    answer = assistant.ask("その部署の実践項目で、R5がAのものは？")
    assert answer.count == 9


def test_a_figure_counted_from_a_listing_is_the_count(assistant):
    answer = assistant.ask("行政改革推進審議会の委員のうち公募の委員は何人？")
    assert answer.count == 3
