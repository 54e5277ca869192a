"""「R5に実績が計画額を上回った事業は？」 over year columns 計画 | 実績 of an amount of money (made135's 投資計画,
（単位：百万円）; a made table in 千円): 計画, 実績 are said 計画額, 実績額 (read.py), where no other column is."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made135" / "docs"
BOOK = "鷂ヶ岳市水道事業経営戦略_進捗評価表（令和７年度）.xlsx"

PARKS = """<html><head><title>公園整備事業の執行状況</title></head><body>
<h1>公園整備事業の執行状況</h1>
<table>
<caption>公園ごとの整備費（単位：千円）</caption>
<tr><th>公園名</th><th>令和5年度計画</th><th>令和5年度実績</th><th>令和6年度計画</th><th>令和6年度実績</th></tr>
<tr><td>中央公園</td><td>12,000</td><td>12,500</td><td>8,000</td><td>7,600</td></tr>
<tr><td>みどり公園</td><td>5,000</td><td>4,200</td><td>6,000</td><td>6,300</td></tr>
<tr><td>さくら公園</td><td>3,000</td><td>3,000</td><td>2,000</td><td>1,900</td></tr>
</table></body></html>
"""


@pytest.fixture(scope="module")
def water(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("plan_amount_water")
    shutil.copy(DOCS / BOOK, folder / BOOK)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def parks(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("plan_amount_parks")
    (folder / "公園整備事業の執行状況.html").write_text(PARKS, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("which, question, titles", [
    ("water", "R5に実績が計画額を上回った事業は？",
     {"管路更新(基幹管路)", "管路更新(配水支管)", "浄水場更新・耐震化", "配水池耐震化", "監視制御システム更新"}),
    ("parks", "令和6年度に実績額が計画額を上回った公園は？", {"みどり公園"}),
    ("parks", "令和5年度の実績額が計画額を下回った公園", {"みどり公園"}),
])
def test_amount_words(request, which, question, titles) -> None:
    answer = ask(request.getfixturevalue(which), question)
    got = {r["title"] for r in answer.rows}
    assert answer.status == "exact" and got == titles and not answer.unused, (answer.status, answer.summary, got)
