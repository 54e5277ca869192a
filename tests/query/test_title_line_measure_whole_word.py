"""A word a table's title line holds whole (「基本方針別達成点」's 達成点) names that table, and is not dropped as the
title line's measure when another table's column holds only a part of it (達成 of 達成度令和7年度): 「方針Bの令和７年度の
達成点は？」 is the 基本方針 table's figure, not the 達成度 column of the item table with the 点 silently lost."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

REPORT = """\
東小川村 行財政改革推進計画 取組別達成度一覧
達成度 Ａ：目標以上 Ｂ：目標どおり Ｃ：目標未満

番号\t方針\t取組名\t所管課\t達成度
番号\t方針\t取組名\t所管課\t令和６年度\t令和７年度
K-01\tA\t公共施設の予約システム導入\t総務課\tB\tA
K-02\tA\t窓口キャッシュレス決済の導入\t住民課\tA\tA
K-03\tA\t電子申請の対象拡大\t企画課\tC\tB
K-04\tB\t補助金の総点検\t財政課\tB\tC
K-05\tB\t使用料の見直し\t財政課\tC\tC
K-06\tB\t遊休地の売却\t管財課\tA\tB
K-07\tC\t職員研修の体系化\t総務課\tB\tB
K-08\tC\t業務の外部委託\t企画課\tC\tA

基本方針別達成点
方針\t方針の名称\t令和６年度\t令和７年度
A\t住民サービスの向上\t3.00\t3.67
B\t財政基盤の強化\t3.00\t2.33
C\t組織の活性化\t2.50\t3.50
※達成点は、Ａ＝４、Ｂ＝３、Ｃ＝２として方針に属する取組の達成度を平均したもの。
"""


def _cell(text: str):
    try:
        return float(text)
    except ValueError:
        return text


@pytest.fixture(scope="module")
def village(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("title_line_whole_word")
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "達成度"
    ws.append(["東小川村 財政指標の推移"])
    ws.append(["年度", "経常収支比率", "実質公債費比率"])
    for year, a, b in (("令和５年度", 91.2, 8.1), ("令和６年度", 90.4, 7.9), ("令和７年度", 89.8, 7.6)):
        ws.append([year, a, b])
    ws.append([])
    for line in REPORT.splitlines():
        ws.append([_cell(c) for c in line.split("\t")] if line else [])
    wb.save(folder / "東小川村_行財政改革_達成度一覧.xlsx")
    return assistant_over(folder)


def test_title_word_held_whole_names_its_table(village) -> None:
    a = ask(village, "方針Bの令和７年度の達成点は？")
    assert a.value == 2.33 and a.status == "exact"


def test_the_whole_word_is_kept_in_the_question(village) -> None:
    # (the title line's measure is dropped only where no other table's column holds a part of it)
    from assistant.query.tables.read import read_tables
    from assistant.query.tables.title_line_measure import as_title_line_measure

    asked = "方針Bの令和7年度の達成点は？"
    assert as_title_line_measure(village.db, asked, read_tables(village.db)) == asked


def test_the_item_tables_column_still_answers_its_own_word(village) -> None:
    a = ask(village, "K-04の令和７年度の達成度は？")
    assert a.value == "C"
