"""A field asked by a word another kind calls it by: the field of the asked kind that the word names."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("word, value", [
    ("担当課", "企画調整課"),  # the sheet prints 担当課 and 担当部署 apart: the one said is the one asked
    ("担当部署", "企画政策部"),
])
def test_the_department_word_said_chooses_the_sheets_field(assistant, word, value):
    assistant.ask("埼玉県東南部都市連絡調整会議事業")
    answer = assistant.ask(f"{word}は？")
    assert answer.value == value, answer.summary


def test_the_future_policy_asked_as_the_sheets_direction(assistant):
    # Another city's sheet prints 今後の方針 as 今後の方向性: the word asks for the same field.
    assistant.ask("埼玉県東南部都市連絡調整会議事業")
    answer = assistant.ask("今後の方向性は？")
    assert answer.value and str(answer.value).startswith("既存事業の見直し"), answer.summary
