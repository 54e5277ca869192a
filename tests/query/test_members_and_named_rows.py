"""Other towns' documents beside the shipped corpus (made105's and made107's): opinions counted by how many members
made them (「複数の委員から意見が出た取組」), 「その委員」 as the member the question before named, the records called by a
word only one table's document uses (「柱」) when the kind is not said, and 「そこの…」 after an answer of another kind
that did not read its question whole, as the one table row the previous question's words name."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

ROOT = Path(__file__).resolve().parents[2]
MADE = ROOT / "tests" / "questions"


def _over(tmp_path_factory, made: str) -> Assistant:
    folder = tmp_path_factory.mktemp(f"members_and_named_rows_{made}")
    for doc in sorted((ROOT / "corpus").iterdir()):
        if doc.is_file():
            shutil.copy(doc, folder / doc.name)
    for doc in sorted((MADE / made / "docs").iterdir()):
        shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    return _over(tmp_path_factory, "made107")


@pytest.fixture(scope="module")
def cases(tmp_path_factory) -> Assistant:
    return _over(tmp_path_factory, "made105")


def _codes(answer) -> set[str]:
    return {str(r.get("initiative")) for r in answer.rows}


def test_several_members_counted_per_code(assistant) -> None:
    for said in ("複数の委員から意見が出た取組はある？", "2人以上の委員が意見を述べている取組は？"):
        a = ask(assistant, said)
        assert a.status == "exact" and a.target == "comment", said
        assert _codes(a) == {"Ⅱ-1-②"}, said
        assert len({r["member"] for r in a.rows}) == 2
    # (「複数」 is how many members, not a word the opinions must contain)
    assert "複数" not in str(ask(assistant, "複数の委員から意見が出た取組はある？").understood)


def test_that_member_is_the_one_named_before(assistant) -> None:
    a = ask(assistant, "大楠委員の所属は？", "その委員はどの取組について意見を言ってる？")
    assert a.status == "exact"
    assert _codes(a) == {"Ⅳ-2-①", "Ⅳ-2-②"}
    assert {r["member"] for r in a.rows} == {"大楠"}


def test_word_of_one_table_names_its_rows(assistant) -> None:
    for said in ("総合評価がＢの柱はいくつある？", "総合評価がBの柱は？"):
        a = ask(assistant, said)
        assert a.status == "exact" and a.count == 2, (said, a.summary)
        assert a.target in ("table_row", "item")


def test_there_after_a_partial_answer_is_the_row_its_words_name(cases) -> None:
    a = ask(cases, "学校と公民館を複合化した事例は？", "そこの延床削減率は？")
    assert a.status == "exact" and a.value == 23.5, a.summary
    assert len(a.rows) == 1


def test_several_members_unsaid_is_no_exact_answer(db) -> None:
    # (the shipped report's opinions name no member: the count cannot be made, and the answer says so)
    a = ask(Assistant(db), "複数の委員から意見が出た取組はある？")
    assert a.status != "exact"
    assert "委員" in a.summary
