"""Generic tables of a fee revision (現行 | 改定後 over 料金 and 改定率) and a facility plan (実施年度（西暦）
printing bare years): the readings made77 needed, kept as small cases."""
from __future__ import annotations

from assistant.query.facts import _key, _printed_number
from assistant.query.tables.answer import _ASKS_WHICH
from assistant.query.tables.question import _PRICE_CHANGE
from assistant.query.tables.read import _table


def _rows(headers, values):
    return [{"key": f"table_row:t.pdf:{n}", "line": n, "caption": "", "cells": dict(zip(headers, v))}
            for n, v in enumerate(values, 1)]


def test_bare_years_of_a_fiscal_year_column_read_as_years():
    headers = ["施設名", "方針", "実施年度(西暦)"]
    t = _table("t.pdf", "統廃合計画", headers, _rows(headers, [("A館", "廃止", "2026"), ("B館", "存続", "－"),
                                                                ("C館", "統合", "2027")]))
    assert [r["cells"]["実施年度(西暦)"] for r in t.rows] == ["2026年度", "－", "2027年度"]
    assert t.column("実施年度(西暦)").years_inside


def test_bare_numbers_of_another_column_stay_numbers():
    headers = ["施設名", "延床面積"]
    t = _table("t.pdf", "計画", headers, _rows(headers, [("A館", "2026"), ("B館", "1990"), ("C館", "2010")]))
    assert [r["cells"]["延床面積"] for r in t.rows] == ["2026", "1990", "2010"]


def test_a_printed_figure_is_its_number():
    assert _printed_number("12,450.00") == 12450
    assert _printed_number("1,500") == 1500
    assert _printed_number("810.5") == 810.5
    assert _printed_number("R7-01") == "R7-01"
    assert _printed_number("2026") == "2026"


def test_which_row_asked_ending_on_a_full_stop():
    assert _ASKS_WHICH.search(_key("改定率がいちばん大きい項目はどれですか。"))


def test_fee_said_falling_with_its_verb():
    for said, down in (("料金が下がるのは", True), ("引下げになる項目", True), ("値上げになるもの", False),
                       ("料金が上がった項目", False)):
        m = _PRICE_CHANGE.search(said)
        assert m and bool(m.group("down")) is down, said
    assert not _PRICE_CHANGE.search("改定率が大きい")
