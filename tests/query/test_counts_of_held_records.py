"""Counts asked of records the question names by words not their own (counted_under_parent.py, over the shipped
corpus): the Q&A pairs of the one article whose text holds every word said; an article holding the words but no
records, or words no article holds, leave the count as it was; a figure an answer prints under the label asked
(「関係各課（３８課）」) is that figure, not a count of answers."""
from __future__ import annotations


def test_the_records_of_the_one_article_the_words_name(assistant):
    answer = assistant.ask("ワーキングチーム研修でいただいた質問と回答は何組紹介されている？")
    assert answer.count == 8 and answer.status == "search" and "記事" in answer.summary


def test_words_no_article_holds_are_not_read_so(assistant):
    answer = assistant.ask("防災訓練でいただいた質問と回答は何組紹介されている？")
    assert answer.count != 8 and answer.status != "search"


def test_a_figure_an_answer_prints_is_not_a_count_of_answers(assistant):
    # 「いくつの課と答えている」: read first as a count of Q&As with a word unread; the figure under the label is asked
    answer = assistant.ask("市民協働ニュースレターのQ&Aで、協働の関係各課は現在いくつの課と答えている？")
    assert answer.value == 38 and answer.status == "search" and answer.count == 1


def test_a_plain_count_of_answers_stays_a_count(assistant):
    answer = assistant.ask("質問と回答は何件？")
    assert answer.count == 8 and answer.value == 8


def test_an_article_holding_the_word_but_no_records_does_not_hide_the_one_that_does(assistant):
    # 「研修」 is in the Q&A article's lead-in and in another article (model projects) holding no Q&A: the count
    # is that of the one article holding Q&As, never an exact 0
    answer = assistant.ask("研修の質問と回答は何組ある？")
    assert answer.count == 8 and answer.status == "search" and "研修" in answer.summary


def test_a_word_only_in_an_article_without_records_is_not_read_as_its_records(assistant):
    answer = assistant.ask("虐待の質問と回答は何組ある？")
    assert answer.count != 8 and answer.status != "search"


def test_two_issues_each_with_an_article_one_and_its_qa(tmp_path):
    # Two issues of the newsletter, each numbering its articles from 1: the article a word names counts its own
    # issue's Q&As (8, not the 16 of every article 1); a word both lead-ins say names neither: partial, not 0
    from pathlib import Path

    from tests.conversation_helpers import ask, assistant_over

    corpus = Path(__file__).resolve().parents[2] / "corpus"
    text = next(corpus.glob("004_*.txt")).read_text(encoding="utf-8")
    (tmp_path / "vol7.txt").write_text(text, encoding="utf-8")
    other = text.replace("（ワーキングチーム研修）", "（防災ワーキング研修）").replace(
        "研修中にワーキングチームの皆様より", "防災研修中に参加者の皆様より").replace("\n７ \n", "\n８ \n")
    (tmp_path / "vol8.txt").write_text(other, encoding="utf-8")
    assistant = assistant_over(tmp_path)
    answer = ask(assistant, "防災研修の質問と回答は何組ある？")
    assert answer.count == 8 and answer.status == "search"
    answer = ask(assistant, "研修の質問と回答は何組ある？")
    assert answer.status == "partial" and "2つの記事" in answer.summary
