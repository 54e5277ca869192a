"""Sheets of coded items (made150's 施策評価シート: 「施策 1-2 学校教育の充実」 over 政策：… 主管部：… lines, then its part
「■構成事業」 with a 事業名 | 担当課 | 事業費（千円） table): the table repeats under each item, so its rows carry their
item's number, name and short labelled fields (generic/structure.py _owner_cells) and are summed and filtered by
them. A made plan of another town, other nouns and labels, shows none of it is one document's."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

SHEETS = Path(__file__).parent.parent / "questions" / "made150" / "docs" / "令和6年度施策評価シート.pdf"

_OTHER = """鷺沼町 重点項目評価

重点項目 1 移住定住の促進
担当部：企画部
評価：順調
■関連事業
事業名	担当課	決算額（千円）
空き家バンク事業	企画課	12,000
移住相談事業	企画課	8,500
合計		20,500
■課題
相談件数は伸びている。

重点項目 2 子育て環境の充実
担当部：福祉部
評価：遅れ
■関連事業
事業名	担当課	決算額（千円）
一時預かり事業	子育て課	30,000
病児保育事業	子育て課	45,000
児童館運営事業	子育て課	5,000
合計		80,000
■課題
保育士の確保が課題である。

重点項目 3 道路の安全確保
担当部：建設部
評価：概ね順調
■関連事業
事業名	担当課	決算額（千円）
通学路整備事業	道路課	60,000
合計		60,000
■課題
工事の遅れがある。
"""


@pytest.fixture(scope="module")
def sheets(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made150_sheets")
    shutil.copy(SHEETS, folder)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def other(tmp_path_factory):
    folder = tmp_path_factory.mktemp("projects")
    (folder / "重点プロジェクト評価.txt").write_text(_OTHER, encoding="utf-8")
    return assistant_over(folder)


def test_a_part_table_summed_under_its_item(sheets, other) -> None:
    answer = ask(sheets, "施策1-2の構成事業の事業費、合計でいくら？（千円）")
    assert answer.status == "exact" and answer.value == 651670, answer.summary
    answer = ask(other, "担当部が福祉部の関連事業の決算額の合計は？")
    assert answer.status == "exact" and answer.value == 80000, answer.summary


def test_a_part_table_filtered_by_its_items_field(sheets, other) -> None:
    answer = ask(sheets, "事業費が5,000万円以上で教育部以外の構成事業は何事業？")
    assert answer.status == "exact" and answer.value == 7, answer.summary
    answer = ask(other, "決算額が10,000千円以上で建設部以外の関連事業は何事業？")
    assert answer.status == "exact" and answer.value == 3, answer.summary


def test_a_total_row_is_no_part_row(other) -> None:
    answer = ask(other, "関連事業の決算額の合計は？")
    assert answer.status == "exact" and answer.value == 160500, answer.summary
