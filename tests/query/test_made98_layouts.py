"""A town's BPR report (made98's documents, read alone): a fixed-width text list of items with a column pair
(計画・実績) per year and 「－」 where none, a Word file whose tables stand under numbered parts with captions
「表１ …」「表２ … （単位：人）」 above a blank line, and a workbook of a sheet per year whose two-row header puts
負担割合（％） over four members (one member's share the same every year)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.text.wareki import find_years
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made98" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made98_layouts")
    for name in ("01_改善項目別実績一覧_R6.txt", "02_重点分野別達成状況.docx", "04_共同処理の状況.xlsx"):
        shutil.copy(DOCS / name, folder / name)
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("number") or "") for r in answer.rows)


@pytest.mark.parametrize("turns,codes", [
    # the measure of the title line (削減時間の計画と実績) said alone; the blank 「－」 left out beside a comparison
    (("令和６年度の削減時間で、実績が計画に届かなかった改善項目は？（実績が「－」のものは除いて）",),
     ["R4-005", "R5-001", "R5-003", "R5-006", "R6-003", "R6-004"]),
    # 「一番たくさん」 is 一番多く
    (("令和6年度に一番たくさん時間を削減できた改善項目はどれ？",), ["R4-001"]),
    # the bare 項目 of a list of 改善項目
    (("施設管理・業務委託の見直しの分類で、管財課以外が担当している項目は？",), ["R5-006", "R6-005"]),
    # a member's not taking part is its column's 「－」; the year said apart at the end is the question's
    (("蔦見町が負担していない共同処理はどれ？（令和６年度）",), ["広-7", "広-8"]),
    # 「町の負担額」 is the 本町負担額 column
    (("令和６年度に町の負担額が一番大きい共同処理は？",), ["広-3"]),
    # the caption 「表２ 部門別職員数」 names the table; 「基準と比べて」 over 増減（実績－基準）
    (("令和３年４月の基準と比べて、職員数が減った部門は？",), ["1", "2", "4", "6", "7"]),
    # the number's era prefix is the year registered, as the document notes (R4-001 …)
    (("令和４年度に登録した改善項目のうち、もう実施済になっているのは？",),
     ["R4-001", "R4-003", "R4-004", "R4-006", "R4-008", "R4-009", "R4-010"]),
    (("令和６年度に新しく追加された項目で、実績が計画を上回ったものは？",), ["R6-001", "R6-006"]),
    # 「実績が計画以上」 compares the two columns; 「両方で」 each year's pair
    (("令和５年度と令和６年度の両方で、実績が計画以上だった改善項目は？",),
     ["R4-001", "R4-003", "R4-004", "R4-006", "R4-008", "R4-010", "R5-004", "R5-005"]),
    # 「その分野の改善項目」 after a row of the summary: the items the list prints under its heading
    (("重点分野Ｄってどんな分野だっけ？", "その分野の改善項目で、令和６年度に実績が計画を下回ったのは？（実績が出ていないものは除く）"),
     ["R5-006"]),
    # a grade never got over two years' columns of one grade
    (("◎を一度も取れていない重点分野は？",), ["C", "E"]),
])
def test_layout_read(assistant, turns, codes) -> None:
    answer = ask(assistant, *turns)
    assert answer.status == "exact" and _codes(answer) == codes, (answer.status, answer.summary)


def test_share_of_each_year_under_merged_header(assistant) -> None:
    """The fourth member's share, alike in every year, is still each year's column (「消防」 names 消防・救急, and
    「そこの」 follows it)."""
    answer = ask(assistant, "消防の共同処理は番号でいうと何番？", "そこの令和５年度の蔦見町の負担割合は何％？")
    assert answer.status == "exact" and answer.value == 41, answer.summary


def test_code_is_no_year(assistant) -> None:
    assert find_years("R4-003の担当課は？") == []
    assert [y.fiscal_year for y in find_years("R4-R6")] == [2022, 2024]
    answer = ask(assistant, "R4-003はどこの課の取組？", "その項目の令和６年度の削減実績は？")
    assert answer.value == 800, answer.summary
