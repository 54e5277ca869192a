"""Records whose heading holds a word and one of the alternatives bracketed after 見出し (headed_alternatives.py),
over the shipped corpus: every alternative's records together; an alternative naming no heading leaves the
question to the rest (never dropped silently); the grammar's examples."""
from __future__ import annotations

from assistant.query import headed_alternatives
from assistant.query.grammar.headed_alternatives import (ALTERNATIVE_SEPARATOR, HEADING_ALTERNATIVES,
                                                         HEADING_ALTERNATIVES_EXAMPLES)
from assistant.text.normalize import nfkc


def test_the_grammar_examples():
    for said, (head, alts) in HEADING_ALTERNATIVES_EXAMPLES:
        m = HEADING_ALTERNATIVES.search(nfkc(said))
        assert m is not None and m["head"].strip() == head, said
        parts = [p.removesuffix("もの") for p in ALTERNATIVE_SEPARATOR.split(m["alts"])]
        assert tuple(parts) == alts, said


def test_the_records_of_both_alternatives(assistant):
    answer = assistant.ask("公共施設マネジメントの見出し（総合管理計画に基づくもの・地方公会計を活用したもの）で紹介されている自治体は？")
    assert answer.target == "case_study" and answer.count == 4
    assert all(p in answer.summary for p in ("ひたちなか市", "岸和田市", "精華町", "宇城市"))


def test_an_alternative_naming_no_heading_is_not_dropped(assistant):
    said = "公共施設マネジメントの見出し（総合管理計画に基づくもの・下水道を活用したもの）の自治体は？"
    assert headed_alternatives.answer(assistant, said) is None
