"""「令和5年2月公表の取組事例で…」: the month a collection was published (its opening lines print it)
scopes the answer to that document; it is no date a case's text must state (no case states one, and
every case was ruled out). Over the page of tests/kinds/test_case_studies_numbered beside the shipped
corpus (whose collection was published in 平成29年3月)."""
from __future__ import annotations

import shutil

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conftest import CORPUS
from tests.kinds.test_case_studies_numbered import PAGE


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cases")
    (folder / "事例集.html").write_bytes(PAGE)
    for path in CORPUS.iterdir():
        if path.is_file():
            shutil.copy(path, folder / path.name)
    index = folder / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def test_the_month_of_publication_scopes_the_document(assistant):
    answer = assistant.ask("令和5年2月公表の取組事例で、キャッシュレスに取り組んだ自治体は？")
    assert answer.status in ("exact", "partial"), (answer.summary, answer.unused)
    assert sorted(str(r["code"]) for r in answer.rows) == ["1", "2"]
    assert all(r["source"] == "事例集.html" for r in answer.rows)
    assert any(u["field"] == "source" for u in answer.understood)
