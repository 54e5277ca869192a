"""A follow-up on the one row answered asks a word of a sentence in it (minutes: an agenda item's speakers'
turns): 「効果額はどれくらいと見込んでた？」 is shown as the sentence found, never as a table's value."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

MINUTES = Path(__file__).parents[1] / "questions" / "made74" / "docs" / "02_南条野市_行政改革推進本部会議_議事録_R7第2回.docx"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("minutes")
    shutil.copy(MINUTES, folder / MINUTES.name)
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_a_word_of_the_row_answered(assistant):
    assistant.reset()
    first = assistant.ask("南条野市の推進本部会議で窓口業務の民間委託の話が出てたよね")
    assert first.count == 1, first.summary
    then = assistant.ask("効果額はどれくらいと見込んでた？")
    assert "1,800万円" in then.summary and then.status == "search", then.summary
