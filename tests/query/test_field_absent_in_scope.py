"""A condition on a field that no record of the asked kind in the scoped documents holds can only empty the answer:
「0件です」 is then not stated exact, and the answer says first which field those documents do not print. Over a real
index of the shipped corpus beside made132's documents (a plan whose items print yearly progress words, no 取組終了)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    folder = tmp_path_factory.mktemp("field_absent")
    for doc in [*(ROOT / "corpus").iterdir(), *(ROOT / "tests" / "questions" / "made132" / "docs").iterdir()]:
        if doc.is_file():
            shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


def test_a_field_the_scoped_documents_lack_is_not_answered_exact(both):
    # (was 「条件に合う実践項目は 0件です。」 exact: 完了 read as the shipped plan's 取組終了 = R7 over made132's workbook)
    answer = ask(both, "令和７年度時点で完了している取組の数は？")
    assert answer.status != "exact", answer.summary
    if answer.status == "partial":
        assert answer.summary.startswith("「取組終了」"), answer.summary


@pytest.mark.parametrize("question", ["R4に終了した実践項目", "R9に終了した実践項目は何件"])
def test_a_field_the_records_hold_keeps_its_answer(both, question):
    # (the shipped plan's items hold 取組終了: an empty answer there is a true 0, still exact)
    answer = ask(both, question)
    assert answer.status == "exact", answer.summary
