"""Two conditions joined by 「…で、」 each printed in another document of the same items (query/joined_clauses.py):
made129's matrix of offices (Word) and its progress sheet (Excel) joined by the items' codes; a clause that works
out an extreme is never joined (the extreme of one clause alone is not of the rows both find)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "tests" / "questions" / "made129" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("joined_clauses")
    for doc in DOCS.iterdir():
        if doc.suffix in (".docx", ".xlsx"):
            shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


def _keys(answer) -> set[str]:
    return {str(r["key"]) for r in answer.to_dict()["rows"]}


def test_conditions_of_two_documents_joined_by_code(assistant) -> None:
    a = ask(assistant, "企画財政課が担当で、令和７年度に◎か○だったもの")
    assert a.status == "exact" and _keys(a) == {f"practice:{c}" for c in ("1-2-3", "2-2-2", "3-1-1", "3-2-2")}
    b = ask(assistant, "企画財政課が担当で、R7が◎のものは何件？")
    assert b.value == 2


def test_an_extreme_of_one_clause_is_not_joined(assistant) -> None:
    a = ask(assistant, "総務課が担当で、R7の達成率が一番高いものは？")
    assert "突き合わせ" not in a.summary
