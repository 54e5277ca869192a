"""What the gloss and grade phrasings of made83 leave as said: a bracket that is no gloss of a grade, a grade
taken some time (「ことがある」, the grade rules' own)."""
from assistant.query.grammar.phrasings import PHRASINGS


def _apply(name: str, text: str) -> str:
    return next(p for p in PHRASINGS if p.name == name).apply(text)


def test_a_previous_years_grade_in_brackets_is_no_gloss():
    assert _apply("grade_glossed", "A（前年度：B+）") == "A（前年度：B+）"


def test_a_grade_taken_some_time_is_left_to_the_grade_rules():
    assert _apply("grade_taken", "A評価を取ったことがある") == "A評価を取ったことがある"


def test_a_continued_gloss_only_after_not_ended():
    assert _apply("not_ended_glossed", "終わった（継続）") == "終わった（継続）"
