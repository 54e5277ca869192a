"""A year said as the scope of one year's list (「令和６年度に不調になった入札」) beside a table of years
(年度 │ 入札件数 │ 不調件数 …): the list's rows meeting the value said, not the year's row of the summary read by
parts of its headers; a column of the summary said whole, or another year, stays the summary's (year_row_scope.py)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made152" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("year_row_scope")
    for name in ("令和６年度入札結果一覧.xlsx", "入札結果年度別集計.txt", "指名停止措置状況.html"):
        shutil.copy(DOCS / name, folder / name)
    return assistant_over(folder)


def _keys(answer) -> list[str]:
    return sorted(d["key"] for d in answer.to_dict()["rows"])


def test_a_year_scoping_the_list_reads_the_lists_rows(assistant) -> None:
    answer = ask(assistant, "令和６年度に不調になった入札を教えて")
    assert answer.status == "exact"
    assert _keys(answer) == ["table_row:R6-委-007", "table_row:R6-工-004", "table_row:R6-工-011"]


def test_a_value_counted_with_no_year_counts_the_lists_rows(assistant) -> None:
    answer = ask(assistant, "随意契約って何件あった？")
    assert answer.status == "exact" and answer.count == 5
    assert any(u.get("field") == "入札方式" and u.get("value") == "随意契約" for u in answer.understood)


@pytest.mark.parametrize("question,value", [
    ("令和６年度の随意契約件数は？", 5),  # (the summary's column said whole: its row of the year)
    ("令和４年度の随意契約件数は？", 9),
])
def test_the_summarys_column_said_whole_stays_the_summarys(assistant, question, value) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and answer.value == value
    assert any(u.get("field") == "随意契約件数" for u in answer.understood)
