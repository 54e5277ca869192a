"""Forms printed one record a page (評価シート, 評価調書, 事務事業評価シート: a grid of label boxes beside value boxes,
「団体番号 │ １ │ 所管課 │ 文化振興課」 then 「団体名 │ …」 …): every page is one record, so the pages together are
one table whose columns are the labels, a row per page.

Read as printed, each page's first line of boxes would be taken as a header and its other lines as rows of a table
of its own (「団体番号 │ 団体名」). Read by the shape only: runs of lines each of label/value pairs (an even number
of cells, the labels words, not figures), the same labels in the same order on two pages or more; the caption over
each page (「評価シート（団体番号 １）」) gives the table its name, the part every page shares."""
from __future__ import annotations

import os
import re

from assistant.model import Record
from assistant.text.normalize import nfkc

# a label: a short word (「評価（令和６年度）」「改善策」), never a figure, a sentence or a grade
_LABEL = re.compile(r"^[^\d\s。、,．.]{1}[^。]{0,15}$")
_MIN_LABELS = 3
# 「Ｑ１　…」「問２ …」「質問3：…」: a question asked at the meeting, numbered
_QUESTION = re.compile(r"^(?:Q|問|質問)\s*\d{1,2}\s*[.．:：、)）]?\s+(?P<q>\S.*)$")


def _pairs(line: str) -> list[tuple[str, str]] | None:
    if "\t" not in line:
        return None
    cells = [c.strip() for c in line.strip().split("\t")]
    if len(cells) % 2 or any(not c for c in cells[::2]):
        return None
    labels = [nfkc(c) for c in cells[::2]]
    if not all(_LABEL.match(x) and re.search(r"[一-龥ぁ-んァ-ヶ]{2}", x) for x in labels):
        return None
    return list(zip(cells[::2], cells[1::2]))


def _blocks(lines: list[str]) -> list[tuple[int, int, list[tuple[str, str]]]]:
    """(first line index, last line index, pairs) of each run of lines of label/value pairs."""
    out: list[tuple[int, int, list[tuple[str, str]]]] = []
    start, pairs = None, []
    for i, raw in enumerate(lines + [""]):
        got = _pairs(raw) if raw.strip() else None
        if got:
            if start is None:
                start, pairs = i, []
            pairs += got
            continue
        if start is not None:
            out.append((start, i - 1, pairs))
            start = None
    return out


def _caption(lines: list[str], at: int) -> str:
    """The nearest line over the page's boxes that is no box (the form's title on the page)."""
    for i in range(at - 1, max(-1, at - 4), -1):
        text = nfkc(lines[i]).strip()
        if text and "\t" not in text:
            return text
    return ""


def form_rows(lines: list[str], source: str) -> tuple[list[Record], list[tuple[int, int]]]:
    """The rows of the forms (one per page) and the 1-based line spans they cover; nothing when no two pages
    print the same labels."""
    groups: dict[tuple[str, ...], list[tuple[int, int, list[tuple[str, str]]]]] = {}
    for first, last, pairs in _blocks(lines):
        labels = tuple(nfkc(label) for label, _ in pairs)
        if len(labels) >= _MIN_LABELS and len(set(labels)) == len(labels):
            groups.setdefault(labels, []).append((first, last, pairs))
    rows: list[Record] = []
    spans: list[tuple[int, int]] = []
    for labels, pages in groups.items():
        if len(pages) < 2 or all(first == last for first, last, _ in pages):
            continue  # (one page, or a table of two columns whose every line is its own: no form)
        ends = [first for first, _, _ in pages[1:]] + [len(lines)]
        if any("\t" in lines[i] for (_, last, _), end in zip(pages, ends) for i in range(last + 1, end)):
            continue  # (a table under each sheet's label rows, its KPIs: a sheet of parts, read as printed)
        captions = [_caption(lines, first) for first, _, _ in pages]
        shared = os.path.commonprefix(captions)
        if shared.count("(") > shared.count(")"):
            shared = shared[:shared.rfind("(")]  # (「シート（団体番号 」: the page's own number cut with its bracket)
        shared = shared.strip(" 　:：")
        names = [_caption_cells(c).get("名称", "") for c in captions]
        # (「第１回協議会」「第２回協議会」: the same body's meetings, no page naming a place of its own: read as before)
        named = len(re.findall(r"[一-龥ぁ-んァ-ヶA-Za-z]", shared)) < 2 and all(names) and len(set(names)) == len(names)
        if named:
            # (「第１回　北野保育園（民営化）」 over each meeting's 開催日／会場／参加者数: the captions share no name, each
            # names its page (a round and a place): the pages are one table named as the document is, each page's
            # caption its first cells, the round apart so that 「第２回」 picks its page)
            shared = next((nfkc(x).strip() for x in lines if x.strip()), "")
        for (first, last, pairs), caption, end in zip(pages, captions, ends):
            cells = {label: value for label, value in pairs if value}
            if named:
                cells = {**_caption_cells(caption), **cells}
                # (「Ｑ１　給食は…か。」 under each meeting's boxes: the questions asked there, a cell of the page's
                # row, so that 「給食について質問が出たのはどこの園の回」 reads them with the page they were asked at)
                asked = [_QUESTION.match(nfkc(lines[i]).strip()) for i in range(last + 1, end)]
                if any(asked):
                    cells["質問"] = " ／ ".join(m.group("q").strip() for m in asked if m)
            text = " / ".join(f"{label}: {value}" for label, value in cells.items())
            rows.append(Record("table_row", f"{source}:{first + 1}", {
                "table": shared or caption, "cells": cells, "text": text[:2000], "heading": shared or caption,
            }, source, first + 1, last + 1))
            spans.append((first + 1, last + 1))
    return rows, spans


# 「第２回　鶇ヶ谷中央保育園（民営化）」: a round (回, 期, 号) then the page's name
_ROUND = re.compile(r"^(?P<round>第\s*\d{1,3}\s*(?P<counter>[回期号]))\s*(?P<name>\S.*)$")


def _caption_cells(caption: str) -> dict[str, str]:
    """A page's own caption as its cells: its round under the round's counter (回) and the rest under 名称."""
    m = _ROUND.match(caption)
    out = {m.group("counter"): "".join(m.group("round").split())} if m else {}
    name = (m.group("name") if m else caption).strip()
    # (「北野保育園（民営化）」: what the page is on, then a note of it in brackets, the note a cell of its own)
    noted = _NOTED.match(name)
    if noted:
        return {**out, "名称": noted.group("name").strip(), "区分": noted.group("note").strip()}
    return {**out, "名称": name} if name else out


_NOTED = re.compile(r"^(?P<name>[^()（）]+?)\s*[(（](?P<note>[^()（）]{1,12})[)）]$")
