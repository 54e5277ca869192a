"""「竣工が古い順に３施設あげて」 (made135's 耐震化状況: 竣工年度) and 「建築が古い順に2施設」 (made87's 公共施設一覧:
建築年): the count after the order said with the rows' own word (施設 of 施設名) is the first rows of the order,
and the column of the year a building went up is said by its act alone (竣工, 建築)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

QUESTIONS = Path(__file__).resolve().parents[1] / "questions"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("order_rows_word")
    shutil.copy(QUESTIONS / "made135" / "docs" / "水道施設の耐震化状況.html", folder / "水道施設の耐震化状況.html")
    shutil.copy(QUESTIONS / "made87" / "docs" / "04_公共施設一覧.html", folder / "04_公共施設一覧.html")
    return assistant_over(folder)


@pytest.mark.parametrize("question, first", [
    ("竣工が古い順に３施設あげて", ["鷂ヶ岳浄水場", "桜台配水池", "高台配水池"]),
    ("竣工年度が新しい順に2施設", ["南部配水池", "峠ポンプ場"]),
])
def test_first_rows_counted_by_their_word(assistant, question, first) -> None:
    answer = ask(assistant, question)
    got = [r["title"] for r in answer.rows]
    assert answer.status == "exact" and got == first and not answer.unused, (answer.status, answer.summary, got)


def test_built_year_said_by_the_act(assistant) -> None:
    answer = ask(assistant, "建築が古い順に2施設")
    rows = ask(assistant, "建築年が古い順に2つ")
    got = [r["title"] for r in answer.rows]
    assert answer.status == "exact" and not answer.unused and got == [r["title"] for r in rows.rows] and len(got) == 2, (
        answer.status, answer.summary, got)
