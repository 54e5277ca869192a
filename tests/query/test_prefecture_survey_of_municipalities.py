"""A prefecture's survey of its municipalities (tests/questions/made133, 鶬野県): the rows of its tables are the
municipalities. A row is keyed by its name (「北浜市」), its No. only the order printed; a bare 町/村 asks for the
rows of that kind; the count rows under a matrix of ○/△ (実施団体数（○）) and the 県計 row are no rows; the
joint projects' 【広域-01】 blocks are read as projects whose members are named, and a question asking a kind of
municipality is not answered with joint projects."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

DOCS = Path(__file__).parent.parent / "questions" / "made133" / "docs"


@pytest.fixture(scope="module")
def survey(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made133_survey")
    for doc in DOCS.iterdir():
        shutil.copy(doc, folder)
    index = tmp_path_factory.mktemp("made133_survey_index") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def _keys(answer) -> set[str]:
    return {r["key"] for r in answer.to_dict()["rows"]}


def test_matrix_rows_keyed_by_name(survey) -> None:
    # (two header rows, the measures under merged groups, RPA in capitals among them)
    answer = ask(survey, "RPAが△になってる市町村は？")
    assert answer.status == "exact", answer.summary
    assert _keys(answer) == {"table_row:南郷市", "table_row:柳原町", "table_row:青木町", "table_row:清水村"}


def test_rows_without_numbers_keyed_by_name(survey) -> None:
    answer = ask(survey, "経常収支比率がR6決算で95％以上のところは？")
    assert _keys(answer) == {"table_row:白川市", "table_row:大沢町", "table_row:松岡町", "table_row:森下村"}


def test_count_rows_are_no_municipalities(survey) -> None:
    answer = ask(survey, "指定管理者制度が空欄（未実施）の団体って何団体ある？")
    assert answer.status == "exact" and answer.count == 3, answer.summary


def test_bare_kind_of_municipality(survey) -> None:
    answer = ask(survey, "町の実質公債費比率の平均は？（小数第２位を四捨五入）")
    assert answer.status == "exact" and answer.count == 7 and answer.value == 9.7, answer.summary


def test_kind_asked_is_not_answered_with_projects(survey) -> None:
    answer = ask(survey, "電子申請を実施中の町はどこ？")
    assert answer.status == "exact" and len(_keys(answer)) == 6 and all(k.endswith("町") for k in _keys(answer)), answer.summary


def test_legend_meaning_said_as_a_verb(survey) -> None:
    answer = ask(survey, "人口５万人以上で、AI-OCRをもう実施している団体")
    assert answer.status == "exact", answer.summary
    assert _keys(answer) == {"table_row:鶬野市", "table_row:北浜市", "table_row:白川市"}


@pytest.mark.parametrize("question, codes", [
    ("森下村が参加してる広域連携は？", {"広域-04", "広域-07", "広域-09", "広域-11"}),  # (広域-09: 県内全市町村)
    ("高坂市と若葉町の両方が参加してる事業は？", {"広域-02", "広域-05", "広域-09"}),
    ("幹事団体が村になっている連携事業", {"広域-07", "広域-11"}),
])
def test_projects_listing_members(survey, question, codes) -> None:
    answer = ask(survey, question)
    assert answer.status == "exact" and _keys(answer) == {f"joint_project:{c}" for c in codes}, answer.summary


def test_members_counted_once(survey) -> None:
    answer = ask(survey, "行政DX分野の広域連携（準備中のものも含む）に参加している市町村は、重複を除くと何団体？")
    assert answer.status == "exact" and answer.value == 15, answer.summary


def test_kind_of_municipality_narrows_the_rows_before(survey) -> None:
    answer = ask(survey, "職員数がR6からR7で減った団体は？", "そのうち町だけ教えて")
    assert answer.status == "exact", answer.summary
    assert _keys(answer) == {"table_row:大沢町", "table_row:岩崎町", "table_row:松岡町"}


def test_one_municipality_found_is_the_value(survey) -> None:
    answer = ask(survey, "経常収支比率がR5とR6で全く同じ団体は？")
    assert answer.status == "exact" and answer.value == "青木町", answer.summary
