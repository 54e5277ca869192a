"""「評価委員会の委員長は誰？」: the title of the person asked (委員長, 会長) is the word sought though Sudachi cuts it
(委員|長), within the document whose title names the body (…評価委員会における意見); the line naming the holder
(「委員長 砺波 直哉」) is shown first."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_MADE110 = Path(__file__).resolve().parents[1] / "questions" / "made110" / "docs"


@pytest.fixture(scope="module")
def made110(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made110_title_holder")
    for doc in _MADE110.iterdir():
        if doc.is_file() and doc.suffix != ".db":
            shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


@pytest.mark.parametrize("question", ["評価委員会の委員長は誰？", "委員長はどなたですか"])
def test_the_chair_asked_is_the_line_naming_the_chair(made110, question) -> None:
    a = ask(made110, question)
    assert a.status == "search" and "砺波" in a.summary and not a.unused


def test_the_shipped_report_chair(assistant) -> None:
    a = ask(assistant, "審議会の会長は誰？")
    assert "関根" in a.summary
