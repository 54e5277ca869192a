"""made127's documents beside the shipped corpus: 「全部でいくつ」 of records a report's text counts as a whole
(「本町の全２４８事務事業のうち…３３事業を重点見直しの対象とした」) is that figure, not the records the index holds."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("whole_stated_in_text")
    for doc in sorted((ROOT / "corpus").iterdir()):
        if doc.is_file():
            shutil.copy(doc, folder / doc.name)
    for doc in sorted((ROOT / "tests" / "questions" / "made127" / "docs").iterdir()):
        shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


def test_whole_said_is_the_stated_figure(assistant) -> None:
    for said in ("町の事務事業って全部でいくつあるの？", "事務事業は全部で何件ありますか"):
        a = ask(assistant, said)
        assert a.status == "search" and a.value == 248, said
        assert a.summary.startswith("資料の本文が全体の数として「全248事務事業」")


def test_count_without_the_whole_is_left(assistant) -> None:
    # no 「全部で」: the records counted, as before (no figure of the text put in their place)
    a = ask(assistant, "事務事業は何件？")
    assert a.value != 248
