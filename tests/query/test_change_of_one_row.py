"""「（推進方針Ⅱの令和6年度の達成率は？）令和7年度はどうだった？何ポイント下がったの？」 after one row's year column
answered from a generic table: the change between that year's column and the year said now, of the same row
(tables/change_of_answered._change_of_one_row); a fall asked of a figure that rose is said, not turned around."""
from assistant.query.tables.answer import TableContext
from assistant.query.tables.change_of_answered import answer_change_of_answered
from assistant.query.tables.read import Column, Table


def _context(r6: str, r7: str) -> TableContext:
    columns = [Column("名称", (), None, "名称", False, False, ""),
               Column("達成率(%)令和6年度", (), 2024, "達成率", True, False, "%"),
               Column("達成率(%)令和7年度", (), 2025, "達成率", True, False, "%")]
    row = {"key": "table_row:t.xlsx:7", "line": 7, "cells": {"名称": "効率的な行政運営", "達成率(%)令和6年度": r6, "達成率(%)令和7年度": r7}}
    table = Table("t.xlsx", "評価表", "", columns, [row], "名称", "")
    return TableContext(table=table, conds=[], asked="達成率(%)令和6年度", rows=[row])


def test_change_between_the_year_answered_and_the_year_said():
    answer, _ = answer_change_of_answered("令和7年度はどうだった？何ポイント下がったの？", _context("71.0", "68.4"))
    assert answer.status == "exact" and abs(answer.value - 2.6) < 1e-9
    assert "ポイント" in answer.summary


def test_a_fall_asked_of_a_rise_is_said():
    answer, _ = answer_change_of_answered("令和7年度は何ポイント下がった？", _context("65.3", "72.8"))
    assert answer.status == "partial" and answer.value is None
    assert answer.summary.startswith("下がってはいません")


def test_no_change_asked_is_left_to_the_rest():
    assert answer_change_of_answered("令和7年度はどうだった？", _context("71.0", "68.4")) is None
    assert answer_change_of_answered("何ポイント下がったの？", None) is None
