"""A KPI progress workbook laid out as tables side by side on one sheet (an empty column between them) and an unruled
PDF table of a plan's headings graded by year (columns aligned by spaces, a bracketed note under each row, rules of
dashes; tests/questions/made121): the tables read whole, a year said with a column (R4実績) picks that column, 一度でも
within the years said, a heading word with its number scoping the rows (基本目標4のKPIで、), the amount of a row's change
between two years, the headings another table files its items under read as such, a list cell's items, and the change
of year-only grade columns."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

DOCS = Path(__file__).parent.parent / "questions" / "made121" / "docs"


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made121_kpi")
    for doc in DOCS.iterdir():
        if doc.suffix in (".xlsx", ".pdf"):
            shutil.copy(doc, folder)
    index = tmp_path_factory.mktemp("made121_kpi_index") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def _codes(answer) -> set[str]:
    return {str(r.get("KPI番号") or r.get("施策番号") or "") for r in answer.rows}


def test_side_by_side_tables_read_whole(town) -> None:
    answer = ask(town, "KPI 1-3-2の目標値っていくつ？")
    assert answer.status == "exact" and str(answer.value) == "1800", answer.summary


def test_year_said_with_the_column_name(town) -> None:
    answer = ask(town, "社会増減数のR4実績は？")
    assert answer.status == "exact" and str(answer.value) == "-71", answer.summary


def test_ever_within_the_years_said(town) -> None:
    answer = ask(town, "令和4年度以降に一度でも×がついたKPIは？")
    assert answer.status == "exact" and answer.count == 10, answer.summary
    never = ask(town, "4年間で一度も◎にならなかったKPIは何本ありますか")
    assert never.status == "exact" and never.count == 15, never.summary


def test_heading_with_its_number_scopes_the_rows(town) -> None:
    answer = ask(town, "基本目標4のKPIで、R5もR6も○以上（○か◎）だったのは？")
    assert answer.status == "exact" and _codes(answer) == {"4-1-2"}, answer.summary
    assert all(not str(r.get("key", "")).startswith("initiative:") for r in answer.rows)


def test_amount_of_a_rows_change(town) -> None:
    answer = ask(town, "観光入込客数はR3からR6でどれだけ増えた？")
    assert answer.status == "exact" and answer.value == 229, answer.summary


def test_unruled_table_rows_are_the_headings_of_the_items(town) -> None:
    answer = ask(town, "子育て支援課が担当してる施策はどれ？")
    assert answer.status == "exact" and _codes(answer) == {"3-1", "3-2"}, answer.summary


def test_list_cell_holds_the_item_not_a_piece_of_another(town) -> None:
    answer = ask(town, "担当課に総務課が入ってる施策は？")
    assert answer.status == "exact" and _codes(answer) == {"4-1", "4-3"}, answer.summary


def test_change_of_year_only_grade_columns(town) -> None:
    answer = ask(town, "R5からR6で評価が下がった施策を教えて")
    assert answer.status == "exact" and _codes(answer) == {"2-2", "3-3", "4-1"}, answer.summary
    one = ask(town, "施策4-3の令和5年度の評価は？")
    assert one.status == "exact" and one.value == "D", one.summary
