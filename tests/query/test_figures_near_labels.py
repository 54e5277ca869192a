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
