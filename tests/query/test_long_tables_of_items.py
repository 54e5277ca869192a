"""A plan's items printed LONG (one row per item × 年度: its code on every row, name, department, KPI, 基準値 and
目標値 on its first year's row only, blank below; the year's KPI実績 and grade a–d on each row): the rows of one
item are one record with each year's figures, asked by the table's own word for them (施策 of 施策番号) as a plan's
items (practice:<code>), and every question that reads a wide table of years reads it (a year's grade, ずっと,
両方, changes, 毎年上がり続けている, a department, begun in a year, a figure not out yet, a share of the target,
below the baseline the way a note says is better)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made106" / "docs"


def _own_workbook(path: Path) -> None:
    """Another town's long table: codes A-01 …, years as R4/R5/R6, grades A–D, a second sheet."""
    from openpyxl import Workbook

    wb = Workbook()
    sheets = {"重点目標1": [("A-01", "観光案内所の多言語化", "観光課", [("R4", 10, "C"), ("R5", 14, "B"), ("R6", 20, "A")]),
                          ("A-02", "特産品の通信販売", "産業課", [("R4", 30, "B"), ("R5", 28, "C"), ("R6", 27, "C")])],
              "重点目標2": [("B-01", "子ども食堂の支援", "福祉課", [("R4", 3, "B"), ("R5", 4, "B"), ("R6", 6, "A")]),
                          ("B-02", "図書館の電子書籍", "教育課", [("R5", 100, "B"), ("R6", 180, "B")])]}
    first = True
    for name, items in sheets.items():
        ws = wb.active if first else wb.create_sheet()
        ws.title = name
        first = False
        ws.append(["楓沢村 総合計画 施策の成果指標の推移"])
        ws.append(["施策番号", "施策名", "所管課", "基準値", "目標値", "年度", "実績", "評価"])
        for code, title, dept, years in items:
            for n, (year, actual, grade) in enumerate(years):
                ws.append([code, title if n == 0 else None, dept if n == 0 else None,
                           5 if n == 0 else None, 50 if n == 0 else None, year, actual, grade])
        ws.append([])
        ws.append(["（注）評価 A：目標達成 B：順調 C：やや遅れ D：遅れ"])
    wb.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("long_items")
    shutil.copy(DOCS / "chidorigase_kpi_jisseki_R6.xlsx", folder)
    _own_workbook(folder / "kaedesawa_seika.xlsx")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(r["key"].split(":", 1)[1] for r in answer.to_dict()["rows"])


@pytest.mark.parametrize("turns,codes", [
    (("鵆ヶ瀬町で令和6年度の評価がaになっている施策は？",),
     ["1-2-1", "2-1-1", "2-2-1", "2-3-1", "3-1-2", "3-2-1", "3-3-1", "4-2-2", "4-3-1"]),
    (("鵆ヶ瀬町のR4からR6まで3年間ずっと評価がcだった施策は？",), ["4-1-2"]),
    (("鵆ヶ瀬町で令和4年度はbだったのに令和5年度にcに下がった施策は？",), ["1-1-2", "2-1-2", "2-3-2", "3-1-1"]),
    (("鵆ヶ瀬町で毎年評価が上がり続けている施策は？",), ["1-2-2", "2-2-1"]),
    (("鵆ヶ瀬町で総務課が担当している施策は？",), ["4-1-2", "4-2-2", "4-3-1"]),
    (("鵆ヶ瀬町で健康福祉課が担当してる施策は？", "そのうち令和5年度の評価がbだったのは？"), ["3-1-2"]),
    (("鵆ヶ瀬町で令和5年度から始まった施策は？",), ["1-3-2"]),
    (("鵆ヶ瀬町で令和6年度の実績がまだ出ていない施策は？",), ["4-2-1"]),
    # (3-2-1 待機児童数 is below its 基準値 too, but a note says it is better lower)
    (("鵆ヶ瀬町で令和6年度の実績が基準値を下回ったままの施策は？",), ["2-2-2"]),
    (("楓沢村で令和6年度の評価がAの施策は？",), ["A-01", "B-01"]),
    (("楓沢村で毎年評価が上がり続けている施策は？",), ["A-01"]),
    (("楓沢村で令和5年度から始まった施策は？",), ["B-02"]),
    (("楓沢村で観光課の施策は？",), ["A-01"]),
])
def test_long_table_rows_are_items(assistant, turns, codes) -> None:
    answer = ask(assistant, *turns)
    assert answer.status == "exact", (answer.status, answer.unused, answer.summary)
    assert answer.rows_are == "practice", answer.to_dict()["rows"][:1]
    assert _codes(answer) == codes, answer.summary


def test_share_of_a_rows_target(assistant) -> None:
    answer = ask(assistant, "鵆ヶ瀬町の施策2-3-1、令和6年度の実績は目標値の何％？")
    assert answer.status == "exact" and answer.value == 116.4, answer.summary
    # (no year said of a series by year: which figure is not decided; said so, never a share of the rows)
    vague = ask(assistant, "鵆ヶ瀬町の施策2-3-1の実績は目標値の何％？")
    assert vague.status != "exact" and vague.value is None, vague.summary


def test_a_changed_grade_said_against_the_values_is_not_read(assistant) -> None:
    # (b then c is no rise: the verb is left unread, the answer says so)
    answer = ask(assistant, "鵆ヶ瀬町で令和4年度はbだったのに令和5年度にcに上がった施策は？")
    assert answer.status != "exact", answer.summary
