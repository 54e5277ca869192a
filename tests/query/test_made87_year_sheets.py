"""Kinds the fresh holdout made87 found misread, in a small workbook of a made-up village whose words, years
and facilities are not made87's: a sheet per fiscal year (R4, R5, R6) of the same table of facilities, each
with a full score in brackets (合計（50点）), a grade, a fee and a change column (来館者数前年度比（％）, ▲ a fall),
the facilities named after the village (北谷村立…, 北谷村民…). Each test names what a wrong reading would miss."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

# (code, name, operator by year, total by year, grade by year, fee by year, change by year)
FACILITIES = [
    ("K-1", "北谷村立中央公民館", ("北谷まちづくり会", "北谷まちづくり会", "株式会社ほくや"), (46, 47, 45), ("S", "S", "S"),
     (5000, 5100, 5200), ("2.0", "1.5", "▲0.5")),
    ("K-2", "北谷村民体育館", ("北谷スポーツ協会",) * 3, (41, 38, 36), ("A", "B", "B"), (3000, 3000, 3100), ("▲1.0", "▲2.0", "3.0")),
    ("K-3", "北谷村営プール", ("北谷観光公社",) * 3, (33, 34, 39), ("B", "B", "A"), (2000, 2100, 2200), ("1.0", "4.0", "▲1.2")),
    ("K-4", "北谷郷土館", ("北谷文化財団",) * 3, (28, 29, 31), ("C", "C", "B"), (800, 800, 900), ("▲3.0", "▲1.0", "2.5")),
    ("K-5", "北谷農園", ("北谷農協",) * 3, (40, 42, 44), ("A", "A", "A"), (600, 650, 700), ("0.5", "1.0", "1.5")),
]


def _workbook(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    for n, year in enumerate(("R4", "R5", "R6")):
        ws = wb.active if n == 0 else wb.create_sheet()
        ws.title = year
        ws["A1"] = f"令和{'４５６'[n]}年度 北谷村 施設運営評価"
        for col, head in enumerate(["施設番号", "施設名", "運営者名", "合計（50点）", "総合評価", "委託料（千円）",
                                    "来館者数前年度比（％）"], 1):
            ws.cell(3, col, head)
        for r, (code, name, ops, totals, grades, fees, changes) in enumerate(FACILITIES, 4):
            for col, v in enumerate((code, name, ops[n], totals[n], grades[n], fees[n], changes[n]), 1):
                ws.cell(r, col, v)
    wb.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made87_year_sheets")
    _workbook(folder / "北谷村_施設運営評価.xlsx")
    return assistant_over(folder)


@pytest.mark.parametrize("turns,names,absent", [
    # 「一度もA以上の評価を取れなかった」: no year's grade is A or S (not the latest year's alone)
    (("北谷村の施設運営評価で、R4〜R6で一度もA以上の評価を取れなかった施設は？",), ["北谷郷土館"], ["北谷村営プール"]),
    (("北谷村の施設運営評価で、3年間（R4〜R6）で一度もA以上の評価を取れなかった施設は？",), ["北谷郷土館"], ["北谷村営プール"]),
    # 「30点以上40点未満」 over 合計（50点）: the full score in brackets says its figures are points
    (("北谷村の施設運営評価で、令和6年度の合計点が30点以上40点未満の施設は？",), ["北谷村民体育館", "北谷村営プール", "北谷郷土館"],
     ["北谷農園"]),
    # 「前年度より増えた」 of the change column each sheet prints; the follow-up keeps the year asked before
    (("北谷村の施設運営評価で、R5にA評価だった施設は？", "そのうち来館者数が前年度より増えたのは？"), ["北谷農園"], []),
    (("北谷村の施設運営評価で、R4にB評価だった施設は？", "そのうち来館者数が前年度より増えたのは？"), ["北谷村営プール"], []),
])
def test_rows_over_sheets_per_year(assistant, turns, names, absent) -> None:
    answer = ask(assistant, *turns)
    assert answer.status == "exact" and answer.count == len(names), (answer.status, answer.count, answer.summary)
    assert all(n in answer.summary for n in names) and not any(a in answer.summary for a in absent), answer.summary


@pytest.mark.parametrize("turns,value", [
    # 「委託料、合計で」 beside a column 合計（50点）: the sum of the fees, not the 合計 column
    (("北谷村の施設運営評価で、令和6年度の委託料、合計で何千円？",), 12100),
    # 「S評価の施設」 said as one word
    (("北谷村の施設運営評価で、令和5年度にＳ評価の施設はいくつ？",), 1),
    # 「中央公民館」 for 北谷村立中央公民館 (the village's name leads several rows' names); 「運営者」 of 運営者名 by year
    (("北谷村の施設運営評価で、中央公民館の令和6年度の運営者は？",), "株式会社ほくや"),
])
def test_values_over_sheets_per_year(assistant, turns, value) -> None:
    answer = ask(assistant, *turns)
    assert answer.status == "exact" and answer.value == value, (answer.status, answer.value, answer.summary)
