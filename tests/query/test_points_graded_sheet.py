"""A sheet of items in blocks down one table, each block under a row of its group that prints the group's own
figure of each year (「柱①　…　3.2　3.4　（柱の総合評価）」), the items graded in points (1–5, 評価（5段階）) under a
two-row header, joint departments 「医事課／地域連携室」, a 評価基準 box beside the table (made110's workbook, and
the same shape printed by another town in a workbook of its own): read as practice items under their groups
(kinds/plan_report/year_grade_table.py), and asked in points said without 点 (「評価が2以下」)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made110" / "docs"


@pytest.fixture(scope="module")
def made110(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made110_sheet")
    shutil.copy(DOCS / "R6_経営強化プラン取組評価シート.xlsx", folder / "sheet.xlsx")
    return assistant_over(folder)


@pytest.fixture(scope="module")
def other(tmp_path_factory) -> Assistant:
    """Another town's sheet: groups 「重点取組1」…, years 令和5年度/令和6年度, a 実施内容 column, no box."""
    folder = tmp_path_factory.mktemp("other_sheet")
    wb = Workbook()
    ws = wb.active
    ws.append(["楓台町行財政改革プラン 取組評価一覧"])
    ws.append([])
    ws.append(["番号", "取組名", "所管課", "評価（5段階）", None, "実施内容"])
    ws.append(["番号", "取組名", "所管課", "令和5年度", "令和6年度", "実施内容"])
    ws.append(["重点取組1", "歳入の確保", None, 2.5, 4.0, "（重点取組の平均）"])
    ws.append(["1-1", "ふるさと納税の拡充", "企画課", 3, 5, "返礼品を増やした。"])
    ws.append(["1-2", "使用料の見直し", "財政課・企画課", 2, 3, "料金表を改定した。"])
    ws.append([])
    ws.append(["重点取組2", "事務の効率化", None, 3.0, 2.0, "（重点取組の平均）"])
    ws.append(["2-1", "電子申請の拡大", "情報政策課", 4, 2, "対象手続を拡大した。"])
    ws.append(["2-2", "会議の削減", "総務課", 2, 2, "定例会議を見直した。"])
    wb.save(folder / "kaede.xlsx")
    return assistant_over(folder)


def _codes(answer) -> set[str]:
    return {r.get("code") for r in answer.rows}


def test_items_under_group_rows(made110, other):
    a = ask(made110, "柱③の取組を教えて")
    assert _codes(a) == {"3-1", "3-2", "3-3"}, (a.status, a.summary)
    a = ask(other, "重点取組2の取組は？")
    assert _codes(a) == {"2-1", "2-2"}, (a.status, a.summary)


def test_points_said_without_ten(made110, other):
    a = ask(made110, "R6の評価が2以下の取組")
    assert a.status == "exact" and _codes(a) == {"2-1", "4-2", "4-3", "4-4", "5-6"}, a.summary
    a = ask(made110, "R5・R6とも評価が4以上だった取組")
    assert a.status == "exact" and _codes(a) == {"1-1", "2-2", "3-1", "3-2", "5-1", "5-3"}, a.summary
    a = ask(other, "令和6年度の評価が5の取組")
    assert a.status == "exact" and _codes(a) == {"1-1"}, a.summary


def test_joint_departments_either_name(made110, other):
    a = ask(made110, "薬剤科が担当の取組は？")
    assert _codes(a) == {"2-4", "5-3"}, a.summary
    a = ask(made110, "2つの部署の連名で担当している取組は何件ある？")
    assert a.status == "exact" and a.value == 6, a.summary
    a = ask(other, "企画課が担当の取組は？")
    assert _codes(a) == {"1-1", "1-2"}, a.summary


def test_steps_from_the_year_before(made110):
    a = ask(made110, "前年度から評価が2段階以上上がった取組ってある？")
    assert a.status == "exact" and _codes(a) == {"5-5"}, a.summary


def test_group_figures_of_a_year(made110, other):
    a = ask(made110, "令和6年度の評価が3.5以上の柱を教えてください")
    assert a.status == "exact" and _codes(a) == {"3", "5"}, a.summary
    a = ask(made110, "R6の柱ごとの総合評価で一番高かった柱はどれ？")
    assert _codes(a) == {"3"}, a.summary
    a = ask(made110, "柱⑤の総合評価はR5からR6でどれだけ上がった？")
    assert a.status == "exact" and a.value == 0.5, a.summary
    a = ask(made110, "取組1-4のR5とR6の評価の差は？")
    assert a.status == "exact" and a.value == 1, a.summary
    a = ask(other, "重点取組2の評価は令和5年度から令和6年度でどれだけ下がった？")
    assert a.status == "exact" and a.value == 1, a.summary


def test_box_beside_the_table(made110):
    a = ask(made110, "評価基準の「3」ってどういう意味？")
    assert "概ね計画どおり" in a.summary, a.summary
