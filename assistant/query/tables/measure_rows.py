"""A table printing each record on one row per measure (基本目標 merged over an 「指標達成率（％）」 row and a
「総合評価」 row, a 区分 column saying which; the years' columns holding each measure's figures): one row per
record, each measure's figures as columns of their own (「総合評価 令和6年度」「指標達成率 令和6年度」).

Read so, 「総合評価がＳだった基本目標」 filters records by their 総合評価 of the year, 「達成率が50％以上」 by
their rate, and both can be asked of the same record (a follow-up 「その達成率は？」).
"""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years
from assistant.query.compiled import compiled

# The column saying which measure a row is of: its header says so, or its values are few words repeated.
_LABEL_HEADER = compiled(r"^(?:区分|項目|指標|評価項目|内容|種別|事項)$")


def _filled(v: object) -> str:
    return " ".join(nfkc(str(v or "")).split())


def measure_row_records(headers: tuple, rows: list[dict]) -> tuple[tuple, list[dict]] | None:
    """(the headers, the rows) with each record's measure rows joined, or None when the table is not so
    printed: a label column whose few values (2-4) repeat in the same order under each record, a record's
    rows running on while its first column is the same or blank, and columns of years whose values are
    the measures' (they differ between a record's rows)."""
    if len(rows) < 4 or len(headers) < 4:
        return None
    first = headers[0]
    labels_of = [h for h in headers[1:] if _LABEL_HEADER.match(_filled(h))]
    if len(labels_of) != 1:
        return None
    label = labels_of[0]
    measures = list(dict.fromkeys(_filled(r["cells"].get(label)) for r in rows))
    if not 2 <= len(measures) <= 4 or "" in measures:
        return None
    groups: list[list[dict]] = []
    for r in rows:
        key = _filled(r["cells"].get(first))
        current = groups[-1] if groups else None
        own = _filled(current[0]["cells"].get(first)) if current else ""
        said = {_filled(x["cells"].get(label)) for x in current} if current else set()
        if current is not None and (not key or key == own) and _filled(r["cells"].get(label)) not in said:
            current.append(r)
        else:
            groups.append([r])
    # every record printed with every measure, in the same order
    order = [_filled(x["cells"].get(label)) for x in groups[0]]
    if len(groups) < 2 or sorted(order) != sorted(measures) or any(
            [_filled(x["cells"].get(label)) for x in g] != order for g in groups):
        return None
    others = [h for h in headers if h not in (first, label)]
    yearly = [h for h in others if any(len({_filled(x["cells"].get(h)) for x in g}) > 1 for g in groups)]
    # (the measures are of years: most of their columns name a year)
    if len(yearly) < 2 or sum(bool(find_years(nfkc(h))) for h in yearly) < 2:
        return None
    kept = [h for h in others if h not in yearly]
    names = {m: re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", m) or m for m in order}
    units = {m: (u.group(1) if (u := re.search(r"[(（]([^()（）]{1,4})[)）]\s*$", m)) else "") for m in order}

    def prefix(h: str) -> str:
        text = _filled(h)
        years = find_years(text)
        return text[:years[0].start].strip() if years else ""

    # Two groups of year columns (「排出量（ｔ） 令和6年度」 beside 「１人１日当たり（ｇ） Ｒ６」): the later groups
    # keep their words (「可燃 1人1日当たり(g) R6」), or 「1人1日当たり」 could name no column; the first group
    # stays 「可燃 令和6年度」, the figure its years are read as
    main_group = prefix(yearly[0]) if yearly else ""

    def joined(m: str, h: str) -> str:
        # 「年度別の状況令和6年度 (2024年度)」 of 総合評価: 「総合評価 令和6年度 (2024年度)」, the unit of the
        # measure (％ of 指標達成率（％）) kept after it
        text = _filled(h)
        years = find_years(text)
        # (「前年度比 (R6-R5)」: a header of two years is no year's, said whole)
        said = text[years[0].start:] if len({y.fiscal_year for y in years}) == 1 else text
        if prefix(h) and prefix(h) != main_group and len({y.fiscal_year for y in years}) == 1:
            said = f"{prefix(h)} {said}"
        elif main_group != prefix(yearly[-1]) and not units[m] and (
                unit := re.search(r"[(（]([^()（）]{1,4})[)）]$", main_group)):
            # (its unit kept after it, 「可燃 令和6年度(t)」, as the group's words are not: 「10ｔを超えている」)
            return f"{names[m]} {said}({unit.group(1)})"
        return f"{names[m]} {said}" + (f"({units[m]})" if units[m] else "")

    new_headers = (first, *kept, *(joined(m, h) for m in order for h in yearly))
    out = []
    for g in groups:
        cells = {first: next((x["cells"][first] for x in g if _filled(x["cells"].get(first))), "")}
        for h in kept:
            cells[h] = next((x["cells"][h] for x in g if _filled(x["cells"].get(h))), "")
        for x in g:
            m = _filled(x["cells"].get(label))
            for h in yearly:
                cells[joined(m, h)] = x["cells"].get(h, "")
        out.append({**g[0], "cells": cells, "end_line": g[-1]["line"]})
    return new_headers, out
