"""A joint-work list naming its members with 「・」 (tests/questions/made114, 04_共同事務一覧.html: 檜尾町・榾ノ沢村・大鹿谷村):
「構成町村が5つ」 counts the names the cell lists, the middle dot separating them where no comma does; a cell of
one name (北篠県内全市町村) is one."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from assistant.query.tables.question import list_count
from tests.conversation_helpers import ask

DOCS = Path(__file__).parent.parent / "questions" / "made114" / "docs"


@pytest.fixture(scope="module")
def village(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made114_dots")
    for doc in DOCS.iterdir():
        shutil.copy(doc, folder)
    index = tmp_path_factory.mktemp("made114_dots_index") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def test_count_of_names_listed_with_dots(village) -> None:
    answer = ask(village, "構成町村が5つの共同事務は？")
    assert answer.status == "exact", answer.summary
    assert sorted(r["key"] for r in answer.to_dict()["rows"]) == ["joint_project:共-10", "joint_project:共-3"]
    fewer = ask(village, "構成町村が2つの共同事務は？")
    assert fewer.status == "exact" and fewer.count == 2, fewer.summary


def test_commas_first() -> None:
    assert list_count("鸛ノ江市、茅森市") == 2
    assert list_count("檜尾町・榾ノ沢村・大鹿谷村") == 3
    assert list_count("使用料・手数料、施設") == 2
    assert list_count("北篠県内全市町村") == 1
