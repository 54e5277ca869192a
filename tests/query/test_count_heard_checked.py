"""A count the asker heard (「…は58件と聞きましたが、本当ですか」) is checked, not read as a condition: the
answer says first whether it is right, over the records the rest of the question picks (shipped corpus)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("heard, claimed, plain", [
    ("取組項目の自己評価がBなのに、総括評価がAの実践項目は58件と聞きましたが、本当ですか", 58,
     "取組項目の自己評価がBなのに、総括評価がAの実践項目"),
    ("総括評価がAの実践項目は58件と聞いたけど本当？", 58, "総括評価がAの実践項目"),
    ("R4に終了した実践項目は3件だと聞きましたが、正しいですか", 3, "R4に終了した実践項目"),
])
def test_a_count_heard_is_checked(assistant, heard, claimed, plain):
    answer = assistant.ask(heard)
    assistant.reset()
    truth = assistant.ask(plain)
    assert answer.status == "exact" and not answer.unused, (answer.summary, answer.unused)
    assert answer.count == truth.count and truth.count
    said = "はい" if truth.count == claimed else "いいえ"
    assert answer.summary.startswith(said), answer.summary
