"""A workbook's one table of items (取組番号 Ⅰ-1-①: Roman numeral, digit, circled digit) under a two-row header
(a year spanning 目標 │ 実績), its groups heading rows inside it (「Ⅰ　…　【柱の総合評価：Ａ】」 merged over the row)
each closed by its 小計 row, a 合計 at the end. General behaviours, asked of another town's table: the subtotal
and total rows are no items, the groups get a table of their own (their code, name, the grade their heading
states and their subtotal's figures), a group is said by its word and code (柱Ⅱ), a share of another column
(目標の8割) bounds a column, two columns said with も…も are both empty."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.query.tables.heading_groups import heading_group_table
from assistant.query.tables.read import _is_total
from tests.conversation_helpers import ask, assistant_over

HEADER = ["取組番号", "取組名", "担当課", "指標", "令和６年度", None, "令和７年度\n目標", "自己評価", "令和６年度\n決算額（千円）"]
ROWS = [
    ["Ⅰ　子育て支援の充実　　【柱の総合評価：Ａ】"],
    ["Ⅰ-1-①", "一時預かりの拡充", "こども課", "利用者数", 100, 104, 110, "◎", 2000],
    ["Ⅰ-1-②", "子育て相談の充実", "こども課", "相談件数", 300, 200, 320, "△", 900],
    ["Ⅰ-2-①", "放課後教室の開設", "生涯学習課", "開設校数", 5, 5, 5, "◎", 4100],
    ["小計（柱Ⅰ）　取組数３件", None, None, None, None, None, None, "◎2　△1", 7000],
    ["Ⅱ　高齢者の見守り　　【柱の総合評価：Ｃ】"],
    ["Ⅱ-1-①", "見守り訪問の実施", "福祉課", "訪問世帯数", 400, 150, 400, "×", 12500],
    ["Ⅱ-1-②", "配食サービス", "福祉課", "配食数", 900, 880, 950, "○", 3300],
    ["Ⅱ-2-①", "認知症講座の開催", "福祉課", "開催回数", "－", "－", 6, "－", "－"],
    ["小計（柱Ⅱ）　取組数３件", None, None, None, None, None, None, "○1　×1", 15800],
    ["合計　取組数６件", None, None, None, None, None, None, None, 22800],
]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    import openpyxl

    folder: Path = tmp_path_factory.mktemp("group_heading_rows")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "進捗状況"
    ws.append(["令和６年度　鷺ノ森町子ども・高齢者プラン　取組の進捗状況一覧"])
    ws.append([])
    ws.append(HEADER)
    ws.append([None, None, None, None, "目標", "実績", None, None, None])
    for col in "ABCDGHI":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("E3:F3")
    for row in ROWS:
        ws.append(row)
        if len(row) == 1:
            ws.merge_cells(f"A{ws.max_row}:I{ws.max_row}")
    wb.save(folder / "saginomori_shinchoku.xlsx")
    return assistant_over(folder)


def _keys(answer) -> list[str]:
    return sorted(str(r["key"]) for r in answer.to_dict()["rows"])


def test_subtotal_naming_its_group_is_a_total() -> None:
    headers = ("取組番号", "取組名")
    assert _is_total({"取組番号": "小計（柱Ⅰ）　取組数３件"}, headers)
    assert _is_total({"取組番号": "合計　取組数２１件"}, headers)
    assert not _is_total({"取組番号": "計画策定の支援"}, headers)


def test_heading_groups_read_from_rows() -> None:
    def row(line, heading, cells):
        return {"key": f"table_row:x:{line}", "line": line, "heading": heading, "caption": "", "cells": cells}
    a, b = "Ⅰ　子育て　【分野の評価：Ａ", "Ⅱ　見守り　【分野の評価：Ｃ】"
    body = [row(2, a, {"番号": "I-1-1", "額": "10"}), row(3, a, {"番号": "I-1-2", "額": "5"}),
            row(6, b, {"番号": "II-1-1", "額": "7"})]
    rows = body[:2] + [row(4, a, {"番号": "小計（分野Ⅰ）", "額": "15"})] + body[2:] + [row(7, b, {"番号": "小計（分野Ⅱ）", "額": "7"})]
    headers, groups, word = heading_group_table(("番号", "額"), rows, body)
    assert word == "分野" and headers == ["番号", "分野名", "評価", "額"]
    assert [g["cells"] for g in groups] == [{"番号": "I", "分野名": "子育て", "評価": "A", "額": "15"},
                                            {"番号": "II", "分野名": "見守り", "評価": "C", "額": "7"}]
    # (a heading with no subtotal of its own: no table of groups)
    assert heading_group_table(("番号", "額"), rows[:-1], body) is None


@pytest.mark.parametrize("turns,keys", [
    (("自己評価が×の取組は？",), ["practice:II-1-1"]),
    (("実績が目標の8割に届かなかった取組を教えて",), ["practice:I-1-2", "practice:II-1-1"]),
    (("令和6年度の目標も実績も入っていない取組は？",), ["practice:II-2-1"]),
    (("柱Ⅱの取組を一覧で", "そのうち自己評価が○のものだけ"), ["practice:II-1-2"]),
    (("総合評価がＣの施策の柱は？",), ["initiative:II"]),
    (("決算額の小計がいちばん大きい柱はどれ？",), ["initiative:II"]),
    (("△評価の取組を含んでいる柱は？",), ["initiative:I"]),
])
def test_items_and_groups_asked(assistant, turns, keys) -> None:
    answer = ask(assistant, *turns)
    assert answer.status == "exact" and _keys(answer) == keys, (answer.status, answer.summary)


def test_group_grade_and_target_value_asked(assistant) -> None:
    assert ask(assistant, "柱Ⅰ（子育て支援）の総合評価はどうなってる？").value == "A"
    assert ask(assistant, "Ⅰ-1-②はどこの課の担当？", "R7の目標値は？").value == 320
