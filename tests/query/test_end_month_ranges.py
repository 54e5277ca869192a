"""Ranges of calendar months over 取組終了: read on the end months (「2022年1月〜12月の間に終わった」)."""
from __future__ import annotations


def _codes(answer) -> set[str]:
    return {r["key"].split(":", 1)[1] for r in answer.rows}


def test_a_calendar_year_of_months_reads_the_end_months(assistant, db):
    want = {r["code"] for r in db.query("SELECT code FROM practice WHERE ended_month BETWEEN '2022-01' AND '2022-12'")}
    answer = assistant.ask("2022年1月〜12月の間に取組が終わった実践項目ってどれ？")
    assert answer.status == "exact" and _codes(answer) == want
    # an item ending in a fiscal year only partly inside, with no end month, cannot be placed: said
    assert any("終了月の記載がない" in n for n in answer.notes)


def test_a_range_holding_a_whole_fiscal_year_keeps_its_items_without_a_month(assistant, db):
    want = {r["code"] for r in db.query("SELECT code FROM practice WHERE ended = 'R4'")}
    answer = assistant.ask("2022年4月から2023年3月までに終わった実践項目")
    assert answer.status == "exact" and _codes(answer) == want


def test_never_the_fiscal_years_of_the_months(assistant, db):
    """「2022年3月から2022年12月」 is not R3〜R4 (every item ending in either fiscal year)."""
    answer = assistant.ask("2022年3月から2022年12月に終わった実践項目")
    fiscal = {r["code"] for r in db.query("SELECT code FROM practice WHERE ended IN ('R3', 'R4')")}
    assert answer.status != "exact" or _codes(answer) < fiscal


def test_the_month_said_by_the_sheets_printed_label(assistant, db):
    """「「取組終了の場合記入」欄の月が3月以外」: the sheet's end month, not the label sought as a word."""
    want = {r["code"] for r in db.query("SELECT code FROM practice WHERE ended = 'R4' AND ended_month <> ''"
                                        " AND substr(ended_month, 6, 2) <> '03'")}
    answer = assistant.ask("R4で取組終了した実践項目のうち、進捗状況シートの「取組終了の場合記入」欄の月が3月以外になっているもの")
    assert answer.status == "exact" and want and _codes(answer) == want


def test_the_end_month_said_with_its_year(assistant, db):
    want = {r["code"] for r in db.query("SELECT code FROM practice WHERE ended_month = '2022-09' AND initiative = '12'")}
    answer = assistant.ask("No.12の実践項目のうち、シートの取組終了月が令和4年9月のものは？")
    assert answer.status == "exact" and want and _codes(answer) == want
