"""「措置の内容で電子申請に触れているものは？」 over made138's audit measures, read as one row per 監査 section whose
body holds every 【R4-意-04】 block: the word is in the section's text but not in the 措置の内容 cell shown, so the
answer is partial and says the word first, never that cell stated as the measure touching it."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

QUESTIONS = Path(__file__).resolve().parents[1] / "questions"


@pytest.fixture(scope="module")
def audit(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made138_topic")
    shutil.copy(QUESTIONS / "made138" / "docs" / "包括外部監査の結果に対する措置の内容.pdf", folder)
    return assistant_over(folder)


def test_word_outside_the_column_said_is_not_exact(audit) -> None:
    answer = ask(audit, "措置の内容で電子申請に触れているものは？")
    if answer.status == "exact":
        assert all("電子申請" in str(r.get("措置の内容", "")) for r in answer.to_dict()["rows"]), answer.summary
    else:
        assert "電子申請" in answer.summary.split("。")[0] or "電子申請" in answer.unused, answer.summary
