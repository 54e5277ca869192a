"""Derived numbers asked of the shipped corpus: the figures of named items added up (worked_figures.sum_read over the passages of one place); a ratio of two listed amounts (listed_ratio.py); of the figures two year cells of a passage print
(year_figures_ratio.py), never the count of the records found as that ratio; a share of the records said with
their count (「連携事業26件の何％」), the count kept for the share rule to check."""
from __future__ import annotations

from assistant.query.year_figures_ratio import read

_CELLS = [{"text": "平成26年度: ○参加4市町村○定期点検:道路橋192橋 / 平成27年度: ○参加22市町村○定期点検:道路橋1,076橋、道路トンネル4本"}]


def test_the_figures_after_the_word_in_each_year_cell():
    value, how, _p, figures = read("平成27年度の道路橋の点検数は平成26年度の何倍？", _CELLS)
    assert figures == [1076.0, 192.0] and round(value, 1) == 5.6 and "道路橋1,076橋" in how


def test_a_year_no_cell_prints_or_a_word_one_cell_lacks_gives_nothing():
    assert read("平成28年度の道路橋の点検数は平成26年度の何倍？", _CELLS) is None
    # (道路トンネル is printed in the 平成27年度 cell only)
    assert read("平成27年度の道路トンネルの点検数は平成26年度の何倍？", _CELLS) is None


def test_a_ratio_of_year_figures_asked_of_a_case(assistant):
    answer = assistant.ask("秋田県の橋梁等点検の包括発注で、平成27年度の道路橋の点検数は平成26年度の何倍？小数第1位まで")
    assert answer.status == "search" and answer.value == 5.6 and "道路橋192橋" in answer.summary


def test_a_ratio_whose_figures_are_not_printed_is_no_count_of_cases(assistant):
    # (it answered 1 case over 1 case, 「1倍」, exact)
    answer = assistant.ask("秋田県の橋梁等点検の包括発注で、平成28年度の道路橋の点検数は平成25年度の何倍？")
    assert answer.status == "partial" and answer.value is None and answer.summary.startswith("「平成28年度")


def test_a_count_of_records_compared_still_is_one(assistant):
    answer = assistant.ask("納税部会の事業数は商工部会の事業数の何倍？")
    assert answer.status == "exact" and answer.value == 2


def test_a_share_of_the_records_said_with_their_count(assistant):
    assistant.ask("商工部会の連携事業")
    answer = assistant.ask("それは連携事業26件の何％？小数第1位まで")
    assert answer.status == "exact" and answer.value == 7.7


def test_a_share_of_a_count_no_records_make_says_so(assistant):
    assistant.ask("商工部会の連携事業")
    answer = assistant.ask("それは連携事業25件の何％？小数第1位まで")
    assert answer.status == "partial" and "25件" in answer.summary.split("。")[0]


def test_a_count_grown_since_another_year_is_the_counts_compared(assistant):
    # (「より何件増えた」 left 増えた unread and answered the first count alone, 26)
    answer = assistant.ask("R3でC評価の実践項目はR2より何件減った？")
    assert answer.status == "exact" and answer.value == 4 and "7件" in answer.summary
    answer = assistant.ask("R3でA評価の実践項目はR2より何件増えた？")
    assert answer.value == 4 and "22件" in answer.summary and answer.status == "partial"  # (実践項目60's R3 printed two ways)


def test_two_lines_of_a_listed_amounts_one_over_the_other(assistant):
    answer = assistant.ask("企業版ふるさと納税の効果額は窓口業務委託による総合運用の効果額の何倍？小数第1位まで")
    assert answer.status == "search" and answer.value == 7.0 and "1億1千万円" in answer.summary


def test_a_name_no_line_holds_is_no_ratio(assistant):
    answer = assistant.ask("企業版ふるさと納税の効果額は民間委託の効果額の何倍？")
    assert answer.value is None and "民間委託" in answer.unused


def test_the_figures_of_the_items_named_added_up(assistant):
    # (it answered 「計24名」 of another record, the four names unused)
    answer = assistant.ask("まんまるよやく操作研修会、情報セキュリティ研修会、婚活まんまるバスツアー、職員研修会の参加者は合計何名？")
    assert answer.status == "search" and answer.value == 237 and not answer.unused and "85名" in answer.summary


def test_an_item_no_line_names_is_not_added():
    from assistant.query.worked_figures import sum_read

    lines = ["・まんまるよやく操作研修会 参加者87名", "・情報セキュリティ研修会 参加者85名"]
    assert sum_read("まんまるよやく操作研修会と防災研修会の参加者は合計何名？", lines) is None
    assert sum_read("まんまるよやく操作研修会と情報セキュリティ研修会の参加者は合計何名？", lines)[0] == 172


def test_the_share_a_printed_part_makes_of_the_figure_before(assistant):
    assistant.ask("婚活まんまるバスツアーの参加者は？")
    answer = assistant.ask("女性の割合は何％？小数第1位まで")
    assert answer.status == "search" and answer.value == 45.9 and "17 ÷ 37" in answer.summary


def test_a_share_in_tenths_is_no_part_itself(assistant):
    # (「そのうち男性は何割」 answered the part, 20)
    assistant.ask("婚活まんまるバスツアーの参加者は？")
    answer = assistant.ask("そのうち男性は何割？")
    assert round(answer.value, 1) == 5.4 and "割" in answer.summary


def test_a_figure_after_each_of_two_dates_said_their_change(assistant):
    answer = assistant.ask("公売物件合同公売で、電話加入権の本数はH16.01.21の公売からH17.01.19の公売で何本増えた？")
    assert answer.status == "search" and answer.value == 4 and "電話加入権34本" in answer.summary


def test_a_date_printed_twice_is_no_stretch_of_its_own():
    from assistant.query.worked_figures import _FIGURE, _between_dates

    figure, question = _FIGURE.format(units="本"), "電話加入権はH16.01.21からH17.01.19で何本増えた？"
    text = "H16.01.21 実施 電話加入権30本 H17.01.19 実施 電話加入権34本"
    assert _between_dates(text + " (H16.01.21 分を含む)", figure, question, ["電話加入権"]) is None
    assert _between_dates(text, figure, question, ["電話加入権"])[0] == 4


def test_the_count_a_share_is_of_is_not_rephrased_away():
    from assistant.query.grammar.phrasings import rephrase

    assert rephrase("それは連携事業26件の何%?") == "それは連携事業26件の何%?"
    assert rephrase("取組項目22件の委員評価の平均") == "取組項目の委員評価の平均"
