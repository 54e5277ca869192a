"""A table of groups (部門) whose rows are the group's parts (区分: 税務, 民生 …) and, under them, rows that
are no part: the group's subtotal (「小計（実績）」), its plan (「計画値」) and the difference
(「差（実績－計画）」). Those rows are kept out of the parts (never one more 区分, never summed with them),
and the groups get a table of their own: a row per group, a column per year for its result (実績: its
subtotal, or its one part), its plan and the difference, so that 「実績が計画値を上回っている部門」 compares
a group's own figures. The words are read from the rows' labels, never listed per document.
"""
from __future__ import annotations

import re

from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, fy_text
from assistant.query.compiled import compiled

_SUBTOTAL = compiled(r"^(?:小計|計|[部課局室]計)(?:[(（](?:実績|現員|実数)?[)）])?$")
_PLAN = compiled(r"^(?:計画|目標)(?:値|数)?(?:[(（][^()（）]{1,8}[)）])?$")
_GAP = compiled(r"^(?:差|差引|差異|乖離)(?:[(（][^()（）]{1,12}[)）])?$")
RESULT = "実績"  # the word of a group's own figures beside its plan


def title_words_unsaid(table) -> None:
    """「定員適正化計画」 names the document: its 計画 is no word of the 計画値 columns (their own 計画値 is)."""
    from dataclasses import replace

    title = nfkc(table.doc_title)
    table.columns = [replace(c, forms=tuple(f for f in c.forms if f == c.base or nfkc(f) not in title))
                     if c.base and c.base != RESULT else c for c in table.columns]


def _label(r: dict, h: str) -> str:
    return nfkc(str(r["cells"].get(h) or "")).replace(" ", "").strip()


def _role(label: str) -> str:
    return "subtotal" if _SUBTOTAL.match(label) else "plan" if _PLAN.match(label) \
        else "gap" if _GAP.match(label) else ""


def split_roles(headers, rows: list[dict]) -> tuple[list[dict], dict[str, dict[str, dict]], str, str] | None:
    """(the parts, {group: {role: row}}, the group column, the label column) when the second text column
    labels a plan row in two groups or more; None otherwise."""
    texts = [h for h in headers if not any(_number(r["cells"].get(h)) is not None for r in rows)][:2]
    if len(texts) != 2 or list(headers[:2]) != texts:
        return None
    group, label = texts
    roles: dict[str, dict[str, dict]] = {}
    parts = []
    for r in rows:
        role = _role(_label(r, label))
        g = _label(r, group)
        if role and g:
            roles.setdefault(g, {})[role] = r
        else:
            parts.append(r)
    planned = [g for g, by in roles.items() if "plan" in by]
    if len(planned) < 2 or not parts:
        return None
    return parts, roles, group, label


def group_table(headers, parts: list[dict], roles: dict[str, dict[str, dict]], group: str, label: str,
                is_total) -> tuple[list[str], list[dict]] | None:
    """The groups' own table: (headers, rows) with 「令和6年度 実績」「令和6年度 計画値」「令和6年度 差…」
    columns; a group printed as a total (合計) is no row of it."""
    years = [(h, y[0].fiscal_year) for h in headers if (y := find_years(nfkc(h))) and len(y) == 1
             and re.fullmatch(r"(?:令和|平成|R|H)?\s*\d{1,4}\s*年度?", nfkc(h).strip())]
    if len(years) < 2:
        return None
    out_rows = []
    names: dict[str, str] = {}
    for g, by in roles.items():
        own = [r for r in parts if _label(r, group) == g]
        result = by.get("subtotal") or (own[0] if len(own) == 1 else None)
        if result is None or is_total(g):
            continue
        cells = {group: g}
        for role, row in (("result", result), ("plan", by.get("plan")), ("gap", by.get("gap"))):
            if row is None:
                continue
            word = RESULT if role == "result" else _label(row, label)
            names[role] = word
            for h, fy in years:
                cells[f"{fy_text(fy)} {word}"] = row["cells"].get(h, "")
        out_rows.append({**result, "cells": cells, "caption": result.get("caption", ""),
                         "key": result["key"], "line": result["line"]})
    if len(out_rows) < 2:
        return None
    out_headers = [group] + [f"{fy_text(fy)} {names[role]}" for _, fy in years
                             for role in ("result", "plan", "gap") if role in names]
    for r in out_rows:
        r["cells"] = {h: r["cells"].get(h, "") for h in out_headers}
    return out_headers, out_rows


def _number(value) -> float | None:
    s = nfkc(str(value or "")).replace(",", "").replace("▲", "-").replace("△", "-").strip()
    return float(s) if re.fullmatch(r"-?\d+(?:\.\d+)?", s) else None


def subtotal_table(headers, rows: list[dict], body: list[dict], is_total) -> tuple[list[str], list[dict]] | None:
    """部局 | 課等 rows where a group of several parts ends with its own 「小計」 row and a group of one is a
    row of its own (the 部局 alone, no 課等): the groups' own table, a row per group with the figures of its
    小計 (or of its one row), under the table's columns. 「…部局はどこ（部局単位で）」 compares the groups,
    never their parts. None unless two groups at least have a 小計 and every other group is one row."""
    if len(headers) < 3:
        return None
    numbered = [h for h in headers[:1] if re.search(r"番号|^no\.?$|^№$", nfkc(str(h)).lower().strip())
                and any(_label(r, h) for r in body) and any(not _label(r, h) for r in rows)]
    if numbered and len(headers) >= 4:
        # No. | 部 | 課 | … with the 部計 rows unnumbered: the groups and their labels are the columns after No.
        headers = headers[1:]
    group, label = headers[0], headers[1]
    if any(_number(r["cells"].get(h)) is not None for r in rows for h in (group, label)):
        return None
    subtotals: dict[str, dict] = {}
    for r in rows:
        g = _label(r, group)
        if g and not is_total(g) and _role(_label(r, label)) == "subtotal":
            subtotals.setdefault(g, r)
    if len(subtotals) < 2:
        return None
    order: list[str] = []
    own: dict[str, list[dict]] = {}
    for r in body:
        g = _label(r, group)
        if not g or is_total(g):
            continue
        if g not in order:
            order.append(g)
        own.setdefault(g, []).append(r)
    if not set(subtotals) <= set(order):
        return None
    out_rows = []
    for g in order:
        if g in subtotals:
            r = subtotals[g]
        elif len(own[g]) == 1 and _label(own[g][0], label) in ("", g):
            r = own[g][0]
        else:
            return None  # (a group of parts printing no 小計: its figures are nowhere to read)
        out_rows.append({**r, "cells": {group: g, **{h: r["cells"].get(h, "") for h in headers[2:]}}})
    return [group, *headers[2:]], out_rows
