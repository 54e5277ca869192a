"""Grades a report prints as words (達成 / 概ね達成 / 未達成: the index's grade values) stand in the question as
one mark each while the rules read it (grammar.mark_grade_words), and come back as the word."""
from __future__ import annotations

from assistant.query.grammar import grade_word, mark_grade_words

WORDS = ("概ね達成", "未達成", "達成")  # longest first, as the lexicon keeps them


def test_each_word_is_one_mark_the_longest_first():
    text, spans = mark_grade_words("令和6年度に未達成、令和7年度は概ね達成、令和8年度に達成した", WORDS)
    assert [grade_word(ch) for ch in text if ord(ch) >= 0xE000 and ord(ch) < 0xE100] == ["未達成", "概ね達成", "達成"]
    assert [w for _, _, w in spans] == ["未達成", "概ね達成", "達成"]
    assert all(text[a:b] != w for a, b, w in spans)  # the marks stand where the words were


def test_a_grade_the_grammar_reads_as_a_verb_stays_a_verb():
    text, spans = mark_grade_words("R4に完了した項目で実施中のもの", ("実施中", "完了"))
    assert "完了した" in text and [w for _, _, w in spans] == ["実施中"]


def test_without_grade_words_nothing_changes():
    assert mark_grade_words("R4にAの項目", ()) == ("R4にAの項目", [])
    assert grade_word("A") == "A"


def test_a_word_that_holds_a_grade_word_is_no_grade():
    text, spans = mark_grade_words("達成率が100%以上で、目標達成度も高く、概ね達成以上のもの", WORDS)
    assert "達成率" in text and "目標達成度" in text and [w for _, _, w in spans] == ["概ね達成"]
