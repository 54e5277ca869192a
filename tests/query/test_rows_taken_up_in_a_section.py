"""Rows under section rows merged across a table (【第１班】, 【第１分科会】): 「第１班で扱った」「第１分科会で議論した」
say the section the rows were taken up in, the heading condition, with no word left unread. Over made136's
xlsx and a made town's page of other sections."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made136" / "docs"
XLSX = "R7事業仕分け結果一覧.xlsx"

PAGE = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>令和6年度 鷺沼町 事業点検結果</title></head><body>
<h1>令和6年度 鷺沼町 事業点検結果</h1>
<table border="1">
<tr><th>番号</th><th>事業名</th><th>担当課</th><th>予算額（千円）</th><th>点検結果</th></tr>
<tr><td colspan="5">【第１分科会】</td></tr>
<tr><td>A-1</td><td>花壇整備事業</td><td>公園課</td><td>1,200</td><td>廃止</td></tr>
<tr><td>A-2</td><td>広報紙配布事業</td><td>広報課</td><td>3,400</td><td>継続</td></tr>
<tr><td colspan="5">【第２分科会】</td></tr>
<tr><td>B-1</td><td>市民マラソン開催事業</td><td>スポーツ課</td><td>5,000</td><td>見直し</td></tr>
<tr><td>B-2</td><td>防犯灯設置補助事業</td><td>防災課</td><td>7,000</td><td>継続</td></tr>
<tr><td>B-3</td><td>記念品贈呈事業</td><td>福祉課</td><td>900</td><td>廃止</td></tr>
</table>
</body></html>
"""


@pytest.fixture(scope="module")
def votes(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sections")
    shutil.copy(DOCS / XLSX, folder / XLSX)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("other_sections")
    (folder / "jigyo_tenken.html").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


def test_the_average_of_a_sections_rows(votes) -> None:
    answer = ask(votes, "第１班で扱った事業の予算額の平均は？（千円）")
    assert answer.status == "exact" and float(answer.value) == 35652.5, (answer.status, answer.summary)
    assert not answer.unused


@pytest.mark.parametrize("question, status, value", [
    ("第２分科会で扱った事業の予算額の平均は？", "exact", 4300),
    ("第１分科会で議論した事業は何件", "exact", 2),
])
def test_another_towns_sections(page, question, status, value) -> None:
    answer = ask(page, question)
    assert answer.status == status and float(answer.value) == value, (answer.status, answer.summary)
