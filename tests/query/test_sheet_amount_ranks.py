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


def test_the_gap_of_two_years_is_positive_and_its_way_said(assistant):
    """「R5とR6の差は」 says no direction: the gap as a positive number (R6 fell), the fall said in words."""
    r5 = assistant.ask("企業版ふるさと納税で受領した寄附額のR5は何円？").value
    r6 = assistant.ask("企業版ふるさと納税で受領した寄附額のR6は何円？").value
    answer = assistant.ask("企業版ふるさと納税で受領した寄附額、R5とR6の差は何円？")
    assert answer.value == abs(r5 - r6) and answer.value > 0
    assert ("減りました" if r6 < r5 else "増えました") in answer.summary
    fell = assistant.ask("企業版ふるさと納税で受領した寄附額はR5からR6でいくら減った？")
    assert fell.value == r5 - r6
