"""A 定住自立圏 vision's progress sheets and report (tests/questions/made102): a note naming a set of members
(「全構成町村」は…の５町村をいう) read into the cells saying it; 政策分野 rows as the plan's headings (initiative);
a caption 「政策分野別・連携事業別の事業費」 whose rows are the last 〜別's; a year's column of ◎○ beside siblings
printing △ graded, no timeline; a notes column mentioning a year no column of years; 「XがY（列）に入っている」.
And over the shipped corpus: a grade span reaching years the index grades not is no exact answer of its first years."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.query.tables.named_sets import named_sets
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

DOCS = Path(__file__).parent.parent / "questions" / "made102" / "docs"


@pytest.fixture(scope="module")
def vision(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made102_vision")
    for doc in DOCS.glob("0[12]_*"):
        shutil.copy(doc, folder)
    index = tmp_path_factory.mktemp("made102_vision_index") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def _keys(answer) -> set[str]:
    return {str(r["key"]).split(":", 1)[1] for r in answer.to_dict()["rows"]}


def test_named_set_of_a_note() -> None:
    sets = named_sets("※「全構成町村」は、鹿籠町、檜葉沢町、楢瀬村の３町村をいう。※「再指摘」は前年度の同一事項を再度指摘したものをいう。")
    assert sets == {"全構成町村": ("鹿籠町", "檜葉沢町", "楢瀬村")}


def test_member_of_the_named_set(vision) -> None:
    answer = ask(vision, "楢瀬村が連携市町村に入っている事業はいくつある？")
    assert answer.status == "exact" and answer.count == 22, answer.summary
    answer = ask(vision, "楢瀬村が連携市町村に入っていない事業はいくつある？")
    assert answer.status == "exact" and answer.count == 7, answer.summary


def test_both_members(vision) -> None:
    answer = ask(vision, "鮎返町と檜葉沢町の両方が連携している事業は何件？")
    assert answer.status == "exact" and answer.count == 19, answer.summary


def test_not_taking_part_within_a_heading(vision) -> None:
    answer = ask(vision, "福祉の事業のうち、茅生谷村が参加していないものはどれ？")
    assert answer.status == "exact" and _keys(answer) == {"生活-2-(1)", "生活-2-(4)"}, answer.summary


def test_policy_fields_are_initiatives(vision) -> None:
    answer = ask(vision, "令和6年度の分野評価が△だった政策分野は？")
    assert answer.status == "exact" and {r["key"] for r in answer.to_dict()["rows"]} == {"initiative:2"}, answer.summary


def test_year_column_of_circles_is_graded(vision) -> None:
    answer = ask(vision, "事業数が一番少ない政策分野の令和7年度の評価は？")
    assert answer.status == "exact" and answer.value == "◎", answer.summary


def test_cost_rows_are_joint_projects(vision) -> None:
    answer = ask(vision, "令和7年度予算額が大きい順に上位3つの事業を教えて")
    assert [r["key"] for r in answer.to_dict()["rows"]] == ["joint_project:生活-1-(1)", "joint_project:生活-5-(1)",
                                                "joint_project:結び-1-(1)"], answer.summary


def test_notes_mentioning_a_year_bound_no_span(vision) -> None:
    answer = ask(vision, "R5からR7までずっとA評価の事業はどれ？")
    assert answer.status == "exact" and answer.count == 5, answer.summary


def test_grade_span_beyond_the_graded_years(assistant) -> None:
    answer = ask(assistant, "R5からR7までずっとAの事業はどれ？")
    assert answer.status != "exact", answer.summary


def test_never_the_legend_word_of_a_grade(vision) -> None:
    answer = ask(vision, "3年間で一度も「順調」がついていない連携事業は？")
    assert answer.status == "exact" and answer.count == 12, answer.summary


def test_state_of_grades_said_as_kind(vision) -> None:
    answer = ask(vision, "令和6年度から7年度で進捗区分が悪くなった事業を洗い出して")
    assert answer.status == "exact" and answer.count == 6, answer.summary


def test_never_below_a_grade_over_the_years_counted(vision) -> None:
    answer = ask(vision, "3年間で一度も△以下の評価を受けていない政策分野はどこ？")
    assert answer.status == "exact" and {r["key"] for r in answer.to_dict()["rows"]} == {"initiative:1"}, answer.summary
