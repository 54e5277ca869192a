"""A unit line's note 「（単位：千円　△は減額）」: the bare mark said with は means the word after it (減額, not
「は減額」), so 「減額になる事業」 asks for the amounts printed with △, below zero. Over made136's docx and a made
town's page whose note says 「▲は減収」."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made136" / "docs"
DOCX = "事業仕分け結果に対する市の対応方針.docx"

PAGE = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>令和6年度 鷺沼町 使用料見直しの影響額</title></head><body>
<h1>令和6年度 鷺沼町 使用料見直しの影響額</h1>
<p>（単位：千円　▲は減収）</p>
<table border="1">
<tr><th>番号</th><th>施設名</th><th>所管課</th><th>影響額</th></tr>
<tr><td>1</td><td>町民プール</td><td>スポーツ課</td><td>▲1,200</td></tr>
<tr><td>2</td><td>公民館ホール</td><td>生涯学習課</td><td>800</td></tr>
<tr><td>3</td><td>町営駐車場</td><td>管財課</td><td>▲300</td></tr>
<tr><td>4</td><td>体育館</td><td>スポーツ課</td><td>450</td></tr>
</table>
</body></html>
"""


@pytest.fixture(scope="module")
def policy(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reductions")
    shutil.copy(DOCS / DOCX, folder / DOCX)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("other_reductions")
    (folder / "shiyoryo_eikyo.html").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


def test_a_reduction_is_an_amount_printed_with_the_mark(policy) -> None:
    answer = ask(policy, "R8予算で減額になる事業は何事業？")
    assert answer.status == "exact" and answer.count == 9, (answer.status, answer.summary)
    assert any(u["op"] == "lt" and u["value"] == 0 for u in answer.understood), answer.understood


def test_another_towns_mark_said_with_wa(page) -> None:
    answer = ask(page, "減収になる施設はどこ？")
    assert {r.get("title") for r in answer.rows} == {"町民プール", "町営駐車場"}, (answer.status, answer.summary)


def test_the_size_of_a_cut_ranked_is_no_condition(policy) -> None:
    # (「減額幅が一番大きい」: the deepest cut, not the largest of the amounts below zero, now that 減額 is the
    # legend's word for △)
    answer = ask(policy, "Ｒ８予算への反映で減額幅が一番大きい事業は")
    assert answer.status == "exact" and [r.get("title") for r in answer.rows][:1] == ["敬老祝金支給事業"], answer.summary
