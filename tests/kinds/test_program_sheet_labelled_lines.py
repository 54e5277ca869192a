"""An evaluation sheet typed as text: each value after its label and a colon (「事務事業コード：…」, two
labelled values on one line apart by a wide space), sections under ■ headings, the cost table with a
column per settled year and each indicator's table as tab-separated rows. The program, its figures
and years are made up; the city is a real one's name so that questions can name it."""
from __future__ import annotations

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.kinds.program_sheet import loader as program_sheet

TEXT = """笠間市　事務事業評価シート（令和4年度決算）

■ 事務事業の概要
事務事業コード：4010203
事業名：里山保全協働推進事業
担当部：環境部　　担当課：環境保全課
開始年度：令和元年度　　終了年度：なし
事業の目的：里山の保全活動を市民団体と協働で進める。

■ 事業費（単位：円）
区分\t令和3年度決算\t令和4年度決算
総事業費\t1,200,000\t1,050,000
特定財源\t200,000\t150,000
市の実質負担額\t1,000,000\t900,000

■ 成果指標（市民・市がどうなったか）
指標名：保全活動の参加者数　単位：人　めざす方向：増加　目標値：600
年度\t計画値\t実績値\t達成率(%)
令和3年度\t400\t380\t95.0
令和4年度\t500\t540\t108.0
令和5年度\t600\t\t

■ 評価
参加者は目標を上回り、協働の担い手が育っている。
"""


def _parsed():
    text = to_text(TEXT.encode(), "笠間市_評価シート.txt").text
    return text, program_sheet.parse(text, "笠間市_評価シート.txt")


def test_read_as_a_program_sheet():
    text, _ = _parsed()
    assert registry.detect(text) is program_sheet


def test_labelled_values_costs_and_indicators():
    _, doc = _parsed()
    program = next(r.fields for r in doc.records if r.kind == "program")
    assert (program["code"], program["name"]) == ("4010203", "里山保全協働推進事業")
    assert (program["department"], program["section"]) == ("環境部", "環境保全課")
    assert program["purpose"] == "里山の保全活動を市民団体と協働で進める。"
    assert (program["settlement_year"], program["total_cost"]) == ("R4", 1050000)
    assert program["costs_by_year"]["R3"]["total_cost"] == 1200000
    assert program["evaluation"] == "参加者は目標を上回り、協働の担い手が育っている。"
    assert "事務事業の概要" not in doc.title  # a ■ heading is no part of the sheet's title
    rows = [r.fields for r in doc.records if r.kind == "indicator"]
    assert [(r["year"], r["plan"], r["actual"], r["rate"]) for r in rows] == [
        ("R3", 400, 380, 95.0), ("R4", 500, 540, 108.0), ("R5", 600, None, None)]
    assert {(r["type"], r["indicator"], r["unit"], r["direction"], r["goal"]) for r in rows} == {
        ("成果指標", "保全活動の参加者数", "人", "増加", 600)}
