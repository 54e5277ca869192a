"""A memo in blocks under a heading per place (【朴沢村】【楓川町（参考）】…): a figure asked of one place is read from
that place's block only (query/named_blocks.py), an amount from the words of the question right before it
(excerpt_values._amount_read). made130's memo, and another prefecture's memo of its own places and words."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

MEMO = Path(__file__).resolve().parents[2] / "tests" / "questions" / "made130" / "docs" / "近隣町村の使用料・手数料改定状況（メモ）.txt"

_OTHER = """近隣市の下水道使用料調査（メモ）

【東浜市】
　令和５年４月改定。基本使用料は1,500円、超過料金は1立方メートル当たり150円。

【西岬市（参考）】
　令和６年４月改定。基本料金は1,800円。口座振替の割引は設けていない。
"""


@pytest.fixture(scope="module")
def memos(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("memo_blocks")
    shutil.copy(MEMO, folder / MEMO.name)
    (folder / "gesui_memo.txt").write_text(_OTHER, encoding="utf-8")
    return assistant_over(folder)


def test_an_amount_of_the_place_named(memos):
    assert ask(memos, "楓川町のコンビニ交付の手数料はいくら？").value == 150
    assert ask(memos, "西岬市の基本料金はいくら？").value == 1800


def test_no_figure_of_another_places_block(memos):
    # (杉ノ原村's block prints no 使用料 of the 体育館; 朴沢村's, ranked first, is no answer of it)
    a = ask(memos, "杉ノ原村の体育館の使用料はいくら？")
    assert a.value != 6000
    assert ask(memos, "朴沢村の体育館の使用料はいくら？").value == 6000
