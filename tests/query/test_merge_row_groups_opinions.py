"""Two readings of merged branches narrowed to the cases they were meant for (no index needed):

- rows grouped by a rowspan (tables/row_groups.py) are a run of rows next to each other sharing the number and name:
  a workbook whose sheets (one per 部) each number their rows from 1 repeats the numbers for other things, and
  「継続以外」 over it keeps every row not 継続 (made79's 補助金等の見直し結果);
- a table of opinions with a 関連 column, asked of as opinions, has opinion rows whatever record words its caption
  says (「関連」欄は…改善項目の番号、又は重点分野): mark_rows_kind leaves them to mark_opinion_rows (made98)."""
from __future__ import annotations

from assistant.query.answer import Answer
from assistant.query.tables.read import Column, Table
from assistant.query.tables.row_groups import groups_without, varies_in_groups
from assistant.query.tables.rows_are import mark_opinion_rows, mark_rows_kind


def _col(h: str) -> Column:
    return Column(header=h, forms=(h,), year=None, base=h, numeric=False, years_inside=False, unit="")


def _table(headers, rows, name, number, caption="", title="") -> Table:
    return Table(source="x.xlsx", doc_title=title, caption=caption, columns=[_col(h) for h in headers],
                 rows=[{"key": f"table_row:{i}", "line": i, "cells": dict(zip(headers, r))} for i, r in enumerate(rows, 1)],
                 name=name, number=number)


class _Ne:
    op, header, value = "ne", "区分", "継続"


def _holds(r, t, c) -> bool:
    return r["cells"].get(c.header) != c.value


def test_numbers_repeated_in_another_section_are_no_group():
    t = _table(["部", "No", "名称", "区分"], [
        ["総務部", "1", "甲補助金", "継続"], ["総務部", "2", "乙補助金", "継続"],
        ["市民部", "1", "丙補助金", "廃止"], ["市民部", "2", "丁補助金", "縮小"]], "名称", "No")
    assert not varies_in_groups(t, "区分")
    rows = [r for r in t.rows if _holds(r, t, _Ne)]
    assert [r["cells"]["名称"] for r in groups_without(t, rows, [_Ne], _holds)] == ["丙補助金", "丁補助金"]


def test_rowspan_group_still_excluded_whole():
    t = _table(["No", "名称", "区分"], [
        ["共-1", "センター", "継続"], ["共-1", "センター", "廃止"], ["共-2", "システム", "廃止"]], "名称", "No")
    assert varies_in_groups(t, "区分")
    rows = [r for r in t.rows if _holds(r, t, _Ne)]
    assert [r["cells"]["No"] for r in groups_without(t, rows, [_Ne], _holds)] == ["共-2"]


def test_opinion_table_with_related_column_keeps_opinion_rows():
    t = _table(["番号", "委員区分", "意見要旨", "関連"], [
        ["1", "公募委員", "周知を強化してほしい", "R4-001"], ["2", "学識経験者", "再検討を望む", "Ａ"]],
        "意見要旨", "番号", caption="※「関連」欄は、意見が関係する改善項目の番号、又は重点分野（Ａ～Ｅ）を示す。")
    q = "公募委員から意見が出ている改善項目や重点分野は？"
    a = Answer(question=q, target="table_row", rows=[dict(t.rows[0]["cells"], key="table_row:1", number="1")])
    assert mark_rows_kind(q, a, t) == ""
    mark_opinion_rows(q, a, t)
    assert a.rows_are == "comment" and a.rows[0]["number"] == "R4-001-1"
