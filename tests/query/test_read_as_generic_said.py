"""A document a dedicated kind recognises but cannot read is read as a generic document (registry.parse):
an answer from that reading is never stated as exact, and says first why the document was read so
(the generic reading of a plan report's list may not be what the report means)."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.kinds.test_plan_report_unplaced_list import report


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("unplaced")
    # The sheet places item 3 under initiative 1, the counts under 2: the list cannot be placed.
    (folder / "sakuramachi.txt").write_text(report(sheet_initiative=1), encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_an_answer_from_the_generic_reading_of_an_unread_report_is_not_exact(assistant):
    assistant.reset()
    answer = assistant.ask("桜町の実践項目で総合評価がAのものは？")
    assert answer.rows
    assert answer.status == "partial"
    assert "汎用" in answer.caveat and "食い違います" in answer.caveat
    assert answer.notes[0] == answer.caveat
