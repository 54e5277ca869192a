"""「文書管理システムの共同導入が遅れたのはなぜ？」 over made125's 工程表 (a schedule of ■/▶ marks, no column saying
why): the row the name matches is no answer to why, so it is never stated as exact; the why is left to the notes and
the text (the 質疑一覧's 答弁 says it)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

QUESTIONS = Path(__file__).resolve().parents[1] / "questions"


@pytest.fixture(scope="module")
def schedule(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made125_why")
    for name in ("行政改革実施計画_工程表（令和５～８年度）.pdf", "連合議会質疑一覧（行政改革関係）.docx"):
        shutil.copy(QUESTIONS / "made125" / "docs" / name, folder / name)
    return assistant_over(folder)


def test_why_is_not_the_schedule_row(schedule) -> None:
    answer = ask(schedule, "文書管理システムの共同導入が遅れたのはなぜ？")
    assert answer.status != "exact" or "決裁区分" in answer.summary, answer.summary


def test_the_row_itself_is_still_its_schedule(schedule) -> None:
    answer = ask(schedule, "文書管理システムの共同導入の担当課は？")
    assert answer.value == "企画調整課", answer.summary
