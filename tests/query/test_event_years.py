"""「…を始めた年度の翌年度は」: a year said by an event of one item's progress sheet, read from its own entries
(shipped corpus: its sheets print each year's entries)."""
from __future__ import annotations

import re


def _started_once(db):
    """An item whose sheet writes 「〇〇を開始」 done in one year only, a year after it printed, and its title unique."""
    for key, title in db.execute("SELECT key, title FROM practice WHERE title != ''"):
        entries = list(db.execute("SELECT year, result FROM sheet_entry WHERE practice_key = ? ORDER BY n", [key]))
        years = list(dict.fromkeys(y for y, _ in entries))
        for year, result in entries:
            m = re.search(r"([一-龥ァ-ヶー]{3,})を開始(?!予定|する予定)", result or "")
            if not m or db.execute("SELECT count(*) FROM practice WHERE title = ?", [title]).fetchone()[0] != 1:
                continue
            said = {y for y, r in entries if m.group(0) in (r or "")}
            if said == {year} and years.index(year) + 1 < len(years) and years.index(year) > 0:
                return title, m.group(1), year, years
    raise AssertionError("no sheet starting something in one year")


def test_the_year_after_an_event_is_that_sheets_next_year(assistant, db):
    title, thing, year, years = _started_once(db)
    answer = assistant.ask(f"{title}で、{thing}を始めた年度の翌年度は何をした？")
    nxt = years[years.index(year) + 1]
    assert answer.status == "exact" and answer.rows, answer.summary
    assert {r["year"] for r in answer.rows} == {nxt}
    assert any(u.get("value") == year for u in answer.understood) and nxt in answer.summary


def test_the_year_before_an_event(assistant, db):
    title, thing, year, years = _started_once(db)
    assistant.reset()
    answer = assistant.ask(f"{title}で、{thing}を開始した年度の前年度は何をした？")
    assert {r["year"] for r in answer.rows} == {years[years.index(year) - 1]}, answer.summary


def test_an_event_no_entry_writes_is_partial(assistant, db):
    title, _, _, _ = _started_once(db)
    answer = assistant.ask(f"{title}で、宇宙船を打ち上げた年度の翌年度は何をした？")
    assert answer.status == "partial" and "翌年度" in answer.unused and not answer.rows
    assert answer.summary.startswith(answer.caveat)


def test_an_event_of_several_years_unsaid_which_is_partial(assistant, db):
    """An event written in two years: 最初に picks the first; without it no year is chosen."""
    for key, title in db.execute("SELECT key, title FROM practice WHERE title != ''"):
        found = [y for y, in db.execute("SELECT DISTINCT year FROM sheet_entry WHERE practice_key = ? AND result LIKE "
                                        "'%アンケートを実施し%' ORDER BY n", [key])]
        if len(found) >= 2 and db.execute("SELECT count(*) FROM practice WHERE title = ?", [title]).fetchone()[0] == 1:
            break
    else:
        raise AssertionError("no sheet surveying in two years")
    answer = assistant.ask(f"{title}で、アンケートを実施した年度の翌年度は？")
    assert answer.status == "partial" and not answer.rows, answer.summary
    assistant.reset()
    answer = assistant.ask(f"{title}で、アンケートを最初に実施した年度の前年度は？")
    assert any(u.get("value") == found[0] for u in answer.understood), answer.summary


def test_a_grades_move_is_not_an_event(assistant):
    answer = assistant.ask("Cに下がった年の翌年度にAに上がった実践項目")
    assert answer.target != "sheet_entry"


def test_the_item_of_the_sheet_shown_before(assistant, db):
    """「…の進捗状況シート」 then 「〇〇を始めた年度の翌年度は」: the event of the sheet shown."""
    title, thing, year, years = _started_once(db)
    assistant.ask(f"{title}の進捗状況シート")
    answer = assistant.ask(f"{thing}を始めた年度の翌年度は何をした？")
    assert {r["year"] for r in answer.rows} == {years[years.index(year) + 1]}, answer.summary


def _two_started(db):
    """Two items of unique titles whose sheets write the same thing started, each in a month of its own."""
    found: dict[str, list] = {}
    for key, code, title in db.execute("SELECT key, code, title FROM practice WHERE title != ''"):
        if db.execute("SELECT count(*) FROM practice WHERE title = ?", [title]).fetchone()[0] != 1:
            continue
        for year, result in db.execute("SELECT year, result FROM sheet_entry WHERE practice_key = ? ORDER BY n", [key]):
            m = re.search(r"R(\d+)年(\d+)月(?:に|から)([一-龥ァ-ヶー]{2,})を開始した", result or "")
            if m:
                found.setdefault(m.group(3), []).append((int(m.group(1)) * 12 + int(m.group(2)), code, title))
                break
    for thing, items in found.items():
        if len(items) >= 2 and items[0][0] != items[1][0]:
            return thing, items[0], items[1]
    raise AssertionError("no two sheets starting the same thing")


def test_which_started_first_by_the_sheets_months(assistant, db):
    thing, one, two = _two_started(db)
    first, last = sorted([one, two])
    answer = assistant.ask(f"{one[2]}と{two[2]}、{thing}を先に始めたのはどっち？")
    assert answer.status == "exact" and answer.value == first[1], answer.summary
    assistant.reset()
    answer = assistant.ask(f"{one[2]}と{two[2]}、{thing}を後に始めたのはどっち？")
    assert answer.value == last[1], answer.summary


def test_which_did_first_a_thing_one_sheet_never_writes_is_partial(assistant, db):
    _, one, two = _two_started(db)
    answer = assistant.ask(f"{one[2]}と{two[2]}、宇宙船を先に導入したのはどっち？")
    assert answer.status == "partial" and not answer.rows and answer.value is None, answer.summary


def _counted_each_year(db):
    """An item of a unique title whose sheet writes 「N社」 in its first and last years, and the sheet's years."""
    for key, title in db.execute("SELECT key, title FROM practice WHERE title != ''"):
        entries = list(db.execute("SELECT year, result FROM sheet_entry WHERE practice_key = ? ORDER BY n", [key]))
        years = list(dict.fromkeys(y for y, _ in entries))
        firsts = [re.search(r"(\d+)社", r or "") for y, r in entries if y == (years or [""])[0]]
        lasts = [re.search(r"(\d+)社", r or "") for y, r in entries if y == (years or [""])[-1]]
        if len(years) >= 3 and any(firsts) and any(lasts) \
                and db.execute("SELECT count(*) FROM practice WHERE title = ?", [title]).fetchone()[0] == 1:
            return title, years, next(m for m in firsts if m).group(0), next(m for m in lasts if m).group(0)
    raise AssertionError("no sheet counting 社 in its first and last years")


def test_a_figure_at_the_sheets_first_and_last_years(assistant, db):
    """最後の年度 of a figure the sheet writes is the sheet's last year, not the last year the list grades."""
    title, years, first, last = _counted_each_year(db)
    answer = assistant.ask(f"{title}で、最初の年度と最後の年度でそれぞれ何社？")
    assert answer.status == "exact" and first in answer.summary and last in answer.summary, answer.summary
    assert [u["value"] for u in answer.understood if u["field"] == "year"] == [years[0], years[-1]]
