"""made152's bid documents (a list of bids keyed by 契約番号 beside a running No., a page of suspended firms numbered
only by the page, a summary table of years): what each row is called by, and the words of such lists
(随契, 案件数, 「…も含めて」, a column said whole against another table's column said by its tail)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made152" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("bid_results")
    for name in ("令和６年度入札結果一覧.xlsx", "指名停止措置状況.html", "入札結果年度別集計.txt", "入札契約制度改正の概要.pdf"):
        shutil.copy(DOCS / name, folder / name)
    return assistant_over(folder)


def _keys(answer) -> list[str]:
    return sorted(d["key"] for d in answer.to_dict()["rows"])


def test_a_code_with_a_kanji_of_its_class_keys_the_rows_not_the_serial(assistant) -> None:
    # (No. 1 … 30 beside 契約番号 R6-工-001: the printed code)
    answer = ask(assistant, "建設課の工事って何がある？")
    assert _keys(answer) == ["table_row:R6-工-001", "table_row:R6-工-004", "table_row:R6-工-005",
                             "table_row:R6-工-009", "table_row:R6-工-013"]


def test_a_row_of_a_table_of_years_is_called_by_its_year(assistant) -> None:
    answer = ask(assistant, "不調件数が一番多かった年度は？")
    assert answer.status == "exact" and answer.value == "令和5年度"
    assert [d["key"] for d in answer.to_dict()["rows"]][:1] == ["table_row:令和5年度"]


@pytest.mark.parametrize("question,count", [
    ("随契を除いて、落札率が95％以上だった案件は？", 4),  # (随契: 入札方式 随意契約, clipped)
    ("随意契約以外で落札率が95％以上の案件", 4),
])
def test_a_clipped_value_names_its_rows(assistant, question, count) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and answer.count == count
    assert any(u.get("op") == "ne" and u.get("value") == "随意契約" for u in answer.understood)


def test_a_kind_also_included_is_no_condition(assistant) -> None:
    answer = ask(assistant, "工事の落札金額、随契の分も入れて全部足すといくら？")
    assert answer.status == "exact" and answer.value == 282832000
    assert not any(u.get("field") == "入札方式" for u in answer.understood)


def test_the_number_of_cases_counts_rows(assistant) -> None:
    answer = ask(assistant, "入札結果一覧で案件数が一番多い担当課は？")
    assert answer.status == "exact" and answer.value == "建設課"


def test_a_column_of_one_mark_over_blanks_is_said_by_doing_it(assistant) -> None:
    # (低入札 調査: ○ where the inquiry was made, blank elsewhere)
    answer = ask(assistant, "低入札調査をやった案件はどれ？")
    assert answer.status == "exact"
    assert _keys(answer) == ["table_row:R6-委-005", "table_row:R6-工-006", "table_row:R6-工-012"]


def test_a_column_of_days_is_said_by_its_doing(assistant) -> None:
    # (契約日 R6.10.4 …: 「契約した」 bounds it, not the 施行日 of 「入札・契約制度改正の概要」 whose title says 契約)
    answer = ask(assistant, "令和６年10月以降に契約したものを全部")
    assert answer.status == "exact" and answer.count == 9
    assert any(u.get("field") == "契約日" for u in answer.understood)
