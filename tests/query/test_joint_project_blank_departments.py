"""「担当課が空欄の連携事業」: a joint project's departments are cells by municipality, and a blank
cell on either side is a blank 担当課 (the condition was dropped for such a field, and every project
was listed as if it held)."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.kinds.test_joint_projects_states import page


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("joint")
    (folder / "higashiyama_nishikawa.html").write_bytes(page())
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.mark.parametrize("question, expected", [
    ("東山町と西川町の連携事業で担当課が空欄になっているものは？", ["2"]),
    ("東山町と西川町の連携事業で、もう実施済みのものは？", ["1"]),
    ("東山町と西川町の連携事業で今年度実施予定のものは？", ["2"]),
    # one side's cell, the side said with 側 and the blank said 「がない」
    ("東山町側に担当課がない連携事業", ["2"]),
])
def test_blank_and_progress_of_joint_projects(assistant, question, expected):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert sorted(str(r["code"]) for r in answer.rows) == expected


def test_the_other_side_has_no_blank_cell(assistant):
    assistant.reset()
    answer = assistant.ask("西川町側に担当課がない連携事業")
    assert answer.status == "no_match" and not answer.unused


def test_a_state_asked_in_the_words_of_the_note_that_explains_it(assistant):
    # 「実施時期が決まっていない」 is what the table's note says 検討中 means: the project in that state is
    # found by those words (as a search over the record's text, the words not read as a condition).
    assistant.reset()
    answer = assistant.ask("東山町と西川町の連携事業で、まだ実施時期が決まっていないものは？")
    assert answer.status in ("exact", "partial", "search")
    assert [str(r["code"]) for r in answer.rows] == ["3"]


def test_the_shipped_tables_progress_is_not_said_blank(db):
    # The column of states is not what 「進捗状況」 asks of a table whose progress is two columns of
    # text (the shipped one, where that column is blank): never 「記載なし」 stated as the answer.
    answer = Assistant(db).ask("岡山市と倉敷市の連携事業の進捗状況は？")
    assert "記載なし" not in answer.summary
    assert not any(c.get("field") == "status" for c in answer.understood)


@pytest.mark.parametrize("question, expected", [
    # The municipality said as where the cell is, and the department said to be absent (がない).
    ("東山町と西川町の連携事業で、東山町に担当課がない事業はどれ？", ["2"]),
    ("東山町と西川町の連携事業で西川町には担当課がないものは？", []),
])
def test_a_municipality_without_a_department(assistant, question, expected):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status in ("exact", "no_match"), (answer.summary, answer.unused)
    assert not answer.unused
    assert sorted(str(r["code"]) for r in answer.rows) == expected
