"""「福祉政策課の担当事業、３年間の交付額の総額」: the years a measure is printed for, said by their count before it
(made154's 交付額 over 令和４〜６年度, beside its 実施年度 column of spans; a town's page of four years): every year
column of the measure, no length of a span; 「実施年度が3年間の」 still the span's length."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

XLSX = Path(__file__).parent.parent / "questions" / "made154" / "docs" / "R4-R6_市民提案型協働事業_採択事業一覧.xlsx"

_OTHER = """<html><head><title>楓台町 地域活動補助金 交付実績</title></head><body><h1>楓台町 地域活動補助金 交付実績</h1>
<table><tr><th>番号</th><th>活動名</th><th>所管課</th><th>実施期間</th><th>令和4年度補助額</th><th>令和5年度補助額</th><th>令和6年度補助額</th><th>令和7年度補助額</th></tr>
<tr><td>K-1</td><td>通学路見守り隊</td><td>学校教育課</td><td>R4〜R7</td><td>100000</td><td>120000</td><td>150000</td><td>90000</td></tr>
<tr><td>K-2</td><td>高齢者サロン運営</td><td>福祉課</td><td>R4〜R5</td><td>200000</td><td>250000</td><td></td><td></td></tr>
<tr><td>K-3</td><td>花いっぱい運動</td><td>環境課</td><td>R5〜R7</td><td></td><td>60000</td><td>60000</td><td>70000</td></tr>
<tr><td>K-4</td><td>見守りサロン</td><td>福祉課</td><td>R6〜R7</td><td></td><td></td><td>50000</td><td>80000</td></tr>
</table></body></html>
"""


@pytest.fixture(scope="module")
def grants(tmp_path_factory):
    folder = tmp_path_factory.mktemp("years_counted")
    shutil.copy(XLSX, folder)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def other(tmp_path_factory):
    folder = tmp_path_factory.mktemp("years_counted_other")
    (folder / "地域活動補助金交付実績.html").write_text(_OTHER, encoding="utf-8")
    return assistant_over(folder)


def test_the_count_of_the_measures_years_is_every_year(grants) -> None:
    answer = ask(grants, "福祉政策課の担当事業、３年間の交付額の総額は？")
    assert answer.status == "exact" and answer.value == 2910000, answer.summary


def test_on_another_towns_page(other) -> None:
    # (K-2 ran two years, K-4 two: a span's length of 4 would leave none)
    answer = ask(other, "福祉課の活動の4年間の補助額の合計は？")
    assert answer.status == "exact" and answer.value == 580000, answer.summary


def test_a_count_of_other_years_is_no_such_reading(other) -> None:
    # (three years said of a measure printed for four: not every year of it)
    answer = ask(other, "福祉課の活動の3年間の補助額の合計は？")
    assert not (answer.status == "exact" and answer.value == 580000), answer.summary


def test_the_spans_length_stays(grants) -> None:
    answer = ask(grants, "実施年度が3年間の事業は？")
    assert any(u.get("op") == "len_eq" for u in answer.understood), answer.understood
