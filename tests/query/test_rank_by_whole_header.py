"""Rows ranked by a column said whole (「落札率が低い順に」: the list of bids' 落札率) beside a yearly summary whose
平均落札率(%) the words say only by its tail: the list is ranked; the summary's column said whole ranks the summary
(whole_header_said.ranks_by_whole_over_part)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made152" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("rank_by_whole_header")
    for name in ("令和６年度入札結果一覧.xlsx", "入札結果年度別集計.txt"):
        shutil.copy(DOCS / name, folder / name)
    return assistant_over(folder)


def test_an_order_by_a_column_said_whole_ranks_its_table(assistant) -> None:
    answer = ask(assistant, "落札率が低い順に３件出して")
    assert answer.status == "exact"
    assert [d["key"] for d in answer.to_dict()["rows"]][:3] == [
        "table_row:R6-委-005", "table_row:R6-工-012", "table_row:R6-工-006"]


def test_a_least_by_a_column_said_whole_is_of_its_table(assistant) -> None:
    answer = ask(assistant, "落札率が一番低い案件は？")
    assert answer.status == "exact" and answer.value == "鷲ノ沢町総合計画策定支援業務委託"


def test_the_summarys_column_said_whole_ranks_the_summary(assistant) -> None:
    answer = ask(assistant, "平均落札率が一番高い年度は？")
    assert answer.status == "exact" and answer.value == "令和5年度"
