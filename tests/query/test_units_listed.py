"""「（単位：円、人）」 over a table of amounts and counts of people by year (made154's 採択事業一覧; a town's page of
the same shape): each column the unit of its kind, so that 「R5で参加者１人あたりの交付額」 is the year's amount per
participant, computed from the two columns of that year."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

XLSX = Path(__file__).parent.parent / "questions" / "made154" / "docs" / "R4-R6_市民提案型協働事業_採択事業一覧.xlsx"

_OTHER = """<html><head><title>楓台町 地域活動補助金 交付実績</title></head><body><h1>楓台町 地域活動補助金 交付実績</h1>
<table><caption>地域活動補助金の交付実績（単位：千円、人）</caption>
<tr><th>番号</th><th>活動名</th><th>令和5年度補助額</th><th>令和6年度補助額</th><th>令和5年度参加者数</th><th>令和6年度参加者数</th></tr>
<tr><td>K-1</td><td>通学路見守り隊</td><td>120</td><td>150</td><td>40</td><td>100</td></tr>
<tr><td>K-2</td><td>高齢者サロン運営</td><td>250</td><td>80</td><td>50</td><td>20</td></tr>
<tr><td>K-3</td><td>花いっぱい運動</td><td>60</td><td>60</td><td>30</td><td>10</td></tr>
</table></body></html>
"""


@pytest.fixture(scope="module")
def grants(tmp_path_factory):
    folder = tmp_path_factory.mktemp("units_listed")
    shutil.copy(XLSX, folder)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def other(tmp_path_factory):
    folder = tmp_path_factory.mktemp("units_listed_other")
    (folder / "地域活動補助金交付実績.html").write_text(_OTHER, encoding="utf-8")
    return assistant_over(folder)


def test_amount_per_participant_of_a_year(grants) -> None:
    answer = ask(grants, "R5で参加者１人あたりの交付額が一番高い事業は？")
    assert answer.status == "exact" and answer.value == "R5-03", answer.summary
    assert "令和5年度" in answer.summary, answer.summary


def test_on_another_towns_page(other) -> None:
    # (R5: K-2 5.0, K-1 3.0, K-3 2.0 thousand yen each; R6: K-3 6.0 highest)
    answer = ask(other, "令和5年度の参加者1人当たりの補助額が一番高い活動は？")
    assert answer.status == "exact" and "高齢者サロン運営" in answer.summary, answer.summary
    answer = ask(other, "令和6年度の参加者1人当たりの補助額が一番高い活動は？")
    assert answer.status == "exact" and "花いっぱい運動" in answer.summary, answer.summary


def test_a_cut_asked_is_of_the_printed_columns(tmp_path) -> None:
    # made95's 「（単位：件、千円）」: 件数 in 件 and 金額 in 千円 give computed 1件当たり columns, whose negative
    # numbers are no signed amounts the document prints (tables/signed_extreme.py)
    doc = Path(__file__).parent.parent / "questions" / "made95" / "docs" / "補助金見直し結果_年度別推移.txt"
    shutil.copy(doc, tmp_path)
    answer = ask(assistant_over(tmp_path), "令和6年度までで、合計の削減効果額がいちばん大きかった年度は？")
    assert "令和5年度" in str(answer.value) and "6,650" in answer.summary, answer.summary
