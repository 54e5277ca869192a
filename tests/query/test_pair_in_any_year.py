"""「実績が計画を上回った年度がある事業」「…年度が一度もない事業」 over year columns of 計画 and 実績 (made135's 投資計画;
the made 公園整備 table of test_plan_amount_said): the two compared in some year printed, or in none, not in the
latest year alone (tables/pair_any_year.py); a year said keeps that year's comparison."""
from __future__ import annotations

import shutil

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over
from tests.query.test_plan_amount_said import BOOK, DOCS, PARKS


@pytest.fixture(scope="module")
def water(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("any_year_water")
    shutil.copy(DOCS / BOOK, folder / BOOK)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def parks(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("any_year_parks")
    (folder / "公園整備事業の執行状況.html").write_text(PARKS, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("which, question, titles", [
    ("water", "実績が計画を上回った年度が一度もない事業", {"スマートメーター導入"}),
    ("water", "実績が計画を上回った年度がある事業",
     {"管路更新(基幹管路)", "管路更新(配水支管)", "浄水場更新・耐震化", "配水池耐震化", "ポンプ場更新", "監視制御システム更新"}),
    ("water", "R6で実績が計画を下回った事業",
     {"管路更新(基幹管路)", "管路更新(配水支管)", "浄水場更新・耐震化", "配水池耐震化", "スマートメーター導入"}),
    ("parks", "実績額が計画額を上回った年度がある公園", {"中央公園", "みどり公園"}),
    ("parks", "実績額が計画額を上回った年度が一度もない公園", {"さくら公園"}),
])
def test_some_year_or_none(request, which, question, titles) -> None:
    answer = ask(request.getfixturevalue(which), question)
    got = {r["title"] for r in answer.rows}
    assert answer.status == "exact" and got == titles and not answer.unused, (answer.status, answer.summary, got)
