"""「令和5年度で来館者１人当たりの運営費が最も低いのはどこ？」 over one page's two tables of the same 館 by year, each
captioned by its measure (来館者数の推移（単位：人）, 運営費の推移（単位：千円）): each row's 運営費 of the year divided
by its 来館者数 in the other table, matched by 館番号 (query/per_person_two_tables.py)."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

PAGE = """<html><head><title>図書館・博物館の運営状況｜柚木原町</title></head><body>
<h1>図書館・博物館の運営状況</h1>
<h2>表A 来館者数の推移（単位：人）</h2>
<table>
<tr><th>館番号</th><th>館名</th><th>令和3年度</th><th>令和4年度</th><th>令和5年度</th></tr>
<tr><td>L1</td><td>柚木原町立中央図書館</td><td>52,300</td><td>55,120</td><td>58,040</td></tr>
<tr><td>L2</td><td>柚木原町立東分館</td><td>8,210</td><td>8,400</td><td>7,950</td></tr>
<tr><td>M1</td><td>柚木原町歴史民俗博物館</td><td>12,480</td><td>13,900</td><td>15,200</td></tr>
<tr><td>M2</td><td>柚木原町美術館</td><td>21,330</td><td>19,870</td><td>24,600</td></tr>
</table>
<h2>表B 運営費の推移（単位：千円）</h2>
<table>
<tr><th>館番号</th><th>館名</th><th>令和3年度</th><th>令和4年度</th><th>令和5年度</th></tr>
<tr><td>L1</td><td>柚木原町立中央図書館</td><td>61,000</td><td>62,500</td><td>63,800</td></tr>
<tr><td>L2</td><td>柚木原町立東分館</td><td>7,900</td><td>8,100</td><td>8,300</td></tr>
<tr><td>M1</td><td>柚木原町歴史民俗博物館</td><td>30,200</td><td>31,000</td><td>31,900</td></tr>
<tr><td>M2</td><td>柚木原町美術館</td><td>24,100</td><td>24,800</td><td>25,300</td></tr>
</table>
</body></html>
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("per_person_two_tables")
    (folder / "館の運営状況.html").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


def _keys(answer) -> list[str]:
    return [r["key"] for r in answer.to_dict()["rows"]]


def test_lowest_cost_per_visitor_of_the_year(town) -> None:
    # (令和5年度: L1 63,800千円 ÷ 58,040人 ≈ 1,099円, L2 ≈ 1,044円, M1 ≈ 2,099円, M2 ≈ 1,028円)
    answer = ask(town, "令和5年度で来館者１人当たりの運営費が最も低いのはどこ？")
    assert answer.status == "exact" and _keys(answer) == ["table_row:M2"], (answer.status, _keys(answer), answer.summary)


def test_highest_of_another_year(town) -> None:
    # (令和3年度: M1 30,200 ÷ 12,480 ≈ 2,420円, the highest)
    answer = ask(town, "R3の来館者1人あたりの運営費がいちばん高い館は？")
    assert answer.status == "exact" and _keys(answer) == ["table_row:M1"], (answer.status, _keys(answer), answer.summary)
