"""Progress sheets asked by when their items ended: 「令和4年中」 is the calendar year (read on the end months
the sheets print), and a month of no year asked next narrows that list instead of replacing the year."""
from __future__ import annotations


def _keys(answer) -> list[str]:
    return sorted(str(r["key"]) for r in answer.rows)


def _ended_in(db, first: str, last: str) -> list[str]:
    """The sheets whose practice item's end month lies between two months, read from the index."""
    rows = db.conn.execute("select s.key from sheet s join practice p on p.key = s.practice_key "
                           "where p.ended_month between ? and ?", (first, last)).fetchall()
    return sorted(r[0] for r in rows)


def test_an_era_year_with_naka_is_the_calendar_year(assistant, db):
    answer = assistant.ask("進捗状況シートで令和4年中に取組終了と書かれているもの")
    assert answer.status == "exact"
    expected = _ended_in(db, "2022-01", "2022-12")
    # (the calendar year holds the fiscal year's last months before it: 令和4年3月 is FY R3)
    assert expected and _keys(answer) == expected


def test_a_month_asked_next_narrows_the_year(assistant, db):
    assistant.ask("進捗状況シートで令和4年中に取組終了と書かれているもの")
    answer = assistant.ask("9月に終わったのはどれ？")
    assert answer.status == "exact"
    expected = _ended_in(db, "2022-09", "2022-09")
    assert expected and _keys(answer) == expected
    # (an item ended in September of another year is not among them)
    assert _ended_in(db, "2023-09", "2023-09")[0] not in _keys(answer)
