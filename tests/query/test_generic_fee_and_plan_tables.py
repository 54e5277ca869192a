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


def test_a_dash_in_the_year_column_is_no_year_of_its_row():
    # 「令和8年度に譲渡する施設」: the rows kept (存続, 「－」) print no year, so a year said picks rows
    from assistant.query.tables.question import _year_of_rows
    headers = ["施設名", "方針", "実施年度(西暦)"]
    t = _table("t.pdf", "統廃合計画", headers, _rows(headers, [("A館", "譲渡", "2026"), ("B館", "存続", "－"),
                                                                ("C館", "統合", "2027")]))
    assert _year_of_rows(t, 2026) == "実施年度(西暦)"


def test_a_decade_said_is_its_ten_years():
    from assistant.query.tables.question import _DECADE
    m = _DECADE.search("昭和40年代に建てられた施設")
    assert (m.group("era"), m.group("n")) == ("昭和", "40")
    assert _DECADE.search("1970年代の建物").group("y") == "1970"
    assert _DECADE.search("昭和45年に建てられた") is None


def test_revised_said_as_a_verb_is_the_revised_amount_changed():
    m = _PRICE_CHANGE.search("手数料で改定されるのは何項目")
    assert m and m.group("differ")
    assert _PRICE_CHANGE.search("改定後の料金") is None
    assert _PRICE_CHANGE.search("改定されていない") is None


def test_a_value_left_out_with_mono():
    from assistant.query.tables.question import _NEGATION
    assert _NEGATION.match("のものを除くと、手数料で")
    assert _NEGATION.match("以外の項目")


def test_of_rows_named_alike_the_one_whose_note_is_said():
    # 「住民票の写しをコンビニで取る」: 住民票の写し（コンビニ交付）, not （窓口交付）
    from assistant.query.tables.question import _by_note_said
    qn = _key("住民票の写しをコンビニで取る場合の手数料")
    a = (99.0, (0, 6), {"key": "a"}, "住民票の写し（窓口交付）")
    b = (99.0, (0, 6), {"key": "b"}, "住民票の写し（コンビニ交付）")
    taken = []
    assert _by_note_said([a, b], qn, lambda s, e: True, taken) == [b]
    assert taken == [(7, 11)]
    assert _by_note_said([a, b], _key("住民票の写しの手数料"), lambda s, e: True, []) == [a, b]


def test_the_lines_under_each_marked_heading_counted():
    from assistant.query.listed_figures import entries_under_heading
    text = "議題1 A\n【課長】説明。\n■決定事項\n一つ目。\n二つ目。\n\n議題2 B\n■決定事項\n三つ目。\n\nその他\n"
    assert entries_under_heading("決定事項は全部でいくつ", ["決定事項"], text) == (3, "決定事項", 2)
    assert entries_under_heading("決定事項はどんな内容", ["決定事項"], text) is None
    assert entries_under_heading("その他はいくつ", ["その他"], text) is None  # (a word alone on its line is no marked heading)


def test_what_an_agenda_item_decided():
    from assistant.query.decided_lines import decided_under_item
    text = "議題２　B\n\n【課長】説明。\n■決定事項\n一つ目。\n二つ目。\n\n議題３　C\n【部長】説明。\n■決定事項\n三つ目。\n"
    assert decided_under_item("Bの議題では何が決まった？", text, 1) == ("議題2 B", "決定事項", ["一つ目。", "二つ目。"], 5)
    assert decided_under_item("Cの議題では何が決まった？", text, 8)[2] == ["三つ目。"]
    assert decided_under_item("Bの議題で誰が発言した？", text, 1) is None


def test_when_a_row_began_its_first_year_with_a_figure():
    # 「それはいつから始まったの？」 of 要介護認定申請: 令和6年度, the first year not 「－」, its note saying so too
    from assistant.query.tables.answer import TableContext
    from assistant.query.tables.began_of_row import began_of_row
    headers = ["手続名", "件数(件)令和4年度", "件数(件)令和5年度", "件数(件)令和6年度", "備考"]
    t = _table("t.html", "オンライン化", headers, _rows(headers, [("A申請", "－", "－", "88", "令和6年度開始"),
                                                                 ("B申請", "12", "35", "64", "")]))
    got = began_of_row("それはいつから始まったの？", TableContext(t, [], "", [t.rows[0]]))
    assert got.value == "令和6年度" and got.status == "exact" and "令和6年度開始" in got.summary
    assert began_of_row("それはいつから始まったの？", TableContext(t, [], "", [t.rows[1]])) is None
    assert began_of_row("件数は？", TableContext(t, [], "", [t.rows[0]])) is None
    assert began_of_row("料金改定っていつから？", TableContext(t, [], "", [t.rows[0]])) is None
