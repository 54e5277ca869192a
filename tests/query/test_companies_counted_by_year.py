"""A number of companies asked as 企業数 (「R3の寄附した企業数は」) is the one figure the year's entries print in 社,
never a count of records (a record is no company); two years' figures compared (「R3とR4で寄附した企業数が多いのは
どっち？」), also right after the record's sheet was shown. Expected figures are read from the index."""
from __future__ import annotations

import re

import pytest

from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years


def _companies_by_year(db) -> tuple[str, dict[int, tuple[int, str]]]:
    for key, title in db.execute("SELECT key, title FROM practice WHERE title LIKE '%ふるさと納税%'"):
        found: dict[int, set[int]] = {}
        labels: dict[int, str] = {}
        for year, result in db.execute("SELECT year, result FROM sheet_entry WHERE practice_key = ?", [key]):
            years = find_years(str(year or ""))
            if not years:
                continue
            fy = years[0].fiscal_year
            for m in re.finditer(r"(?<![\d,])(\d+)社(?![一-龥])", nfkc(str(result or ""))):
                found.setdefault(fy, set()).add(int(m.group(1)))
                labels[fy] = str(year)
        one = {fy: (next(iter(v)), labels[fy]) for fy, v in found.items() if len(v) == 1}
        if len(one) >= 2 and len({n for n, _ in one.values()}) == len(one):
            return nfkc(title).split("の導入")[0], one
    pytest.skip("no record printing a number of companies in two years")


def test_companies_counted_of_one_year_is_the_figure_printed(assistant, db):
    noun, by_year = _companies_by_year(db)
    fy = sorted(by_year)[0]
    answer = assistant.ask(f"{noun}の{by_year[fy][1]}の寄附した企業数は？")
    assert answer.value == by_year[fy][0] and answer.status == "search", answer.summary


@pytest.mark.parametrize("more", [True, False])
def test_two_years_compared_after_the_sheet_was_shown(assistant, db, more):
    noun, by_year = _companies_by_year(db)
    a, b = sorted(by_year)[:2]
    assistant.ask(f"{noun}の進捗状況シート")
    word = "多い" if more else "少ない"
    answer = assistant.ask(f"{by_year[a][1]}と{by_year[b][1]}で寄附した企業数が{word}のはどっち？")
    pick = max((a, b), key=lambda y: by_year[y][0] * (1 if more else -1))
    assert answer.value == by_year[pick][1] and answer.status == "search", answer.summary


def test_stores_counted_of_one_year_is_the_figure_that_year_prints(assistant, db):
    # (the year's figure in 店舗, not a later summary line printing another)
    by: dict[tuple[str, str], set[int]] = {}
    for title, year, result in db.execute("SELECT p.title, e.year, e.result FROM sheet_entry e "
                                          "JOIN practice p ON p.key = e.practice_key WHERE e.result LIKE '%店舗%'"):
        for m in re.finditer(r"(?<![\d,])(\d+)店舗(?![一-龥])", nfkc(str(result or ""))):
            by.setdefault((nfkc(str(title)), str(year)), set()).add(int(m.group(1)))
    one = [(t, y, next(iter(v))) for (t, y), v in by.items() if len(v) == 1]
    if not one:
        pytest.skip("no sheet printing one number of stores in a year")
    title, year, number = one[0]
    answer = assistant.ask(f"{title}の販売店{year}で何店舗になった")
    assert answer.value == number and f"{number}店舗" in answer.summary and answer.status == "search", answer.summary
