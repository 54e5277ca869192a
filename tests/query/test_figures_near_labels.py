"""A figure the text prints right after the label asked (「利益分配金567万円」「電話加入権34本」), under the
date or year the question says when the text has several (「H16.01.21 … 30本 H17.01.19 … 34本」, 「336日(H27)」).
Read from the passage: the answer stays a search, the value to be checked there."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("question, value", [
    ("合同公売、H17.01.19のときの電話加入権は何本？", 34),
    ("合同公売、H16.01.21のときの電話加入権は何本？", 30),
    ("栃木県の展示場、H27の利益分配金いくら", "567万円"),
    ("岩手県の図書館、H27の開館日数は？", 336),
])
def test_the_figure_under_the_label_asked(assistant, question, value):
    answer = assistant.ask(question)
    assert answer.value == value, answer.summary
    assert answer.status == "search"
    assert "抜粋から読んだ値" in answer.summary


def test_two_figures_under_the_label_and_no_date_said_give_none(assistant):
    answer = assistant.ask("合同公売の電話加入権は何本？")
    assert answer.value is None


@pytest.mark.parametrize("question, value", [
    ("大阪城公園のPMO、基本納付金はいくら？", "2億2600万円"),  # (an amount in 億 and 万 is read whole)
    ("婚活まんまるバスツアーの女性参加者何名？", 17),  # (「参加者37名(男性20名、女性17名)」)
    ("まんまるよやく操作研修会の参加者は？", 87),  # (several 参加者: the one right after the name said)
    ("和歌山の4町のクラウド、運用コスト何％削減見込み？", "15%"),  # (「15%の運用コスト削減」: before the label)
])
def test_figures_told_apart_by_what_is_printed_around_them(assistant, question, value):
    answer = assistant.ask(question)
    assert answer.value == value, answer.summary


def test_the_same_figure_asked_of_another(assistant):
    assistant.ask("和歌山の4町のクラウド、運用コスト何％削減見込み？")
    answer = assistant.ask("群馬の6町村のほうは？")
    assert answer.value == "34%" and answer.status == "search"


def test_the_same_figure_asked_of_something_it_does_not_tell_apart(assistant):
    # 「336日(H27)(旧館時297日(H16))」: 旧館 is not told apart by the label; the record is no answer to it
    assistant.ask("岩手県の図書館、H27の開館日数は？")
    answer = assistant.ask("旧館のときは？")
    assert answer.value != 336 and answer.status == "search"
