"""A partner body a joint-projects table names as one of its members (a 連携 table of marks: 相手機関 per column
or per cell) said as who a project is done with: 「鴨頭市民病院と一緒にやっている連携を全部」 is the projects whose
cell of it is filled, never every project with the name dropped (a member's name is no stop noun here)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_MADE110 = Path(__file__).resolve().parents[1] / "questions" / "made110" / "docs"
_CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.fixture(scope="module")
def made110(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made110_partners")
    for src in (_CORPUS, _MADE110):
        for doc in src.iterdir():
            if doc.is_file() and doc.suffix != ".db":
                shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


def _codes(answer) -> set[str]:
    return {str(r.get("code") or r.get("number")) for r in answer.rows}


@pytest.mark.parametrize("question", ["鴨頭市民病院と一緒にやっている連携を全部",
                                      "鴨頭市民病院が関わっている連携事業は？",
                                      "鴨頭市民病院との共同の取組を教えて"])
def test_a_partner_said_is_a_condition(made110, question) -> None:
    a = ask(made110, question)
    assert a.count == 5 and _codes(a) == {"R-1", "R-2", "R-4", "R-5", "R-8"}, (a.status, a.count, _codes(a))


def test_a_partner_taking_no_part(made110) -> None:
    a = ask(made110, "鴨頭市民病院が参加していない連携は")
    assert _codes(a) == {"R-3", "R-6", "R-7", "R-9"}
