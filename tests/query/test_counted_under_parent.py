"""A count of records whose words are the holding document part's (counted_under_parent.py), over the shipped
corpus: the Q&A pairs of the one article whose text holds every word said; an article holding the words but
no records, or words no article holds, leave the count as it was."""
from __future__ import annotations


def test_the_records_of_the_one_article_the_words_name(assistant):
    answer = assistant.ask("ワーキングチーム研修でいただいた質問と回答は何組紹介されている？")
    assert answer.count == 8 and answer.status == "search" and "記事" in answer.summary


def test_words_no_article_holds_are_not_read_so(assistant):
    answer = assistant.ask("防災訓練でいただいた質問と回答は何組紹介されている？")
    assert answer.count != 8 and answer.status != "search"
