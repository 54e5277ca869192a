"""A survey printed one page per year and merged into one row per 設問 (令和3年度 満足度 | … | 令和6年度 満足度):
a year said binds the measure's column of that year (not a sheet the rows are picked by), also under an extreme
and for 「「不満」の割合」 of a column in 単位:% (a share printed, not how many rows). A table of joint projects in a
document of no kind of its own (参加町（本町を除く）, 共同化の内容) is read as joint projects. 「回答者数は何人」 of one
line per survey year: the line of the year said, its labelled number."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_MADE119 = Path(__file__).resolve().parents[1] / "questions" / "made119" / "docs"
_CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.fixture(scope="module")
def made119(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made119_survey")
    for src in (_CORPUS, _MADE119):
        for doc in src.iterdir():
            if doc.is_file() and doc.suffix != ".db":
                shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


def _keys(answer) -> set[str]:
    return {answer.shown_keys.get(str(r.get("key")), str(r.get("key"))) for r in answer.rows}


@pytest.mark.parametrize("question, year", [("令和6年度の満足度が一番低い設問は？", "令和6年度"),
                                            ("令和4年度の調査で満足度が最も高かった設問は？", "令和4年度")])
def test_a_year_binds_the_measure_of_that_year(made119, question, year) -> None:
    a = ask(made119, question)
    fields = [u["field"] for u in a.understood]
    assert any(f.startswith(year) and "満足度" in f for f in fields), fields
    assert not any(u["op"] == "sheet" for u in a.understood)


def test_a_share_column_in_percent(made119) -> None:
    a = ask(made119, "Q4の令和6年度の「不満」の割合は？")
    assert a.status == "exact" and str(a.value) == "8.6", (a.status, a.value)


def test_joint_projects_of_a_tabled_document(made119) -> None:
    a = ask(made119, "菱生村が参加している共同化の取組は？")
    assert _keys(a) == {"joint_project:J-1", "joint_project:J-3", "joint_project:J-4", "joint_project:J-5"}, _keys(a)
    a = ask(made119, "共同化の町負担、令和6年度の合計はいくら？")
    assert a.value is not None and float(a.value) == 14510, (a.status, a.value)


def test_a_count_stated_on_the_line_of_the_year_said(made119) -> None:
    a = ask(made119, "令和3年度調査の回答者数は何人？")
    assert a.status != "exact" and a.value == 812, (a.status, a.value)


def test_begun_since_a_calendar_year_with_a_planned_month(made119) -> None:
    # 開始 令和6年1月 | 令和6年7月 | 令和7年4月（予定）: 「始まった」 is the column's verb, the planned month a month
    a = ask(made119, "令和6年以降に始まった共同化（予定も含む）は？")
    assert a.status == "exact" and _keys(a) == {"joint_project:J-4", "joint_project:J-6", "joint_project:J-7"}, \
        (a.status, _keys(a))


def test_minutes_turns_of_lettered_members_citing_items(made119) -> None:
    # ◯Ａ委員 / ◯委員長 on their own line, the opinion under it citing 窓-2, デ-4 …; ◯住民課長 ends a member's turn
    a = ask(made119, "町民会議でＡ委員が意見を言った改善項目は？")
    assert {str(r.get("initiative")).replace("－", "-") for r in a.rows} == {"窓-2", "窓-6", "デ-3", "デ-5"}, \
        [r.get("initiative") for r in a.rows]
    a = ask(made119, "委員から2回以上意見が出た改善項目は？")
    assert a.status == "exact" and {str(r.get("initiative")).replace("－", "-") for r in a.rows} == {"デ-3", "デ-4"}
