"""The number said beside a kind's word restates all of its records (「取組項目22項目の」); a number that is none of
that kind's counts is a premise the documents do not bear out, said first (the answer over all of them was exact:
「実践項目90件のうち総合評価Aは何％」 answered 58/95 = 61.1% as if 90 were right). Over the shipped corpus's index."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask


@pytest.mark.parametrize("question, told", [
    ("実践項目90件のうち総合評価Aは何％", "資料の実践項目は95件"),
    ("連携事業25件のうち商工部会は何件", "資料の連携事業は26件"),
    ("取組項目20項目の委員評価の平均点は？", "資料の取組項目は22件"),
])
def test_a_count_that_is_none_of_the_records_is_said_first(assistant, question, told):
    answer = ask(assistant, question)
    assert answer.status == "partial", answer.summary
    assert answer.summary.startswith(told), answer.summary


@pytest.mark.parametrize("question", ["実践項目95件のうち総合評価Aは何％", "取組項目22項目の委員評価の平均点は？",
                                      "連携事業26件のうち商工部会は何件", "取組項目1件あたりの実践項目数の平均は？",
                                      "取組項目No.12「行政事務の民間委託」に属する実践項目9件について、総括の合計点の平均は？"])
def test_the_records_own_count_stays_a_restating(assistant, question):
    answer = ask(assistant, question)
    assert answer.status == "exact", answer.summary
    assert "数が合いません" not in answer.summary


def test_the_rows_just_shown_counted_with_the_kind_word_are_no_false_count(assistant):
    from assistant.query.conversation import Assistant

    fresh = Assistant(assistant.db)
    first = fresh.ask("R4に終了した実践項目は？")
    n = first.count
    answer = fresh.ask(f"その実践項目{n}件のうち総合評価がAは何件？")
    assert "数が合いません" not in answer.summary, answer.summary
