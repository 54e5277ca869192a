"""Questions over the joint projects of three municipalities (tests/kinds/test_joint_projects_three_towns):
「Xが幹事の部会」 is the chairing municipality (the table heads it 部会（幹事市村）), 「もう実施している」 is
done, and 「Xの担当課が空欄」 is a blank cell of X's column — never a project of another table, which
has no column for X at all (the shipped table of two cities was listed whole)."""
from __future__ import annotations

import shutil

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conftest import CORPUS
from tests.kinds.test_joint_projects_three_towns import page


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("joint3")
    (folder / "三市町村_連携事業.docx").write_bytes(page())
    # The shipped joint-projects table of two other cities sits beside it.
    for path in CORPUS.iterdir():
        if path.is_file():
            shutil.copy(path, folder / path.name)
    index = folder / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


@pytest.mark.parametrize("question, expected", [
    ("北山市・南川町・西野村の連携事業で、西野村が幹事の部会の事業は？", ["3"]),
    ("北山市・南川町・西野村の連携事業で南川町が幹事をしている部会の事業は？", ["1"]),
    ("北山市・南川町・西野村の連携事業で、もう実施しているものは？", ["1"]),
    ("北山・南川・西野の連携事業で、西野村の担当課が空欄になっているものは？", ["2"]),
])
def test_three_towns_asked(assistant, question, expected):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert sorted(str(r["code"]) for r in answer.rows) == expected
