"""「工程表で検討・準備の段階が含まれている事業」「◇がある事業」 over a timeline of marks by year column (made88's
工程表 HTML: R7 … R10, ◇ 検討・準備): no year said, the mark held in any of the years (marks_in_years._in_any_year),
not in the one year a default reads it of; a year said keeps its own year."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made88" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("marks_any_year")
    for name in ("01_広域連携事業一覧.xlsx", "04_広域連携工程表.html"):
        shutil.copy(DOCS / name, folder / name)
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("key", "")).split(":", 1)[-1] for r in answer.rows)


@pytest.mark.parametrize("question,codes", [
    ("工程表で検討・準備の段階が含まれている事業はどれですか？", ["広-06", "広-12", "広-14"]),
    ("工程表で検討・準備が入っている事業は？", ["広-06", "広-12", "広-14"]),
    # a year said: that year's column only
    ("工程表でR8に検討・準備が入っている事業は？", ["広-06"]),
])
def test_mark_held_in_any_year(assistant, question, codes) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and _codes(answer) == codes, (answer.status, answer.summary)
