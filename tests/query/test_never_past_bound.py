"""「交付額が一度も30万円を超えなかった」: a numeric bound said never passed, over a measure printed by year columns
(tests/questions/made154's xlsx: 交付額 over 令和４〜６年度, blank in the years a project did not run; and a town's page
of the same shape with other labels): no year column passes it — not the negated bound on the latest year alone."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

ROOT = Path(__file__).parent.parent.parent
XLSX = ROOT / "tests" / "questions" / "made154" / "docs" / "R4-R6_市民提案型協働事業_採択事業一覧.xlsx"

_OTHER = """<html><head><title>楓台町 地域活動補助金 交付実績</title></head><body><h1>楓台町 地域活動補助金 交付実績</h1>
<table><tr><th>番号</th><th>活動名</th><th>団体</th><th>令和5年度補助額</th><th>令和6年度補助額</th><th>令和7年度補助額</th></tr>
<tr><td>K-1</td><td>通学路見守り隊</td><td>楓台PTA連合会</td><td>120000</td><td>150000</td><td>90000</td></tr>
<tr><td>K-2</td><td>高齢者サロン運営</td><td>楓台社協</td><td>250000</td><td>80000</td><td></td></tr>
<tr><td>K-3</td><td>花いっぱい運動</td><td>楓台緑の会</td><td></td><td>60000</td><td>70000</td></tr>
<tr><td>K-4</td><td>子ども将棋教室</td><td>楓台将棋クラブ</td><td>50000</td><td>50000</td><td>210000</td></tr>
</table></body></html>
"""


@pytest.fixture(scope="module")
def grants(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made154_grants")
    shutil.copy(XLSX, folder)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def other(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kaedes_grants")
    (folder / "地域活動補助金交付実績.html").write_text(_OTHER, encoding="utf-8")
    return assistant_over(folder)


def _keys(answer) -> set[str]:
    return {str(r["key"]).split(":", 1)[1] for r in answer.to_dict()["rows"] if str(r["key"]).startswith("table_row:")}


def test_never_passed_is_no_year_passing(grants) -> None:
    # (R4-03, R5-02 and R5-05 ended before R6: the bound on the latest year alone would leave them out)
    answer = ask(grants, "交付額が一度も30万円を超えなかった事業は？")
    assert answer.status == "exact", answer.summary
    assert _keys(answer) == {"R4-03", "R5-02", "R5-05", "R6-04", "R6-05"}, answer.summary
    assert any(u.get("op") == "not_any" for u in answer.understood), answer.understood


def test_never_passed_on_another_towns_page(other) -> None:
    # (K-2 passed 200,000 in R5 only, K-4 in R7 only; K-3's blank R5 passes nothing)
    answer = ask(other, "補助額が一度も20万円を超えなかった活動は？")
    assert answer.status == "exact" and _keys(answer) == {"K-1", "K-3"}, answer.summary


def test_without_never_the_bound_stays_on_one_year(grants) -> None:
    answer = ask(grants, "交付額が30万円を超えなかった事業は？")
    assert not any(u.get("op") == "not_any" for u in answer.understood), answer.understood
