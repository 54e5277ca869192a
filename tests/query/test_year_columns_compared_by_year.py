"""Two years' columns of one measure compared, each said with its own year (「R4実績がR3実績より減った」「R6目標とR4目標が
同じ」), over another town's list of KPIs by year whose last target is printed with a bracket (令和6年度目標（最終）) beside
a report grading the same items by year (達成状況 R3 │ R4):
- 「R6目標」 is the series 目標's column of that year, not the bare word 目標 (was read as the year before's target:
  「令和3年度目標と令和4年度目標が同じ」, stated as exact);
- the year said before each column picks that column, R3 said without 年 too (was the grading report's marks falling,
  stated as exact, or a search)."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

KPI = """<html><head><title>楢葉台町 行政改革推進計画 KPI一覧</title></head><body>
<h1>楢葉台町 行政改革推進計画 KPI一覧</h1>
<table><tr><th>番号</th><th>取組名</th><th>令和3年度目標</th><th>令和3年度実績</th><th>令和4年度目標</th><th>令和4年度実績</th><th>令和6年度目標（最終）</th></tr>
<tr><td>K-01</td><td>電子申請の拡大</td><td>30</td><td>34</td><td>40</td><td>45</td><td>60</td></tr>
<tr><td>K-02</td><td>窓口手数料のキャッシュレス化</td><td>5</td><td>6</td><td>8</td><td>4</td><td>8</td></tr>
<tr><td>K-03</td><td>会議録作成の自動化</td><td>10</td><td>12</td><td>15</td><td>11</td><td>20</td></tr>
<tr><td>K-04</td><td>公用車の削減</td><td>3</td><td>3</td><td>4</td><td>5</td><td>4</td></tr>
</table></body></html>
"""

REPORT = """楢葉台町 行政改革推進計画 令和4年度評価報告書

3 取組別達成状況
番号 │ 取組名 │ R3達成状況 │ R4達成状況
K-01 │ 電子申請の拡大 │ ◎ │ ◎
K-02 │ 窓口手数料のキャッシュレス化 │ ◎ │ ×
K-03 │ 会議録作成の自動化 │ ◎ │ △
K-04 │ 公用車の削減 │ ◎ │ ◎
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("year_columns_compared")
    (folder / "kpi_ichiran.html").write_text(KPI, encoding="utf-8")
    (folder / "令和4年度評価報告書.txt").write_text(REPORT, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question, codes", [
    ("R6目標とR4目標が同じ取組", ["K-02", "K-04"]),
    ("R6目標がR4目標より高い取組", ["K-01", "K-03"]),
    ("R4実績がR3実績より減った取組", ["K-02", "K-03"]),
    ("R4実績がR3実績より多い取組", ["K-01", "K-04"]),
])
def test_each_column_by_its_own_year(town, question, codes) -> None:
    answer = ask(town, question)
    got = sorted(str(r["key"]).split(":", 1)[1] for r in answer.to_dict()["rows"])
    assert (answer.status, got) == ("exact", codes), (answer.status, got, answer.summary, answer.understood)
