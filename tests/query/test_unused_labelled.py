"""Words asked but not read, printed as labels with one figure in the excerpt shown: the summary quotes them."""
from __future__ import annotations

from assistant.query.answer import Answer
from assistant.query.unused_labelled import said_from_excerpts
from tests.conversation_helpers import ask


def test_the_figures_of_words_left_unread_are_quoted(assistant):
    answer = ask(assistant, "岡山市市民協働推進会議のワーキングチーム研修について、実施日及び参加者数、満足度をお示しください。")
    assert "19名" in answer.summary and "85点" in answer.summary, answer.summary
    assert answer.status != "exact"


def test_two_figures_for_a_word_are_not_quoted():
    answer = Answer(question="q", status="partial", unused=["参加者"], rows=[{"key": "x"}], summary="s",
                    excerpts=[{"text": "参加者：19名"}, {"text": "参加者：20名"}])
    said_from_excerpts(answer)
    assert answer.summary == "s"
