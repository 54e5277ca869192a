"""One small table per heading, its rows the years of what the heading names (「市民課（本庁舎1階）」 over
| 年度 | 満足 | … | 満足度 | with a row for 令和5年度 and one for 令和6年度): the heading names the rows.

A table of the same header over all of them (「全体の結果」), its figures the sums of theirs year by
year, restates them: it is no row of its own (never one more 窓口, never counted or summed twice).
A heading's bracketed tail (「（本庁舎1階）」) says where or what more: the heading is named without it,
and the tail stays a cell of the row (「本庁舎3階の窓口」 still finds it). Each heading's rows become one
row, its figures a column per year (by_heading), and the word before 別 in the heading over them
(「窓口別の結果」) is what the rows are.
"""
from __future__ import annotations

import re
from collections import defaultdict

from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, fy_text
from assistant.query.compiled import compiled

HEAD = "見出し"
NOTE = "見出しの補足"
_TAIL = compiled(r"^(?P<name>.+?)\s*[(（](?P<note>[^()（）]{1,20})[)）]$")


def _number(text) -> float | None:
    s = nfkc(str(text or "")).replace(",", "").strip()
    return float(s) if re.fullmatch(r"-?\d+(?:\.\d+)?", s) else None


def _year_column(headers, rows: list[dict]) -> str:
    """The one column of text every row has, each value a fiscal year (年度 | 令和5年度), or ""."""
    texts = [h for h in headers if h not in (HEAD, NOTE) and not all(_number(r["cells"].get(h)) is not None
                                                        for r in rows if str(r["cells"].get(h) or "").strip())]
    if len(texts) != 1:
        return ""
    h = texts[0]
    values = [nfkc(str(r["cells"].get(h) or "")).strip() for r in rows]
    return h if values and all(v and len(find_years(v, calendar=True)) == 1 for v in values) else ""


def restated_sums(rows: list[dict], headers) -> set[str]:
    """The keys of rows that stand under no heading the others share and whose every figure is the sum of
    the same year's rows under the headings of their own: a whole table restated by parts. Empty when
    the rows are not years under three headings or more."""
    year = _year_column(headers, rows)
    if not year:
        return set()
    by_heading: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_heading[r.get("heading") or ""].append(r)
    if len(by_heading) < 3:
        return set()
    figures = [h for h in headers if h not in (year, HEAD)
               and all(_number(r["cells"].get(h)) is not None for r in rows)
               and all(float(_number(r["cells"].get(h))).is_integer() for r in rows)]
    if not figures:
        return set()
    out: set[str] = set()
    for heading, own in by_heading.items():
        others = [r for r in rows if (r.get("heading") or "") != heading]
        for r in own:
            same_year = [o for o in others if o["cells"].get(year) == r["cells"].get(year)]
            if len({o.get("heading") or "" for o in same_year}) < 2:
                break
            if not all(abs(sum(_number(o["cells"].get(h)) for o in same_year) - _number(r["cells"].get(h))) < 0.5
                       for h in figures):
                break
        else:
            out |= {r["key"] for r in own}
    return out if len(out) < len(rows) else set()


def heading_names_rows(headers, rows: list[dict]) -> bool:
    """Whether each heading holds one row per year and nothing else tells its rows apart."""
    if HEAD not in headers:
        return False
    year = _year_column(headers, rows)
    if not year:
        return False
    seen = {(nfkc(str(r["cells"].get(HEAD) or "")), nfkc(str(r["cells"].get(year) or ""))) for r in rows}
    heads = {h for h, _ in seen}
    return len(seen) == len(rows) and len(heads) >= 2 and len(heads) < len(rows)


def split_tails(headers: tuple, rows: list[dict]) -> tuple:
    """「介護保険課（本庁舎3階）」 as the heading 介護保険課 and its tail 本庁舎3階 in a column of its own,
    when every heading has such a tail; the headers as they are otherwise."""
    found = [_TAIL.match(nfkc(str(r["cells"].get(HEAD) or "")).strip()) for r in rows]
    if not rows or not all(found) or len({m.group("name") for m in found}) < 2:
        return headers
    for r, m in zip(rows, found):
        r["cells"] = {HEAD: m.group("name"), NOTE: m.group("note"),
                      **{k: v for k, v in r["cells"].items() if k != HEAD}}
    return (HEAD, NOTE, *[h for h in headers if h != HEAD])


_PER_WORD = compiled(r"^(?:\d{1,2}\s*)?(?P<word>[一-龥ァ-ヶー]{1,8})別の")


def word_of_headings(db, source: str, first_line: int) -> str:
    """What the headings are (窓口 of 「2　窓口別の結果」, the heading over them): the word before 別,
    from the last heading printed above the first of them; "" when none says so."""
    row = db.execute("SELECT text FROM passages WHERE source = ? AND field = 'heading' AND line < ? "
                     "ORDER BY line DESC LIMIT 3", (source, first_line)).fetchall()
    for (text,) in row:
        m = _PER_WORD.match(nfkc(text or "").strip())
        if m:
            return m.group("word")
    return ""

def by_heading(headers: tuple, rows: list[dict]) -> tuple[tuple, list[dict]]:
    """The rows of each heading as one row, its figures one column per year (「令和5年度 満足度(%)」 |
    「令和6年度 満足度(%)」), as a workbook's sheets per year are joined: what each heading did from one
    year to the next is then a row's change between its years' columns. The row stands where the
    heading's latest year is printed."""
    year = _year_column(headers, rows)
    of_year = {id(r): find_years(nfkc(str(r["cells"].get(year) or "")), calendar=True)[0].fiscal_year for r in rows}
    years = sorted(set(of_year.values()))
    measures = [h for h in headers if h not in (HEAD, NOTE, year)]
    grouped: dict[str, list[dict]] = {}
    for r in rows:
        grouped.setdefault(nfkc(str(r["cells"].get(HEAD) or "")), []).append(r)
    fixed = [h for h in (HEAD, NOTE) if h in headers]
    out_headers = (*fixed, *(f"{fy_text(y)} {h}" for y in years for h in measures))
    out = []
    for own in grouped.values():
        latest = max(own, key=lambda r: of_year[id(r)])
        cells = {h: latest["cells"].get(h, "") for h in fixed}
        for r in sorted(own, key=lambda r: of_year[id(r)]):
            for h in measures:
                cells[f"{fy_text(of_year[id(r)])} {h}"] = r["cells"].get(h, "")
        out.append({**latest, "cells": {h: cells.get(h, "") for h in out_headers}, "by_heading": True})
    return out_headers, out
