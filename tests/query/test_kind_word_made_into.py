"""「長寿命化以外の対策になっているもの」 over a facility plan's table of 施設 and their 対策 (tests/questions/made99): 対策
said with になっている is what the facilities are made, not the head asked; the rows stay the table's facilities.
Said as the head (「長寿命化の対策は？」) it is still the plan's measures."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

DOCS = Path(__file__).parent.parent / "questions" / "made99" / "docs"


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made99_made_into")
    shutil.copy(DOCS / "個別施設計画_対策一覧.pdf", folder)
    index = tmp_path_factory.mktemp("made99_made_into_index") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


@pytest.mark.parametrize("verb", ["対策になっている", "対策とされた"])
def test_the_kind_word_made_into_leaves_the_rows_as_printed(plan, verb) -> None:
    answer = ask(plan, f"生涯学習課の施設で、長寿命化以外の{verb}ものは")
    assert answer.status == "exact", answer.summary
    assert answer.rows_are != "practice", answer.summary
    assert sorted(r["title"] for r in answer.rows) == sorted(["中央公民館", "北浜地区集会所", "郷土資料館", "町民体育館", "町営プール"])


def test_the_kind_word_as_the_head_is_still_that_kind(plan) -> None:
    answer = ask(plan, "長寿命化の対策は？")
    assert answer.rows and answer.rows_are == "practice", answer.summary
