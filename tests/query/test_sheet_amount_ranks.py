"""The yearly amounts a progress sheet prints in its entries (entry_figures.py), ranked: the year at a rank
below the first (「2番目に多かった年度」), and that year's amount when the amount is asked rather than the year
(「一番多かった年度の金額は」), also of the record the answer before showed. Read from the shipped corpus."""
from __future__ import annotations


def test_the_amount_of_the_year_of_the_largest(assistant):
    answer = assistant.ask("公有財産の売却促進の進捗状況シートで、未利用地の売却額が一番多かった年度の金額は？")
    assert answer.status == "search" and answer.value == 893411 and "R5" in answer.summary


def test_the_year_at_the_second_rank(assistant):
    answer = assistant.ask("公有財産の売却額が2番目に大きかったのはどの年度？")
    assert answer.value == "R6" and "877,902千円" in answer.summary


def test_the_rank_asked_of_the_sheet_just_shown(assistant):
    assistant.ask("企業版ふるさと納税の導入の進捗状況シート")
    answer = assistant.ask("寄附額が2番目に多かった年度の寄附額は？")
    assert answer.status == "search" and answer.value == 215257994 and "R5" in answer.summary


def test_a_rank_beyond_the_years_printed_is_not_answered(assistant):
    answer = assistant.ask("公有財産の売却額が9番目に大きかったのはどの年度？")
    assert answer.value is None
