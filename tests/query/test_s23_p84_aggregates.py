"""Kinds of question the fresh holdout p84 (財政課) found misread, asked of the shipped corpus in other
words than its own: the group ranked next by size, the spread of the groups' averages, figures a passage
prints beside names added up, and a clipped-title reading that must not start inside a word."""
from __future__ import annotations

from assistant.query.named_figures_sum import added_up


def test_the_group_next_after_the_one_named(assistant):
    answer = assistant.ask("取組終了の年度ごとに数えると、R6の次に多い年度は何件？")
    assert answer.value == 13 and "R4" in answer.summary


def test_the_group_at_a_rank(assistant):
    answer = assistant.ask("取組終了の年度別件数で、2番目に多いのは何件？")
    assert answer.value == 13


def test_a_group_named_that_does_not_exist_is_not_ranked_after(assistant):
    answer = assistant.ask("取組終了の年度別件数で、R9の次に多いのは何件？")
    assert answer.value is None


def test_the_spread_of_the_groups_averages(assistant):
    answer = assistant.ask("テーマごとの委員評価の平均で、いちばん高いテーマといちばん低いテーマの差は？")
    # the figures as the report prints them (4.3 and 3.9), the unrounded difference said beside
    assert answer.value == 0.4 and "0.36" in answer.summary


def test_figures_beside_names_added_up():
    text = [{"text": "人員は、正規職員48名、再任用職員3名、臨時職員1名。"}]
    assert added_up("人員、正規・再任用・臨時を足すと何人？", text)[0] == 52
    # a name with no figure in the unit asked: nothing is added up
    assert added_up("正規・再任用を合わせると何万円？", text) is None


def test_the_nearest_figure_of_a_name_is_read():
    text = [{"text": "定額納付金2,880万円、利益分配金567万円を確保。※利益分配金：収支差額が600万円を超える場合"}]
    assert added_up("定額納付金と利益分配金を合わせると何万円？", text)[0] == 3447


def test_figures_added_up_stay_a_search(assistant):
    answer = assistant.ask("集中処理機関の正規・再任用・臨時を合わせると何名？")
    assert answer.status == "search" and answer.value == 52 and "正規職員48名" in answer.summary


def test_a_word_ending_inside_a_clipped_form_is_not_unclipped(assistant):
    answer = assistant.ask("横浜市の保育所の民間移管計画は？")
    assert answer.status != "no_match" and not any("管理計画" in n for n in answer.notes)
