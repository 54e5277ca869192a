"""Questions over a plan's items graded by year in one coded table (coded_year_grades.py) and a public comment's
opinions in tables under headings (opinion_tables.py), as tests/questions/made172 prints them, beside a made edition
of another city (tests/kinds/fixtures/coded_year_grades_edition.html): marks of the legend filtered, two marks of
every year, a field's text 「…のこと」, departments counted in 課, the opinions' category, a word of the response,
and people never counted as the opinions' rows."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

DOCS = Path(__file__).parent.parent / "questions" / "made172" / "docs"
EDITION = Path(__file__).parent.parent / "kinds" / "fixtures" / "coded_year_grades_edition.html"


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made172_graded")
    for doc in DOCS.iterdir():
        if doc.suffix in (".pdf", ".docx"):
            shutil.copy(doc, folder)
    shutil.copy(EDITION, folder / "桐ヶ谷市_推進状況.html")
    index = tmp_path_factory.mktemp("made172_graded_index") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def _codes(answer, kind: str) -> set[str]:
    return {str(r.get("key", "")).partition(":")[2] for r in answer.rows if str(r.get("key", "")).startswith(kind + ":")}


def test_a_mark_of_one_year(town) -> None:
    answer = ask(town, "R6で△だった施策はどれ？")
    assert answer.status == "exact" and _codes(answer, "practice") == {"1-(5)", "2-(4)", "2-(6)", "4-(5)"}, answer.summary


def test_one_of_two_marks_every_year_the_report_grades(town) -> None:
    answer = ask(town, "2年とも△か×だった施策")
    assert answer.status == "exact", answer.summary
    assert _codes(answer, "practice") == {"1-(5)", "2-(4)", "2-(5)", "3-(5)", "4-(5)"}, answer.summary


def test_a_fields_text_said_with_no_koto(town) -> None:
    answer = ask(town, "備考に予算のことが書いてある施策は？")
    assert answer.status == "exact" and _codes(answer, "practice") == {"2-(4)", "4-(5)"}, answer.summary


def test_departments_counted_in_their_counter(town) -> None:
    answer = ask(town, "施策の担当課は何課ある？")
    assert answer.status == "exact" and answer.value == 9, answer.summary


def test_the_edition_of_another_city(town) -> None:
    answer = ask(town, "令和８年度にDだった取組は？")
    assert answer.status == "exact" and _codes(answer, "practice") == {"2-2"}, answer.summary


def test_opinions_by_their_category(town) -> None:
    answer = ask(town, "パブコメで「反映」になった意見はどれ？")
    assert answer.status == "exact", answer.summary
    assert {c.split("-")[0] for c in _codes(answer, "comment")} == {"2", "3", "7", "9", "11", "14", "16"}, answer.summary


def test_a_word_of_the_response_finds_the_opinion(town) -> None:
    answer = ask(town, "「無料」という言葉が出てくる意見は？")
    assert {c.split("-")[0] for c in _codes(answer, "comment")} == {"7", "9"}, answer.summary


def test_people_are_not_the_opinions_rows(town) -> None:
    answer = ask(town, "パブコメで意見を出した人は何人？")
    assert answer.value != 16 and not (answer.status == "exact" and answer.count == 16), answer.summary
