"""Figures one passage prints beside the names a question says, worked out (named_figures_difference.py,
named_figures_sum.py, cases_difference.py), asked of the shipped corpus and of made passages: one name's
figure less the other's, two amounts added up in the money unit printed, two records' figures compared when
the question names them by their words and says there are two. Every such answer stays a search."""
from __future__ import annotations

from assistant.query.grammar.named_figures import (NAME_MORE_THAN_NAME, NAME_MORE_THAN_NAME_EXAMPLES, NAMES_ADDED_UP,
                                                   NAMES_ADDED_UP_EXAMPLES)
from assistant.query.named_figures_difference import difference
from assistant.query.named_figures_sum import added_up
from assistant.text.normalize import nfkc


def test_the_grammar_examples():
    for said, (a, b, unit, way) in NAME_MORE_THAN_NAME_EXAMPLES:
        m = NAME_MORE_THAN_NAME.search(nfkc(said))
        assert m is not None and (m["a"], m["b"], m["unit"], m["way"]) == (a, b, unit, way), said
    for said, (names, unit) in NAMES_ADDED_UP_EXAMPLES:
        m = NAMES_ADDED_UP.search(nfkc(said))
        assert m is not None and m["names"].endswith(names) and (m["unit"] or m["money"]) == unit, said


def test_one_names_figure_less_the_others(assistant):
    answer = assistant.ask("婚活まんまるバスツアーの参加者は男性が女性より何名多い？")
    assert answer.status == "search" and answer.value == 3 and "男性20名" in answer.summary


def test_a_name_printed_twice_is_read_after_the_date_said(assistant):
    answer = assistant.ask("公売物件合同公売事業のH17.01.19の公売で、電話加入権は岡山市分が倉敷市分より何本多かった？")
    assert answer.status == "search" and answer.value == 18 and "岡山市26本" in answer.summary


def test_a_name_printed_twice_with_no_date_said_is_not_guessed():
    text = [{"text": "H16 実施 電話加入権30本(岡山市22本,倉敷市8本) H17 実施 電話加入権34本(岡山市26本,倉敷市8本)"}]
    assert difference("電話加入権は岡山市が倉敷市より何本多い？", text) is None
    assert difference("電話加入権は岡山市が倉敷市より何本多い？", text, ("H17",))[0] == 18


def test_fewer_asked_is_the_other_way_round():
    text = [{"text": "参加者37名(男性20名、女性17名)"}]
    assert difference("女性は男性より何人少ない？", text)[0] == 3
    # a unit the passage does not print for them: nothing is worked out
    assert difference("女性は男性より何件少ない？", text) is None


def test_amounts_added_up_in_the_unit_printed(assistant):
    answer = assistant.ask("栃木県の展示場施設で、平成27年度に確保した定額納付金と利益分配金は合わせていくら？")
    assert answer.status == "search" and answer.value == 3447 and "3,447万円" in answer.summary
    assert not answer.unused


def test_amounts_in_two_money_units_are_not_added():
    text = [{"text": "定額納付金2,880万円、利益分配金5,670千円を確保。"}]
    assert added_up("定額納付金と利益分配金は合わせていくら？", text) is None


def test_two_cases_named_by_their_words(assistant):
    answer = assistant.ask("自治体クラウドの2つの事例で、運用コスト削減見込みは何ポイント違う？")
    assert answer.status == "search" and answer.value == 19 and "34%" in answer.summary


def test_two_said_but_no_words_name_them_is_no_difference(assistant):
    # (no word but the label's: which two cases is not plain, so no figure is worked out)
    answer = assistant.ask("2つの事例で、運用コスト削減見込みは何ポイント違う？")
    assert answer.value is None and "違う" in answer.unused


def test_a_label_with_its_qualifier_in_brackets(assistant):
    # 「満足度（平均）は何点」 over 「満足度（平均） ： ８５点」: the bracketed word said is the label's own
    answer = assistant.ask("市民協働推進会議のワーキングチーム研修の満足度（平均）は何点？")
    assert answer.status == "search" and answer.value == 85
