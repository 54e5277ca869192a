"""Every phrasing's examples: the text before becomes the text after by that phrasing alone."""
import pytest

from assistant.query.grammar.phrasings import PHRASINGS, rephrase

CASES = [(p, before, after) for p in PHRASINGS for before, after in p.examples]


def test_every_phrasing_has_an_example_and_a_name_of_its_own():
    assert all(p.examples for p in PHRASINGS)
    assert len({p.name for p in PHRASINGS}) == len(PHRASINGS)


@pytest.mark.parametrize("phrasing,before,after", CASES, ids=[f"{p.name}:{b}" for p, b, _ in CASES])
def test_phrasing_example(phrasing, before, after):
    assert before != after
    assert phrasing.apply(before) == after


def test_a_question_that_is_only_a_request_is_kept():
    assert rephrase("教えてください") == "教えてください"
    assert rephrase("R4に終了した実践項目を教えてください") == "R4に終了した実践項目"
