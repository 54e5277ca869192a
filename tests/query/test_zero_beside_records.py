"""An empty answer over words that stand not in the records of the kind asked but in the line introducing them
(zero_beside_records.py, over the shipped corpus: 「研修中に…いただいた質問と回答をご紹介します」 before the newsletter's
Q&A table) is no exact 0: partial, saying where the words stand; words nowhere near such records leave it as it
was. The answers are those the engine gives when no other step read the words as the article's
(counted_under_parent.py), as with two articles that both say them."""
from __future__ import annotations

from assistant.query.answer import Answer
from assistant.query import zero_beside_records


def _empty_count(word: str) -> Answer:
    return Answer(question=f"{word}の質問と回答は何組ある？", target="qa", status="exact", count=0, value=0,
                  understood=[{"field": "text", "op": "match", "value": word, "label": f"本文に「{word}」を含む"},
                              {"field": "*", "op": "count", "value": None, "label": "件数を数える"}],
                  summary="条件に合う質問と回答は 0件です。")


def test_a_word_of_the_lead_in_makes_an_empty_count_partial(assistant):
    answer = _empty_count("研修")
    zero_beside_records.guarded(assistant, answer)
    assert answer.status == "partial" and "25行目" in answer.caveat and answer.summary.startswith("「研修」")


def test_a_word_nowhere_before_the_records_leaves_the_count(assistant):
    answer = _empty_count("虐待")
    zero_beside_records.guarded(assistant, answer)
    assert answer.status == "exact" and not answer.caveat


def test_the_asked_count_is_never_an_exact_zero(assistant):
    answer = assistant.ask("研修の質問と回答は何組ある？")
    assert not (answer.status == "exact" and answer.count == 0)
