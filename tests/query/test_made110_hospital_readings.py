"""made110's hospital plan papers read as a town's own layouts: a PDF table of targets whose second header row
names the years under merged cells (実績 over R4（基準）/R5/R6, 目標 over R9) and whose rows run on to a next page
without the header; a note naming the rows better lower by their words; a web page's table of 連携 with a code, the
partners in one cell and 和暦 start years (joint projects too); a Word table of opinions citing the plan's items by
code (No. | 意見の要旨 | 関連する取組番号 | 病院の対応方針); cases headed by a municipality's own hospital."""
from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from assistant.kinds.case_studies.loader import parse_places
from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_MADE110 = Path(__file__).resolve().parents[1] / "questions" / "made110" / "docs"


@pytest.fixture(scope="module")
def made110(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made110_docs")
    for doc in _MADE110.iterdir():
        if doc.is_file() and doc.suffix != ".db":
            shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


def _nfkc(value) -> str:
    return unicodedata.normalize("NFKC", str(value or ""))


def _codes(answer) -> set[str]:
    return {_nfkc(r.get("number") or r.get("code")) for r in answer.rows}


def test_years_under_merged_header_cells(made110) -> None:
    a = ask(made110, "紹介率のR6実績は何％？")
    assert a.value == 35.6
    assert ask(made110, "常勤看護師数のR9目標は？").value == 105


def test_rows_on_the_next_page_without_the_header(made110) -> None:
    assert ask(made110, "令和6年度の医業収支比率はいくつ？").value == 86.3


def test_worse_than_the_base_year_by_the_note_of_rows_better_lower(made110) -> None:
    a = ask(made110, "基準値（R4）より悪くなっている指標はどれ")
    assert a.status == "exact" and _codes(a) == {"5"}


def test_a_change_said_of_a_column_without_years_is_not_certain(made110) -> None:
    a = ask(made110, "令和5年度より令和6年度の方が評価が下がった取組は？")
    assert not (a.status == "exact" and a.target == "table_row")


def test_table_rows_of_partners_are_joint_projects(made110) -> None:
    a = ask(made110, "相手機関が3つ以上ある連携はいくつ？")
    assert a.status == "exact" and a.count == 2
    before = ask(made110, "連携のうち、令和2年度以前に始まったものはどれ？")
    assert before.target == "joint_project" and _codes(before) == {"R-1", "R-2", "R-3", "R-7"}


def test_units_ignored_aside_in_a_sum(made110) -> None:
    a = ask(made110, "連携の年間件数、令和6年度の合計はいくつ？（単位は気にせず単純合計で）")
    assert a.value == 3780


def test_numbered_opinions_citing_item_codes_are_comments(made110) -> None:
    a = ask(made110, "委員会意見への対応方針で「令和8年度」と書いてあるのはどの取組に関する意見？")
    assert a.target == "comment"
    assert {_nfkc(r.get("initiative")) for r in a.rows} == {"2-3", "4-2", "5-6"}


def test_the_end_figure_of_a_change_asked(made110) -> None:
    a = ask(made110, "未収金の専任職員を置いた事例では、未収金残高はいくらまで減った？（万円）")
    assert a.value == 620


def test_a_municipality_own_hospital_places_a_case() -> None:
    assert parse_places("長野県霜坂市民病院") == ["長野県", "霜坂市"]
    assert parse_places("岐阜県朴ノ木町立診療所") == ["岐阜県", "朴ノ木町"]


def test_a_target_of_a_year_reached_as_of_a_year(made110) -> None:
    a = ask(made110, "数値目標のうち、令和6年度の時点でもうR9目標を達成している指標は？")
    assert a.status == "exact" and _codes(a) == {"7", "19"}
    b = ask(made110, "令和6年度の実績が目標R9を達成している指標は？")
    assert _codes(b) == {"7", "19"}


def test_a_follow_up_on_joint_projects_of_a_table_narrows_its_rows(made110) -> None:
    a = ask(made110, "連携のうち、令和2年度以前に始まったものはどれ？", "そのうち令和6年度に件数が増えたのは？")
    assert a.status == "exact" and _codes(a) == {"R-1", "R-3", "R-7"}
