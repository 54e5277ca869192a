"""A table printing each record on one row per fiscal year (事業番号・事業名 merged over a 令和4年度 row and a
令和5年度 row, 事業費 and 指標値 on each): one row per record, its yearly figures as columns of their year.

Read so, 「廃止の事業は何件」 counts records, not rows; 「令和5年度の事業費がいちばん大きい」 and 「令和4年度より
令和5年度のほうが増えた」 read the year's columns as they do in a table printed with one column per year;
and a 部計 row pair is one total row, which read.py keeps out of counts and sums.
"""
from __future__ import annotations

from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years
from assistant.query.compiled import compiled

# (「令和5年度（見込）」「R4決算」: what the year's figures are, after the year, is no other value)
_NOTE_AFTER = compiled(r"\s*(?:[(（][^()（）]{1,6}[)）]|(?P<word>決算|予算|実績|見込み?|計画|当初))?\s*")


def _year_said(value: object) -> tuple[int, str] | None:
    """(the fiscal year, as printed) when the cell is nothing but one year (令和4年度, 2023年度, R5), a note
    in brackets after it aside (令和5年度（見込）)."""
    text = nfkc(str(value or "")).strip()
    found = find_years(text)
    after = _NOTE_AFTER.fullmatch(text[found[0].end:]) if len(found) == 1 and found[0].start == 0 else None
    if after is None:
        return None
    # (a word kept, 「R4決算」 beside 「R5予算」 saying what each year's figures are; a bracket's note left)
    return found[0].fiscal_year, (text[:found[0].end] + (after.group("word") or "")).strip()


# 「〃」「同上」: the cell above's value again (a record's name printed once, then ditto marks on its other years' rows)
_DITTO = {"〃", "″", "”", "同上", "々"}


def _year_only(value: object) -> int | None:
    said = _year_said(value)
    return said[0] if said else None


def year_row_records(headers: tuple, rows: list[dict]) -> tuple[tuple, list[dict]] | None:
    """(the headers, the rows) with each record's year rows joined, or None when the table is not so
    printed. The year column is the one whose every cell is a year; a record's rows run on while its
    first column is the same or blank (a merged cell leaves the lower cells empty) and its years do not
    repeat. Every record but a few must have a row for each of the table's few years, else each row is a
    record of its own."""
    if len(rows) < 4:
        return None
    years_of = [h for h in headers if all(_year_only(r["cells"].get(h)) is not None for r in rows)]
    if len(years_of) != 1:
        return None
    year = years_of[0]
    first = next((h for h in headers if h != year), None)
    if first is None:
        return None
    groups: list[list[dict]] = []
    for r in rows:
        key = nfkc(str(r["cells"].get(first) or "")).strip()
        fy = _year_only(r["cells"].get(year))
        current = groups[-1] if groups else None
        own_key = nfkc(str(current[0]["cells"].get(first) or "")).strip() if current else ""
        if current is not None and (not key or key == own_key or key in _DITTO) \
                and fy not in {_year_only(x["cells"].get(year)) for x in current}:
            current.append(r)
        else:
            groups.append([r])
    # Every record (but a few) over the same few years, each year once: a column of years each row has
    # its own of (建築年 昭和48年, 平成3年 …) is no year of a pair of rows.
    years = {_year_only(r["cells"].get(year)) for r in rows}
    full = sum({_year_only(x["cells"].get(year)) for x in g} == years for g in groups)
    if len(groups) < 2 or not 2 <= len(years) <= 5 or len(years) >= len(groups) or full * 3 < len(groups) * 2:
        return None
    others = [h for h in headers if h != year]

    yearly = [h for h in others if h != first and _differs_somewhere(groups, h)]
    if not yearly:
        return None

    def filled(v: object) -> str:
        return nfkc(str(v or "")).strip()

    labels: dict[int, str] = {}
    for r in rows:
        fy, printed = _year_said(r["cells"].get(year))
        labels.setdefault(fy, printed)
    order = sorted(labels)
    kept = [h for h in others if h not in yearly]
    new_headers = tuple(kept) + tuple(f"{labels[fy]} {h}" for fy in order for h in yearly)
    out = []
    for g in groups:
        cells = {h: next((x["cells"][h] for x in g if filled(x["cells"].get(h)) not in ("", *_DITTO)), "") for h in kept}
        by_year = {_year_only(x["cells"].get(year)): x for x in g}
        for fy in order:
            for h in yearly:
                cells[f"{labels[fy]} {h}"] = by_year[fy]["cells"].get(h, "") if fy in by_year else ""
        # (its rows were one per year: the record is the table's key over its years, read long — rows_are.py)
        out.append({**g[0], "cells": cells, "end_line": g[-1]["line"], "year_rows": True})
    return new_headers, out


def _differs_somewhere(groups: list[list[dict]], h: str) -> bool:
    """Whether the column's value changes from one year to the next in some record (a figure by year),
    as against a name merged over the record's rows (the same on each, or blank under the first).
    「―」 is a value here: a year without the figure."""
    for g in groups:
        values = {v for x in g if (v := nfkc(str(x["cells"].get(h) or "")).strip()) and v not in _DITTO}
        if len(values) > 1:
            return True
    return False
