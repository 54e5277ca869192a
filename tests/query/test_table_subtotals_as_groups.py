"""A staffing table of 部局 | 課等 where a 部 of several 課 ends with its own 「小計」 row and a 部 of no 課
is one row: asked 「部局単位で」, the 部局 are compared by their own figures (the 小計, or the one row),
never their 課; 「課ではなく部局単位で」 says so; 「令和3年度と比べて…減っている」 is the change; the total
of every row is the table's as printed. A made-up city, indexed alone."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over
from tests.query.test_table_plan_and_result_by_year import _staff_workbook

ROWS = [  # 部局, 課等, 計画 / 実績 by year (令和3〜5年度)
    ("総務部", "総務課", 40, 41, 39, 40, 38, 42),
    ("総務部", "人事課", 20, 20, 20, 21, 19, 14),
    ("総務部", "小計", 60, 61, 59, 61, 57, 56),  # 実績 < 計画 though 総務課 is over: the 部 is under
    ("福祉部", "福祉課", 30, 30, 31, 31, 32, 30),
    ("福祉部", "保健所", 50, 50, 52, 53, 54, 57),
    ("福祉部", "小計", 80, 80, 83, 84, 86, 87),
    ("市民部", "", 150, 149, 148, 147, 146, 144),
    ("こども部", "", 120, 118, 122, 121, 124, 125),
    ("消防局", "", 300, 301, 302, 300, 304, 303),
    ("合計", "", 710, 709, 714, 713, 717, 715),
]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, monkeypatch_module) -> Assistant:
    folder = tmp_path_factory.mktemp("subtotals_as_groups")
    monkeypatch_module.setattr("tests.query.test_table_plan_and_result_by_year.ROWS", ROWS)
    _staff_workbook(folder / "桐ヶ丘市_定員管理計画の進捗状況.xlsx")
    return assistant_over(folder)


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def test_groups_compared_by_their_subtotals(assistant) -> None:
    answer = ask(assistant, "令和5年度の実績が計画を上回っている部局はどこですか（部局単位で）。")
    assert answer.status == "exact", answer.summary
    assert {r["部局"] for r in answer.rows} == {"福祉部", "こども部"}, answer.summary


def test_groups_counted_by_a_change_not_their_parts(assistant) -> None:
    answer = ask(assistant, "令和3年度と比べて、令和5年度の職員数（実績）が減っている部局はいくつありますか。"
                            "課ではなく部局単位で数えてください。")
    assert (answer.status, answer.count) == ("exact", 2), answer.summary  # 総務部 61→56, 市民部 149→144 (総務課 is up)


def test_the_total_is_the_tables_as_printed(assistant) -> None:
    answer = ask(assistant, "職員数の合計で、実績が計画をいちばん大きく下回ったのは何年度ですか。")
    assert answer.status == "exact" and "令和5年度" in str(answer.value), answer.summary
