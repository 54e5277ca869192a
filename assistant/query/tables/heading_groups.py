"""A table whose groups are heading rows inside it: 「Ⅰ　介護予防・健康づくりの推進　【柱の総合評価：Ｂ】」 merged
over a row before the group's rows, 「小計（柱Ⅰ）　取組数５件 … 13,435」 after them. The groups get a table of their
own (as group_roles.subtotal_table gives 部局 over 課等): a row per heading, numbered by the code it begins with
(Ⅰ, 1), named by the rest, with the grade the heading states of the group (総合評価 Ｂ) and the figures of its
subtotal row. What the groups are called is read from the document (「柱の総合評価」「小計（柱Ⅰ）」: 柱), never
listed per document. None unless two headings at least each begin with a code and each has a subtotal row."""
from __future__ import annotations

import re

from assistant.query.tables.cells import _number
from assistant.text.normalize import clean, nfkc

# 「Ⅰ 介護予防・健康づくりの推進 【柱の総合評価：Ｂ】」 (the closing bracket may be lost with the cell's end)
_HEAD = re.compile(r"^(?P<code>[IVX]{1,4}|\d{1,2})[\s.．、]+(?P<name>[^【\[［]+?)\s*"
                   r"(?:[【\[［]\s*(?P<label>[^【】\[\]［］:：]{1,12}?)\s*[:：]\s*(?P<grade>[^\s】\]］]{1,4})\s*[】\]］]?)?\s*$")
# 「小計（柱Ⅰ）」: the subtotal naming its group by the document's word for the groups and the code
_SUBTOTAL_OF = re.compile(r"^(?:小計|計)\s*[(（]\s*(?P<word>[^\d()（）IVX\s]{1,6}?)\s*(?:[IVX]{1,4}|\d{1,2})\s*[)）]")
_SUBTOTAL = re.compile(r"^(?:小計|計)(?![一-龥])")


def _first_label(r: dict) -> str:
    return next((clean(nfkc(str(v))) for v in r["cells"].values() if str(v or "").strip()), "")


def heading_group_table(headers, rows: list[dict], body: list[dict]) -> tuple[list[str], list[dict], str] | None:
    """(headers, rows, the groups' word) of the groups' own table, or None."""
    if isinstance(headers, str) or not body:
        return None
    order: list[str] = []
    for r in body:
        h = r.get("heading") or ""
        if not h:
            return None
        if h not in order:
            order.append(h)
    if len(order) < 2:
        return None
    heads = {h: _HEAD.match(clean(nfkc(h))) for h in order}
    if not all(heads.values()) or len({m.group("code") for m in heads.values()}) != len(order):
        return None
    subtotals: dict[str, dict] = {}
    word = ""
    for r in rows:
        if r in body or (r.get("heading") or "") not in heads or r["heading"] in subtotals:
            continue
        label = _first_label(r)
        if _SUBTOTAL.match(label.replace(" ", "")):
            subtotals[r["heading"]] = r
            own = _SUBTOTAL_OF.match(label.replace(" ", ""))
            word = word or (own.group("word") if own else "")
    if set(subtotals) != set(order):
        return None
    labels = {m.group("label") for m in heads.values() if m.group("label")}
    grade_head = ""
    if len(labels) == 1 and all(m.group("grade") for m in heads.values()):
        label = labels.pop().replace(" ", "")
        # 「柱の総合評価」: the group's word, then what is stated of it
        if "の" in label:
            said, _, grade_head = label.partition("の")
            word = word or said
        else:
            grade_head = label
    figures = [h for h in headers if any(_number(r["cells"].get(h)) is not None for r in subtotals.values())]
    if not figures and not grade_head:
        return None
    name = f"{word}名" if word else "名称"
    out_headers = ["番号", name, *([grade_head] if grade_head else []), *figures]
    out_rows = []
    for h in order:
        m, sub = heads[h], subtotals[h]
        cells = {"番号": m.group("code"), name: clean(m.group("name"))}
        if grade_head:
            cells[grade_head] = m.group("grade")
        cells.update({f: sub["cells"].get(f, "") for f in figures})
        out_rows.append({**sub, "cells": cells, "heading": ""})
    return out_headers, out_rows, word
