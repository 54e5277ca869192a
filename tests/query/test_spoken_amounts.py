"""Amounts asked in Kansai speech: 「財政効果額、全部でなんぼなん？」 is 「財政効果額は全部でいくら？」 and 「…、結局なんぼ寄附
集まったん？」 is 「…、寄附はいくら集まった？」 — every reader of the question sees them so, and the answer is the same
as to the plain wording (the answer keeps the question as typed)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("spoken,plain", [
    ("行政創革プランの財政効果額、全部でなんぼなん？", "行政創革プランの財政効果額は全部でいくら？"),
    ("ガバメントクラウドファンディング、結局なんぼ寄附集まったん？", "ガバメントクラウドファンディング、寄附はいくら集まった？"),
])
def test_spoken_amount_is_the_plain_one(assistant, spoken, plain):
    expected = assistant.ask(plain)
    if expected.value is None:
        pytest.skip("the plain wording reads no amount here")
    assistant.reset()
    answer = assistant.ask(spoken)
    assert answer.value == expected.value and answer.question == spoken, answer.summary
