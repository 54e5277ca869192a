"""Passage terms as ingest makes them (tokenize.passage_terms): the real Sudachi dictionary, the shipped
plan report's lines. Each distinct text is tokenised once, and the terms are those `terms` gives."""
from __future__ import annotations

import sys

from assistant.text import tokenize
from assistant.text.normalize import clean
from assistant.text.tokenize import clear_caches, passage_terms, terms
from tests.conftest import CORPUS

PLAN_REPORT = "002_388add96d06013c9.txt"


def _lines() -> list[str]:
    return (CORPUS / PLAN_REPORT).read_text(encoding="utf-8").splitlines()


class _CountingTokenizer:
    """The real Sudachi tokenizer, counting the texts it is given."""

    def __init__(self, real) -> None:
        self.real = real
        self.texts: list[str] = []

    def tokenize(self, text, *args, **kwargs):
        self.texts.append(text)
        return self.real.tokenize(text, *args, **kwargs)


def test_passage_terms_are_the_terms_of_each_text():
    lines = _lines()
    long_text = "\n".join(lines[:400])  # over the short tokenizer's length and over one Sudachi chunk
    assert len(long_text) > tokenize._MAX_CHARS
    texts = [*lines[:300], "", "   ", lines[5], long_text, "バスツアーとデジタルサイネージ", lines[5]]
    expected = [" ".join(terms(text)) for text in texts]
    clear_caches()  # cold, as a fresh ingest process
    assert passage_terms(texts) == expected
    assert passage_terms(texts) == expected  # warm


def test_a_text_repeated_in_a_document_is_tokenised_once(monkeypatch):
    repeated = "R2と同じ"  # the plan report prints it dozens of times
    assert sum(line.split("\t").count(repeated) for line in _lines()) > 10
    counting = _CountingTokenizer(tokenize._tokenizer())
    monkeypatch.setattr(tokenize._local, "short", counting)
    clear_caches()
    got = passage_terms([repeated, "資料の一つ目", repeated, repeated])
    assert got[0] == got[2] == got[3] == " ".join(terms(repeated))
    assert counting.texts.count(repeated) == 2  # once by passage_terms, once by the check above


def test_clean_collapses_every_white_space_as_before():
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert "\u3000" in spaces and "\xa0" in spaces
    for space in spaces:
        assert clean(f"{space}苦小牧{space}{space}市 {space}") == "苫小牧 市"
    assert clean("a\u200bb") == "a\u200bb"  # a zero-width space is no white space: kept
