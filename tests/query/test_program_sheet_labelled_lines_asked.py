"""The change of a cost between two settled years of the sheet of tests/kinds/test_program_sheet_labelled_lines,
the city named before the program said in other words (「笠間市の里山の保全の事業」): the city scopes the sheet
by its documents (it is printed in the title, not in the record's text, and was sought there: no answer)."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.kinds.test_program_sheet_labelled_lines import TEXT


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kasama")
    (folder / "笠間市_評価シート.txt").write_text(TEXT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_change_between_settled_years(assistant):
    answer = assistant.ask("笠間市の里山保全の事業、総事業費は2021年度から2022年度でいくら減った？")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert answer.value == -150000
