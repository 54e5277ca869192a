"""Figures stated in prose: 「削減見込みは年額で何千円」 where the text prints 「削減見込は、年額248,000千円」 (the
okurigana み, the comma after は, the period said with で), and 「財政効果、合計でいくら」 where it prints 「財政効果の
合計は年額442,200千円」 (the total stated, no figures added up). Over made161's txt and a made-up town's memo."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

MADE161 = Path(__file__).resolve().parents[1] / "questions" / "made161" / "docs"

MEMO = """柊野町 図書館運営の見直しについて

１　効果
　窓口業務を委託した後の人件費の削減見込は、年額12,300千円である。
　また、分館の統合により、年額4,200千円の維持管理費の削減を見込む。
　以上により、見直し効果の合計は年額16,500千円と見込んでいる。
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("prose_city")
    for f in MADE161.iterdir():
        shutil.copy(f, folder / f.name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("prose_town")
    (folder / "図書館運営の見直し.txt").write_text(MEMO, encoding="utf-8")
    return assistant_over(folder)


def test_figure_after_label_with_okurigana(city, town) -> None:
    assert ask(city, "民営化による運営費の削減見込みは年額で何千円？").value == 248000
    assert ask(town, "人件費の削減見込みは年額で何千円？").value == 12300


def test_total_stated(city, town) -> None:
    assert ask(city, "再編の財政効果、合計で年間いくらになるの？（千円）").value == 442200
    # (no unit said in the question: the figure as printed, with its unit)
    assert ask(town, "見直し効果、合計でいくら？").value in (16500, "16,500千円")
    # (a total never printed is not made of a part: 「人件費の削減見込」 is no total)
    assert ask(town, "人件費、合計でいくら？").value in (None, "")
