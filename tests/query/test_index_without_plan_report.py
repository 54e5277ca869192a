"""An index of other towns' documents only (no plan report, so no 実践項目 table): questions that probe the plan
report's kinds on the way (a year's figure asked of a record) are answered from what the index holds, never
「索引が壊れています」."""
import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made74" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    book = next(DOCS.glob("*.xlsx"), None)
    if book is None:
        pytest.skip("made74's documents are not present")
    folder = tmp_path_factory.mktemp("other_towns")
    shutil.copy(book, folder / book.name)
    return assistant_over(folder)


def test_a_years_total_asked_over_other_towns_documents_is_answered(assistant):
    answer = ask(assistant, "南条野市の市民協働課の補助金って、令和8年度の合計は令和7年度より何千円増えた？")
    assert not answer.error
    assert "壊れて" not in answer.summary
    assert answer.target == "table_row"
