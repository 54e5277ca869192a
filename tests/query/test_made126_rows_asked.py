"""made126's documents beside the shipped corpus: a roster row found by the value it holds (「副委員長は？」) answers
who holds it, the row's name, as the value."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

ROOT = Path(__file__).resolve().parents[2]
MADE = ROOT / "tests" / "questions"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made126_rows_asked")
    for doc in sorted((ROOT / "corpus").iterdir()):
        if doc.is_file():
            shutil.copy(doc, folder / doc.name)
    for doc in sorted((MADE / "made126" / "docs").iterdir()):
        shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


def test_holder_of_a_role_is_the_value(assistant) -> None:
    for said in ("行革推進委員会の副委員長は？", "推進委員会の副委員長って誰？"):
        a = ask(assistant, said)
        assert a.status == "exact", said
        assert str(a.value).replace(" ", "") == "新井隆之", said


def _initiatives(answer) -> set[str]:
    return {str(r["practice"]) for r in answer.rows}


def test_words_sought_in_every_years_opinion(assistant) -> None:
    # 意見 by year (令和8年度 │ 令和9年度): II-2 mentions it only in the later year, II-4 only in the earlier
    a = ask(assistant, "マイナンバーカードに触れている委員会意見は？")
    assert a.status == "exact" and a.target == "comment"
    assert _initiatives(a) == {"II-2", "II-4"}
    # a year said keeps the words to that year's column
    b = ask(assistant, "令和9年度の意見でマイナンバーカードに触れているのは？")
    assert _initiatives(b) == {"II-2"}


def test_department_of_two_kinds_is_no_certain_count(assistant) -> None:
    # 人事課 is a side of a joint project (corpus) and the office of five items of made126's plan workbook: with no
    # kind said, a count of one kind is a guess, said first
    a = ask(assistant, "人事課が担当してるやつ何件ある？")
    assert a.status == "partial"
    assert "実践項目 5件" in a.caveat and a.summary.startswith(a.caveat.split("。")[0])
    # the kind said, the count is certain
    b = ask(assistant, "人事課が担当している実践項目は何件？")
    assert b.status == "exact" and b.value == 5
