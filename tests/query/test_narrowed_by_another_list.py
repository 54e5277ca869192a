"""Rows of one document narrowed by a column another document prints under the same numbers: 「令和7年度に前年度より
来館者が減った施設は？」 over a report's table 「表1 来館者数の推移」 (columns headed by the year alone, the measure
said by the title), then 「そのうち観光課の所管は？」, which only the graded workbook of the same facilities prints.
The first turn compares the two years of the table the title's word names (its rows the facilities the workbook
grades: practice, each shown as the report's table row too, table_row); the follow-up keeps the rows shown before
that the workbook's column keeps, beside the workbook's own rows. Over a made-up town (柚木沢町) of other codes, years and names."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

# 施設番号, 施設名, 所管課, 令和6年度評価, 令和7年度評価, 来館者数 令和5年度, 令和6年度, 令和7年度
_ROWS = [("K-1", "柚木沢町民会館", "文化課", "A", "A", "41,200", "43,950", "42,010"),
         ("K-2", "柚木沢郷土資料館", "文化課", "B", "B", "8,830", "9,120", "9,640"),
         ("T-1", "柚木沢観光交流センター", "観光課", "A", "B", "62,400", "66,310", "61,870"),
         ("T-2", "ゆのき沢キャンプ場", "観光課", "S", "A", "15,020", "14,660", "15,900"),
         ("T-3", "柚木沢温泉やすらぎ館", "観光課", "B", "B", "103,500", "98,720", "90,115"),
         ("F-1", "柚木沢老人憩の家", "長寿課", "B", "C", "6,410", "6,220", "5,980")]


def _workbook(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "評価一覧"
    ws["A1"] = "柚木沢町 指定管理施設 評価結果一覧（令和６・７年度）"
    for col, head in enumerate(["施設番号", "施設名", "所管課", "令和６年度評価", "令和７年度評価"], 1):
        ws.cell(3, col, head)
    for n, row in enumerate(_ROWS, 4):
        for col, v in enumerate(row[:5], 1):
            ws.cell(n, col, v)
    wb.save(path)


def _report() -> str:
    head = "<tr><th>施設番号</th><th>施設名</th><th>令和5年度</th><th>令和6年度</th><th>令和7年度</th></tr>"
    body = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in (r[0], r[1], *r[5:])) + "</tr>" for r in _ROWS)
    return ("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>指定管理施設の来館者数｜柚木沢町</title>"
            "</head><body><h1>指定管理施設の来館者数の推移</h1><p>柚木沢町の指定管理施設の来館者数です。</p>"
            f"<h2>表1 来館者数の推移（単位：人）</h2><table>{head}{body}</table>"
            "<h2>お問い合わせ</h2><p>柚木沢町 企画課</p></body></html>")


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("narrowed_by_another_list")
    _workbook(folder / "指定管理施設評価結果一覧.xlsx")
    (folder / "指定管理施設の来館者数｜柚木沢町.html").write_text(_report(), encoding="utf-8")
    return assistant_over(folder)


def _codes(items, kind: str) -> list[str]:
    return sorted(str(i.get("key")).split(":", 1)[1] for i in items if str(i.get("key")).startswith(kind + ":"))


def test_title_word_said_between_the_year_before_and_the_verb(town) -> None:
    # (was a search: 来館者 between 前年度より and 減った is the table's title, not a column)
    answer = ask(town, "令和7年度に前年度より来館者が減った施設は？")
    assert answer.status == "exact", answer.summary
    # (the report's rows are the graded facilities the workbook grades: practice, shown as the report's table rows too)
    shown = answer.to_dict()
    assert _codes(shown["rows"], "practice") == ["F-1", "K-1", "T-1", "T-3"], answer.summary
    assert _codes(shown["excerpts"], "table_row") == ["F-1", "K-1", "T-1", "T-3"], shown["excerpts"]


def test_follow_up_keeps_the_rows_shown_before(town) -> None:
    answer = ask(town, "令和7年度に来館者数が前年度より減った施設は？", "そのうち観光課の所管は？")
    assert answer.status == "exact", answer.summary
    shown = answer.to_dict()
    # the workbook's rows, which print 所管課, and the report's rows the asker narrowed, by the keys shown before
    assert _codes(shown["rows"], "practice") == ["T-1", "T-3"], answer.summary
    assert _codes(shown["excerpts"], "table_row") == ["T-1", "T-3"], answer.summary
