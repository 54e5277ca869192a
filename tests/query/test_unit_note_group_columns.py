"""A workbook of a prefecture's affiliated corporations: a caption line naming each measure's unit
(「（単位：従業員数＝人、経常損益＝千円）」), a numbering column No., and a two-row header where 従業員数 spans 総数 │
うち県派遣. Giving the count its unit (人) must not cost the group's word its column: 「従業員数がいちばん多い」 is the
総数 column, as it is without a unit note (a unit is a property of the column, not a new column's name)."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

ROWS = [
    [1, "こもれび公園管理公社", "都市整備課", 24, 3, 1200, -300],
    [2, "みずほ地域交通株式会社", "交通政策課", 57, 6, -4500, -2100],
    [3, "県立文化ホール振興財団", "文化観光課", 18, 2, 800, 950],
    [4, "ひばり福祉サービス協会", "長寿福祉課", 41, 0, 300, 420],
]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    import openpyxl

    folder: Path = tmp_path_factory.mktemp("unit_note_group_columns")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "法人一覧"
    ws.append(["令和６年度 若葉県関係法人 経営状況一覧"])
    ws.merge_cells("A1:G1")
    ws.append(["（単位：従業員数＝人、経常損益＝千円）"])
    ws.merge_cells("A2:G2")
    ws.append(["No.", "法人名", "所管課", "従業員数", None, "経常損益", None])
    ws.append([None, None, None, "総数", "うち県派遣", "Ｒ５", "Ｒ６"])
    for col in "ABC":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("D3:E3")
    ws.merge_cells("F3:G3")
    for row in ROWS:
        ws.append(row)
    wb.save(folder / "若葉県_関係法人経営状況一覧.xlsx")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return [str(r["key"]).partition(":")[2] for r in answer.to_dict()["rows"]]


def test_group_word_of_a_count_in_its_unit_names_the_whole(assistant) -> None:
    a = ask(assistant, "従業員数がいちばん多い法人は？")
    assert a.status == "exact" and _codes(a) == ["2"]


def test_bound_on_the_group_word_reads_the_whole(assistant) -> None:
    a = ask(assistant, "従業員数が30人以上の法人は何件？")
    assert a.status == "exact" and a.count == 2


def test_row_numbers_are_no_figure_per_person(assistant) -> None:
    from assistant.query.tables.read import read_tables

    t = next(t for t in read_tables(assistant.db) if "関係法人" in t.source)
    assert not any("No." in how for how in t.derived.values())
