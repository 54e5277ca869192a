"""A workbook printing one set of records over two sheets keyed by the same code (施設一覧: 施設番号 | 施設名 | 利用料金制 …
and 評価結果: 施設番号 | 施設名 | 総合評価 …): one table, each row the record's cells of both, so that a question joining a
field of one with a field of the other (「利用料金制を採用していて総合評価がA」) reads one row.

Read by the shape, never by the names: the first column is the same header in both, its codes are the same set in both
(each once, three or more), and the tables share no other column but ones whose cells agree code by code (the name)."""
from __future__ import annotations

from assistant.text.normalize import nfkc


def _codes(rows: list[dict], header: str) -> list[str]:
    return [nfkc(str(r["cells"].get(header) or "")).strip() for r in rows]


def _one_breakdown(headers: list[str]) -> bool:
    """Whether every one of three or more columns is one word's breakdown (年代10・20代, 年代30代 …): a prefix of two
    characters or more that all share, the rest differing."""
    heads = [nfkc(h) for h in headers]
    if len(heads) < 3:
        return False
    prefix = heads[0]
    for h in heads[1:]:
        while prefix and not h.startswith(prefix):
            prefix = prefix[:-1]
    return len(prefix) >= 2


def _joinable(a: tuple, rows_a: list[dict], b: tuple, rows_b: list[dict], sheet_of) -> bool:
    if not a or not b or a[0] != b[0] or len(rows_a) < 3:
        return False
    sheets_a, sheets_b = {sheet_of(r["line"]) for r in rows_a}, {sheet_of(r["line"]) for r in rows_b}
    if "" in sheets_a | sheets_b or len(sheets_a) != 1 or sheets_a == sheets_b:
        # (only a workbook's sheets, one table each: a report's tables restating its figures — a summary of years
        # beside each year's — are no one record's fields printed apart)
        return False
    codes_a, codes_b = _codes(rows_a, a[0]), _codes(rows_b, b[0])
    if "" in codes_a or len(set(codes_a)) != len(codes_a) or sorted(codes_a) != sorted(codes_b):
        return False
    shared = (set(a) & set(b)) - {a[0]}
    if not shared or len(shared) > 1:
        # (no name in common, or several columns shared: two tables of their own — a year's sheets are joined
        # as years, year_sheets — not one record's fields printed apart)
        return False
    from assistant.query.tables.read import _yearless

    if {_yearless(h) for h in a[1:] if h not in shared} & {_yearless(h) for h in b[1:] if h not in shared}:
        # (満足度 of 令和5年度 on one page, of 令和6年度 on the next: one measure's years, joined as years elsewhere)
        return False
    if any(not _yearless(h) for h in (*a[1:], *b[1:]) if h not in shared):
        # (a sheet of bare year columns, Ｒ６ | Ｒ７, whose measure only its caption names: joined, the caption is lost)
        return False
    if any(_one_breakdown([h for h in t[1:] if h not in shared]) for t in (a, b)):
        # (年代10・20代 (n=142) │ 年代30代 (n=188) …: a survey's figures broken down by group, a cross table of its
        # own beside the rounds' figures — not a record's fields printed apart)
        return False
    of_b = {code: r["cells"] for code, r in zip(codes_b, rows_b)}
    return all(nfkc(str(r["cells"].get(h) or "")).strip() == nfkc(str(of_b[code].get(h) or "")).strip()
               for code, r in zip(codes_a, rows_a) for h in shared)


def join_keyed_sheets(groups: dict[tuple, list[dict]], sheets_of) -> None:
    """Join, in place, each source's tables keyed by one code into the first of them (its rows, lines and keys kept;
    the other's cells added after its own). `sheets_of(source)` gives the sheet each line of a workbook stands on."""
    by_source: dict[str, list[tuple]] = {}
    for key in groups:
        if not isinstance(key[1], str) and isinstance(key[1], tuple):
            by_source.setdefault(key[0], []).append(key)
    for source, keys in by_source.items():
        while True:
            pair = next(((a, b) for i, a in enumerate(keys) for b in keys[i + 1:]
                         if _joinable(a[1], groups[a], b[1], groups[b], sheets_of(source))), None)
            if pair is None:
                break
            a, b = pair
            of_b = {code: r["cells"] for code, r in zip(_codes(groups[b], b[1][0]), groups[b])}
            headers = tuple(dict.fromkeys((*a[1], *b[1])))
            rows = []
            for r in groups[a]:
                other = of_b[nfkc(str(r["cells"].get(a[1][0]) or "")).strip()]
                rows.append({**r, "cells": {**r["cells"], **{h: v for h, v in other.items() if h not in r["cells"]}}})
            del groups[a], groups[b]
            groups[(source, headers)] = rows
            keys = [k for k in keys if k not in (a, b)] + [(source, headers)]
