"""「そのうち管路更新のものは？」 over 事業名 管路更新（基幹管路） and 管路更新（配水支管） (made135's 投資計画 sheet; a
made table of 道路改良（幹線） and 道路改良（生活道路）): the name said without the note in brackets is every row of
that name, not the first of them (tables/question.py, rows said); with its note said elsewhere in the question
(「一般病床の病床利用率」 of made110's 病床利用率（一般病床）・病床利用率（地域包括ケア病床）) it is that row alone."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made135" / "docs"
BOOK = "鷂ヶ岳市水道事業経営戦略_進捗評価表（令和７年度）.xlsx"

WORKS = """<html><head><title>建設事業費の推移</title></head><body>
<h1>建設事業費の推移</h1>
<table>
<caption>事業別の建設事業費（単位：百万円）</caption>
<tr><th>事業名</th><th>担当課</th><th>令和5年度</th><th>令和6年度</th></tr>
<tr><td>道路改良（幹線）</td><td>道路課</td><td>120</td><td>140</td></tr>
<tr><td>道路改良（生活道路）</td><td>道路課</td><td>60</td><td>75</td></tr>
<tr><td>公園整備</td><td>公園緑地課</td><td>30</td><td>25</td></tr>
<tr><td>橋りょう補修</td><td>道路課</td><td>45</td><td>50</td></tr>
</table></body></html>
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("name_note")
    shutil.copy(DOCS / BOOK, folder / BOOK)
    shutil.copy(DOCS.parents[1] / "made110" / "docs" / "R6_数値目標達成状況.pdf", folder / "R6_数値目標達成状況.pdf")
    (folder / "建設事業費の推移.html").write_text(WORKS, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("turns, titles", [
    (["R6で実績が計画を下回った事業を出して", "そのうち管路更新のものは？"], {"管路更新(基幹管路)", "管路更新(配水支管)"}),
    (["令和6年度の建設事業費が50百万円以上の事業は？", "そのうち道路改良のものは？"], {"道路改良(幹線)", "道路改良(生活道路)"}),
])
def test_every_row_of_the_name(assistant, turns, titles) -> None:
    answer = ask(assistant, *turns)
    got = {r["title"] for r in answer.rows}
    assert answer.status == "exact" and got == titles and not answer.unused, (answer.status, answer.summary, got)


def test_name_with_its_note_is_one_row(assistant) -> None:
    answer = ask(assistant, "道路改良（幹線）の令和6年度の建設事業費は？")
    assert answer.status == "exact" and answer.value == 140, (answer.status, answer.summary)


def test_note_said_before_the_name(assistant) -> None:
    answer = ask(assistant, "一般病床の病床利用率、R6はどうだった？")
    assert answer.status == "exact" and answer.value == 73.9 and [r["title"] for r in answer.rows] == ["病床利用率(一般病床)"], (
        answer.status, answer.summary)
