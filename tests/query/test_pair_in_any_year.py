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


# A ceiling printed once (上限額) beside an amount printed by year (made154's 交付額 over 令和４〜６年度), and a town's
# page of the same shape with other labels.
_CEILINGS = """<html><head><title>楓台町 地域活動補助金 交付実績</title></head><body><h1>楓台町 地域活動補助金 交付実績</h1>
<table><tr><th>番号</th><th>活動名</th><th>限度額</th><th>令和5年度補助額</th><th>令和6年度補助額</th><th>令和7年度補助額</th></tr>
<tr><td>K-1</td><td>通学路見守り隊</td><td>200000</td><td>200000</td><td>150000</td><td>90000</td></tr>
<tr><td>K-2</td><td>高齢者サロン運営</td><td>300000</td><td>250000</td><td>80000</td><td></td></tr>
<tr><td>K-3</td><td>花いっぱい運動</td><td>100000</td><td></td><td>60000</td><td>70000</td></tr>
<tr><td>K-4</td><td>子ども将棋教室</td><td>100000</td><td>50000</td><td>100000</td><td>100000</td></tr>
</table></body></html>
"""


@pytest.fixture(scope="module")
def grants(tmp_path_factory) -> Assistant:
    from pathlib import Path
    folder = tmp_path_factory.mktemp("any_year_grants")
    xlsx = Path(__file__).parent.parent / "questions" / "made154" / "docs" / "R4-R6_市民提案型協働事業_採択事業一覧.xlsx"
    shutil.copy(xlsx, folder)
    (folder / "地域活動補助金交付実績.html").write_text(_CEILINGS, encoding="utf-8")
    return assistant_over(folder)


def _codes(answer) -> set[str]:
    return {str(r["key"]).split(":", 1)[1] for r in answer.to_dict()["rows"] if str(r["key"]).startswith("table_row:")}


@pytest.mark.parametrize("question, codes", [
    # (K-1 reached its 限度額 in R5 only: the latest year alone would leave it out)
    ("補助額が限度額と同じだった年度がある活動は？", {"K-1", "K-4"}),
    ("補助額が限度額いっぱいまで交付された年度がある活動は？", {"K-1", "K-4"}),
    ("補助額が限度額と同じ年度が一度もない活動は？", {"K-2", "K-3"}),
    ("交付額が上限額いっぱいまで出た年度がある事業は？", {"R4-01"}),
])
def test_an_amount_by_year_against_a_ceiling_printed_once(grants, question, codes) -> None:
    answer = ask(grants, question)
    assert answer.status == "exact" and _codes(answer) == codes, answer.summary
    assert any(u.get("op") in ("or", "not_any") for u in answer.understood), answer.understood
