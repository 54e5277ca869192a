"""A DX plan's report printing all its levels in one table (tests/questions/made116): heading rows 【基本方針1】… and
1-1 … carrying their own grades over items coded 1-1-1 …; a committee's opinion table coding what each opinion is
on under 施策コード, its legend 「○：対応予定」; a joint-project page naming its systems under システム名; case
studies headed 【事例】<県><町> without a number. Items are asked as 施策, the headings by their words (基本方針,
施策の方向, 2階層目), each answered from its own rows and shown under its record's key."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

DOCS = Path(__file__).parent.parent / "questions" / "made116" / "docs"


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made116_levels")
    for doc in DOCS.iterdir():
        shutil.copy(doc, folder)
    index = tmp_path_factory.mktemp("made116_levels_index") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def _keys(answer) -> list[str]:
    return [r["key"] for r in answer.to_dict()["rows"]]


def test_items_asked_leave_the_heading_rows_out(town) -> None:
    answer = ask(town, "令和6年度の達成度がSになった施策はどれ？")
    assert sorted(_keys(answer)) == ["practice:3-1-1", "practice:3-2-2"], answer.summary


def test_items_counted_leave_the_heading_rows_out(town) -> None:
    answer = ask(town, "令和6年度の達成度がAの推進施策は何件？")
    assert answer.count == 10 and answer.value == 10, answer.summary


def test_headings_asked_by_their_level(town) -> None:
    answer = ask(town, "令和6年度の達成度がAだった施策の方向（2階層目）は？")
    assert answer.status == "exact", answer.unused
    assert sorted(_keys(answer)) == ["initiative:1－1", "initiative:1－2", "initiative:2－1", "initiative:3－2"]
    top = ask(town, "基本方針でR4の評価がCだったのはどれ")
    assert _keys(top) == ["initiative:2"], top.summary


def test_opinions_coded_under_a_code_column_are_comments(town) -> None:
    answer = ask(town, "宇津木委員はどの施策について意見を言っていましたか")
    assert answer.target == "comment" and len(answer.rows) == 3, answer.summary


def test_a_meeting_said_by_its_round_names_its_minutes(town) -> None:
    answer = ask(town, "第2回DX推進委員会で出た委員意見は全部で何件？")
    assert answer.count == 13, answer.summary


def test_a_mark_said_after_its_meaning(town) -> None:
    answer = ask(town, "委員意見のうち、対応区分が継続検討（△）になったものは？")
    assert answer.count == 3 and answer.status == "exact", answer.summary


def test_a_legend_mark_of_the_document_said(town) -> None:
    answer = ask(town, "委員意見一覧の対応区分「○」は何を表してる？")
    assert "対応予定" in str(answer.value), answer.summary


def test_systems_of_a_joint_table_are_joint_projects(town) -> None:
    answer = ask(town, "鍬谷町と一緒にやっているシステム共同化はどれ？")
    assert sorted(_keys(answer)) == ["joint_project:共同-1", "joint_project:共同-2", "joint_project:共同-4",
                                     "joint_project:共同-5"], answer.summary


def test_unnumbered_case_headings(town) -> None:
    answer = ask(town, "令和4年度以降に始まった他自治体の事例はどこ？")
    assert answer.target == "case_study" and len(answer.rows) == 4, answer.summary


def test_headings_never_graded_so_and_risen_by_steps(town) -> None:
    never = ask(town, "R4〜R6で一度もA以上の評価がなかった施策の方向は？")
    assert _keys(never) == ["initiative:2－2"], never.summary
    risen = ask(town, "令和4年度から6年度で達成度が2段階以上上がった施策の方向はどれですか")
    assert sorted(_keys(risen)) == ["initiative:1－2", "initiative:2－1"], risen.summary


def test_main_and_related_departments_of_one_cell(town) -> None:
    main = ask(town, "書かない窓口の導入の主担当課はどこ？")
    assert main.value == "住民課", main.summary
    related = ask(town, "企画政策課が関係課の施策は？")
    assert sorted(_keys(related)) == ["practice:1-1-3", "practice:2-1-3", "practice:2-2-1", "practice:2-2-3",
                                      "practice:3-1-2", "practice:3-2-2"], related.summary


def test_a_group_heading_over_the_whole_and_its_part(town) -> None:
    most = ask(town, "R6で年間件数がいちばん多かった手続は？")
    assert _keys(most) == ["table_row:T-11"], most.summary
    summed = ask(town, "税務課の手続、令和6年度のオンライン件数は合計何件？")
    assert summed.value == 442, summed.summary


def test_a_deed_said_by_its_verb_dates_its_column(town) -> None:
    answer = ask(town, "令和6年度中にオンライン化された手続を教えて")
    assert sorted(_keys(answer)) == ["table_row:T-08", "table_row:T-12", "table_row:T-15", "table_row:T-17"], answer.summary
