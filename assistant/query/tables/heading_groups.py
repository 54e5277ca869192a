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
from assistant.query.compiled import compiled

# 「Ⅰ 介護予防・健康づくりの推進 【柱の総合評価：Ｂ】」 (the closing bracket may be lost with the cell's end)
_HEAD = compiled(r"^(?P<code>[IVX]{1,4}|\d{1,2})[\s.．、]+(?P<name>[^【\[［]+?)\s*"
                   r"(?:[【\[［]\s*(?P<label>[^【】\[\]［］:：]{1,12}?)\s*[:：]\s*(?P<grade>[^\s】\]］]{1,4})\s*[】\]］]?)?\s*$")
# 「小計（柱Ⅰ）」: the subtotal naming its group by the document's word for the groups and the code
_SUBTOTAL_OF = compiled(r"^(?:小計|計)\s*[(（]\s*(?P<word>[^\d()（）IVX\s]{1,6}?)\s*(?:[IVX]{1,4}|\d{1,2})\s*[)）]")
_SUBTOTAL = compiled(r"^(?:小計|計)(?![一-龥])")


def _first_label(r: dict) -> str:
    return next((clean(nfkc(str(v))) for v in r["cells"].values() if str(v or "").strip()), "")


# 「57.1％（Ｂ）」: a subtotal's figure with the group's grade in brackets after it
_FIGURE_GRADED = compiled(r"^(?P<n>\d+(?:\.\d+)?)\s*(?P<u>%|％)?\s*[(（]\s*(?P<g>[A-ES])\s*[)）]$")
# 「小計行の「実績」欄は達成率（…）と、括弧内にブロック評価（…）を示す」: what the subtotal's cell and its bracket hold
_NOTE_SPLIT = compiled(r"[「『](?P<col>[^」』]{1,8})[」』]欄は、?(?P<fig>[一-龥ァ-ヶー]{2,8})(?:[(（][^()（）]*(?:[(（][^()（）]*[)）][^()（）]*)*[)）])?と、?"
                         r"括弧内に(?P<grade>[一-龥ァ-ヶー]{2,10})")


def _split_graded(headers, subtotals: dict[str, dict], note: str) -> tuple[list[str], dict[str, dict]]:
    """The subtotal columns whose every cell is 「57.1％（Ｂ）」, each split in two: the figure and the grade, named as
    the note under the table says (「実績」欄は達成率…括弧内にブロック評価: 達成率令和6年度, ブロック評価令和6年度), else
    the column's own name and that name with 評価. ({}, {}) when none is."""
    said = _NOTE_SPLIT.search(clean(nfkc(note))) if note else None
    names, cells = [], {h: {} for h in subtotals}
    for c in headers:
        got = {h: _FIGURE_GRADED.match(clean(nfkc(str(sub["cells"].get(c) or ""))).replace(" ", ""))
               for h, sub in subtotals.items()}
        if not got or not all(got.values()):
            continue
        if said and c.startswith(said.group("col")):
            fig, grade = said.group("fig") + c[len(said.group("col")):], said.group("grade") + c[len(said.group("col")):]
        else:
            fig, grade = c, f"{c}評価"
        names += [fig, grade]
        for h, m in got.items():
            cells[h][fig] = m.group("n") + (m.group("u") or "")
            cells[h][grade] = m.group("g")
    return names, cells


def heading_group_table(headers, rows: list[dict], body: list[dict], note: str = "") -> tuple[list[str], list[dict], str] | None:
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
    split, split_cells = _split_graded([h for h in headers if h not in figures], subtotals, note)
    if split and not word:
        # (「括弧内にブロック評価」: the groups are what the grade is said of, ブロック)
        graded = _NOTE_SPLIT.search(clean(nfkc(note)))
        word = re.sub(r"(?:の)?評価$", "", graded.group("grade")) if graded and graded.group("grade").endswith("評価") else ""
    if not figures and not grade_head and not split:
        return None
    name = f"{word}名" if word else "名称"
    out_headers = ["番号", name, *([grade_head] if grade_head else []), *figures, *split]
    out_rows = []
    for h in order:
        m, sub = heads[h], subtotals[h]
        cells = {"番号": m.group("code"), name: clean(m.group("name"))}
        if grade_head:
            cells[grade_head] = m.group("grade")
        cells.update({f: sub["cells"].get(f, "") for f in figures})
        cells.update(split_cells.get(h, {}))
        out_rows.append({**sub, "cells": cells, "heading": ""})
    return out_headers, out_rows, word


# 「Ⅰ │ 【窓口サービスの改善】」: a group's code in the number column and its name, bracketed, beside it, the rest of
# the row blank (the name merged over the other columns)
_INLINE_CODE = compiled(r"^(?:[IVX]{1,4}|\d{1,2})$")
_INLINE_NAME = compiled(r"^[【\[［〔]\s*(?P<name>[^【】\[\]［］〔〕]{2,30}?)\s*[】\]］〕]$")


def inline_headings(headers, rows: list[dict], body: list[dict]) -> list[dict]:
    """Heading rows printed as rows of the table (「Ⅰ │ 【窓口サービスの改善】」, the other cells blank): each row
    under one, up to the next, gets the heading 「Ⅰ 窓口サービスの改善」 (as a heading printed over the table gives
    it), and the heading rows leave the body. A subtotal row after the group's rows that repeats the number of the
    row above it (the number column filled down into it) has that number cleared: a total is no item. Only where
    two such rows at least head the table's rows, and no row has a heading already. The body returned."""
    if isinstance(headers, str) or len(headers) < 3 or any(r.get("heading") for r in rows):
        return body
    first, second = headers[0], headers[1]

    def text(r: dict, h: str) -> str:
        return clean(nfkc(str(r["cells"].get(h) or ""))).strip()

    heads = [r for r in body if _INLINE_CODE.match(text(r, first)) and _INLINE_NAME.match(text(r, second))
             and not any(text(r, h) not in ("", "-", "－") for h in headers[2:])]
    if len(heads) < 2 or len({text(r, first) for r in heads}) != len(heads) or body[0] is not heads[0]:
        return body
    current, before = "", None
    for r in rows:
        if r in heads:
            current = f"{text(r, first)} {_INLINE_NAME.match(text(r, second)).group('name')}"
            before = None
            continue
        if r not in body and before is not None and text(r, first) and text(r, first) == text(before, first) \
                and _SUBTOTAL.match(text(r, second).replace(" ", "")):
            r["cells"] = {**r["cells"], first: ""}
        r["heading"] = current
        before = r if r in body else before
    return [r for r in body if r not in heads]
