"""「会津若松・喜多方の連携事業」: municipalities of the index's joint-project tables said by their bare
names (without 市・町) scope the answer to their documents. The parser takes a bare name as a word that
only says where; nothing took it up, and the answer silently listed every document's joint projects
(the shipped 岡山市・倉敷市 table's too)."""
from __future__ import annotations

import shutil

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conftest import CORPUS
from tests.kinds.test_joint_projects_states import page


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bare")
    for path in CORPUS.iterdir():
        if path.is_file():
            shutil.copy(path, folder / path.name)
    (folder / "higashiyama_nishikawa.html").write_bytes(page())
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.mark.parametrize("question", [
    "東山・西川の連携事業で今年度実施予定なのは？",
    "東山と西川の連携事業で今年度実施予定なのは？",
    "西川の連携事業で今年度実施予定なのは？",
])
def test_bare_names_scope_the_answer(assistant, question):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert [(str(r["code"]), r["source"]) for r in answer.rows] == [("2", "higashiyama_nishikawa.html")], answer.summary


def test_the_shipped_cities_said_bare_still_find_their_own(assistant):
    assistant.reset()
    answer = assistant.ask("岡山と倉敷の連携事業で今年度実施予定なのは？")
    assert answer.rows and all(r["source"] != "higashiyama_nishikawa.html" for r in answer.rows)
