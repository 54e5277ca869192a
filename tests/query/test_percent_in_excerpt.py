"""「…の何％程度を下限の目安にしてる？」「100円のうち自由に使えるお金は何円」: a percentage or an amount a passage states, read as the value of the search answer where
the passage says every other word of the question (excerpt_values._percent_read)."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

MEMO = """桜川町 基金の運用方針

１　財政調整基金
　財政調整基金は、災害等に備えるため、標準財政規模の１０％程度を残高の下限の目安とします。

２　減債基金
　減債基金は、公債費の平準化のため、元利償還金の２０％又は３０％を積み立てます。
"""


TALK = """桜川町 財政のはなし

　経常収支比率は92.5％でした。毎年入ってくるお金100円のうち、決まって出ていくお金に92.5円を使っており、
自由に使えるお金は約7.5円です。
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("percent_memo")
    (folder / "桜川町_基金の運用方針.txt").write_text(MEMO, encoding="utf-8")
    (folder / "桜川町_財政のはなし.txt").write_text(TALK, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question", ["財政調整基金は標準財政規模の何％程度を下限の目安にしてる？",
                                      "財政調整基金の下限の目安は標準財政規模の何パーセント？"])
def test_the_one_percentage_of_the_passage(town, question) -> None:
    answer = ask(town, question)
    assert answer.value == 10, (answer.status, answer.summary)


def test_a_word_the_passage_does_not_say_gives_no_value(town) -> None:
    # (上限 is not what the passage states: its one percentage is the lower bound's)
    answer = ask(town, "財政調整基金は標準財政規模の何％程度を上限の目安にしてる？")
    assert answer.value is None, answer.summary


def test_an_amount_said_about_in_part_of_a_yen(town) -> None:
    # (「自由に使えるお金は約7.5円」: 約 before it, a decimal)
    answer = ask(town, "経常収支比率の説明で、100円のうち自由に使えるお金は何円って書いてある？")
    assert answer.value == 7.5, (answer.status, answer.summary)
