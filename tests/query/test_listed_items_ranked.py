"""Items a record's passage lists one a bullet, ranked by the figure each prints after the label said
(listed_items_ranked.py): the item at the rank asked, of the record the question names or the one just shown,
from the shipped corpus; the grammar's examples; no list, no answer."""
from __future__ import annotations

from assistant.query.grammar.listed_items import ITEM_RANK_ASKED, ITEM_RANK_ASKED_EXAMPLES
from assistant.query import listed_items_ranked
from assistant.text.normalize import nfkc


def test_the_grammar_examples():
    for said, (label, n, way) in ITEM_RANK_ASKED_EXAMPLES:
        m = ITEM_RANK_ASKED.search(nfkc(said))
        assert m is not None and (m["label"], m["n"], m["dir"]) == (label, n, way), said


def test_the_item_at_the_second_rank(assistant):
    answer = assistant.ask("東南部都市連絡調整会議事業の実績報告で、参加者数が2番目に多い研修・イベントは？")
    assert answer.status == "search" and answer.value == "情報セキュリティ研修会" and "参加者85名" in answer.summary


def test_the_fewest_of_the_record_just_shown(assistant):
    assistant.ask("埼玉県東南部都市連絡調整会議事業の令和4年度の実績")
    answer = assistant.ask("参加者が一番少なかったのは？")
    assert answer.status == "search" and answer.value == "職員研修会"


def test_a_label_no_list_prints_is_left_to_the_rest(assistant):
    assert listed_items_ranked.answer(assistant, "東南部都市連絡調整会議事業で、受講者数が一番多い研修は？") is None
    # a record no title names: nothing ranked
    assert listed_items_ranked.answer(assistant, "架空都市連絡会議事業の実績報告で、参加者が一番多いのは？") is None


def test_the_row_of_a_small_table_ranked_by_its_column(assistant):
    answer = assistant.ask("横浜市の保育所民間移管事業計画で、移管する保育所数が一番多い期は？")
    assert answer.status == "search" and answer.value == "第6期" and "12か所" in answer.summary


def test_the_row_of_the_fewest(assistant):
    answer = assistant.ask("横浜市の保育所民間移管事業計画で、保育所数が一番少ない期は？")
    assert answer.value == "第7期"


def test_a_table_no_word_said_points_to_is_not_ranked(assistant):
    assert listed_items_ranked.answer(assistant, "保育所数が一番少ない期は？") is None


def test_a_column_of_names_starting_with_numbers_is_not_ranked():
    # (「施策: 4-(4) 分別の徹底」: a name, not a figure; 「担当している施策がいちばん多い課」 counts records instead)
    from assistant.query.listed_items_ranked import _figure_cell

    assert _figure_cell("4-(4) 分別の徹底") is None and _figure_cell("12か所") == 12


def test_a_noun_asked_that_is_no_column_of_the_table_is_not_ranked(assistant):
    # (「保育所数が一番多い課は」: the table has no 課 column; another question than its rows')
    assert listed_items_ranked.answer(assistant, "横浜市の保育所民間移管事業計画で、保育所数が一番多い課は？") is None
