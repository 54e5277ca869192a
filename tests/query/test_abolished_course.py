"""「廃止された実施項目」 over a report whose items state no 状況 but a course after review (方向性: 拡充 / 継続 / 縮小 /
廃止 / 完了, tests/questions/made96): the items whose course is 廃止, not those with an end year (completed, 完了), which
would be listed as abolished; 「完了した」 stays the items that ended."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

DOCS = Path(__file__).parent.parent / "questions" / "made96" / "docs"


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made96_course")
    for doc in DOCS.glob("*.pdf"):
        shutil.copy(doc, folder)
    index = tmp_path_factory.mktemp("made96_course_index") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


@pytest.mark.parametrize("question", ["廃止された実施項目は？", "廃止になった項目を教えて", "廃止する実施項目はどれ"])
def test_abolished_is_the_course(plan, question) -> None:
    answer = ask(plan, question)
    assert answer.status == "exact" and {r["key"] for r in answer.rows} == {"practice:I-3-(2)", "practice:III-1-(3)"}, answer.summary


def test_completed_is_still_the_end(plan) -> None:
    answer = ask(plan, "完了した実施項目は？")
    assert answer.status == "exact" and answer.count == 5, answer.summary
