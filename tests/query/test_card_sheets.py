"""Cards in a workbook (a record printed down a column of item names, one sheet per record or several
on one sheet) read as ONE table: one row per card, keyed by its first item, a block of years under an
item name as one column per year, a list sheet keyed by the same item merged in. Made-up towns, other
item names than any question set's; indexed beside the shipped corpus."""
from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from assistant.formats import xlsx
from assistant.query.conversation import Assistant
from tests.conftest import SHARED
from tests.conversation_helpers import ask, assistant_over

BRIDGES = [  # 橋梁番号, 橋梁名, 管理課, 架設年度, 橋長, 健全度 R4/R5/R6, 措置区分, 事業費(千円), 前回比較(千円)
    ("B-1", "緑川橋", "道路維持課", "昭和48年度", 120.5, ("B", "C", "C"), "修繕", 84000, "▲2,000"),
    ("B-2", "小松橋", "道路維持課", "平成2年度", 45.0, ("A", "A", "A"), "経過観察", 1200, "－"),
    ("B-3", "白浜大橋", "港湾課", "昭和60年度", 310.0, ("B", "B", "C"), "修繕", 152000, "+8,500"),
    ("B-4", "柳橋", "都市計画課", "平成元年度", 22.4, ("C", "C", "C"), "架替", 96000, "▲500"),
    ("B-5", "桂橋", "道路維持課", "平成12年度", 60.0, ("A", "A", "B"), "経過観察", 3000, "－"),
]


def _per_sheet(with_list: bool = True) -> bytes:
    """A list sheet (番号 | 名称 | 管理課), then one card per sheet: A = item, B:D merged = value, and a
    two-row block (健全度 merged down) of years over grades."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "一覧"
    ws.append(["南浦市 橋梁長寿命化修繕計画 橋梁一覧"])
    ws.append([])
    ws.append(["橋梁番号", "橋梁名", "管理課"])
    for code, name, office, *_ in BRIDGES:
        ws.append([code, name, office])
    ws.append(["※詳細は各橋梁のシートを参照。"])
    for code, name, office, built, length, grades, measure, cost, change in BRIDGES:
        sheet = wb.create_sheet(code)
        sheet.append(["橋梁カード"])
        sheet.append([])
        items = [("橋梁番号", code), ("橋梁名", name)] + ([] if with_list else [("管理課", office)])
        items += [("架設年度", built), ("橋長（ｍ）", length)]
        for label, value in items:
            sheet.append([label, value])
        top = sheet.max_row + 1
        sheet.append(["健全度", "令和４年度", "令和５年度", "令和６年度"])
        sheet.append([None, *grades])
        sheet.merge_cells(start_row=top, start_column=1, end_row=top + 1, end_column=1)
        for label, value in (("措置区分", measure), ("事業費（千円）", cost), ("前回比較（千円）", change), ("備考", None)):
            sheet.append([label, value])
        sheet.append([])
        sheet.append(["※健全度 A：健全 B：予防保全段階 C：早期措置段階"])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _lines(data: bytes) -> list[list[str]]:
    return [line.split("\t") for line in xlsx.extract(data, "t.xlsx").text.split("\n")]


def test_one_sheet_per_card_is_one_table_with_the_list_merged_in():
    lines = _lines(_per_sheet())
    header = next(n for n, cells in enumerate(lines) if cells[0] == "橋梁番号")
    assert lines[header] == ["橋梁番号", "橋梁名", "架設年度", "橋長（ｍ）", "健全度", "", "", "措置区分", "事業費（千円）",
                             "前回比較（千円）", "管理課"]
    assert lines[header + 1][4:7] == ["令和４年度", "令和５年度", "令和６年度"]
    rows = lines[header + 2:header + 7]
    assert [r[0] for r in rows] == ["B-1", "B-2", "B-3", "B-4", "B-5"]
    assert rows[2][4:7] == ["B", "B", "C"] and rows[2][-1] == "港湾課"
    # each record once: the list's rows and the cards' lines are not read again
    assert sum(1 for cells in lines if cells[0] == "B-3") == 1
    assert not any(cells[0] == "架設年度" for cells in lines[header + 1:])
    assert any(cells[0].startswith("※健全度") for cells in lines)  # the notes stay


def test_several_cards_on_one_sheet_with_labels_in_two_columns():
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for code, name, office, built, length, grades, measure, cost, _ in BRIDGES[:3]:
        ws.append([f"{name}の点検票"])
        ws.append(["番号", None, code])
        ws.append(["名称", None, name])
        ws.append(["管理課", None, office])
        ws.append(["措置区分", None, measure])
        ws.append(["健全度", "令和５年度", grades[1]])
        ws.append(["健全度", "令和６年度", grades[2]])
        ws.append([])
    out = io.BytesIO()
    wb.save(out)
    lines = _lines(out.getvalue())
    header = lines.index(["番号", "名称", "管理課", "措置区分", "健全度"])
    assert lines[header + 1] == ["", "", "", "", "令和５年度", "令和６年度"]
    assert [r[0] for r in lines[header + 2:header + 5]] == ["B-1", "B-2", "B-3"]
    assert lines[header + 4][4:] == ["B", "C"]


def test_an_ordinary_table_and_a_single_card_stay_as_they_are():
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["番号", "名称", "管理課"])
    for code, name, office, *_ in BRIDGES:
        ws.append([code, name, office])
    card = wb.create_sheet("概要")
    for label, value in (("計画名", "橋梁長寿命化修繕計画"), ("策定", "令和6年3月"), ("所管", "道路維持課"), ("期間", "10年")):
        card.append([label, value])
    out = io.BytesIO()
    wb.save(out)
    lines = _lines(out.getvalue())
    assert lines[:2] == [["番号", "名称", "管理課"], ["B-1", "緑川橋", "道路維持課"]]
    assert ["計画名", "橋梁長寿命化修繕計画"] in lines and ["期間", "10年"] in lines


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("card_sheets")
    (folder / "南浦市_橋梁カード.xlsx").write_bytes(_per_sheet())
    for path in (SHARED / "corpus").glob("*.txt"):
        shutil.copy(path, folder / path.name)
    return assistant_over(folder)


def _codes(answer) -> set[str]:
    return {str(r.get("number") or r.get("key")) for r in answer.rows}


@pytest.mark.parametrize("question,codes", [
    ("措置区分が修繕の橋梁はどれ？", {"B-1", "B-3"}),
    ("R4からR6までずっと健全度がAの橋梁は？", {"B-2"}),  # the span is the years of the columns, not of 架設年度
    ("R5〜R6で一度もCの判定を受けていない橋梁", {"B-2", "B-5"}),
    ("前回の計画より事業費が減った橋梁を教えて", {"B-1", "B-4"}),  # 前回比較 ▲: a change since the plan before
    ("令和6年度の健全度がCの橋梁を全部出して", {"B-1", "B-3", "B-4"}),
    ("港湾課が管理している橋梁は？", {"B-3"}),  # a column of the list sheet, merged into the cards
])
def test_the_cards_answer_as_a_table(assistant, question, codes):
    answer = ask(assistant, question)
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == codes, (answer.summary, answer.rows[:1])


def test_a_sum_over_the_cards(assistant):
    answer = ask(assistant, "道路維持課の橋梁の事業費を合計すると何千円？")
    assert answer.value == 88200, answer.summary


def test_ordered_by_a_column_of_era_years(assistant):
    answer = ask(assistant, "平成になってから架設した橋梁を、架設年度の古い順に並べて")
    assert answer.status == "exact", answer.summary
    assert [r.get("number") for r in answer.rows] == ["B-4", "B-2", "B-5"]  # 平成元年度 first


def test_the_group_with_the_most_rows_said_as_their_number(assistant):
    answer = ask(assistant, "橋梁数がいちばん多い管理課は？")
    assert answer.status == "exact", answer.summary
    assert answer.value == "道路維持課", answer.summary
