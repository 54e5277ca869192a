"""Rows of a numbered table that print the mean of the rows above them (「スポーツ施設　区分平均」), no record."""
from __future__ import annotations

import re

from assistant.query.facts import _key
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

# (「区分平均」「全体平均」「平均」「平均値」 and a group's name before them, which may number the group:
# 「基本目標２　平均」 — a label starting with a figure is a row's own code, no group's)
_MEAN_LABEL = compiled(r"^(?:[^\d]{0,20}|[^\d]{1,12}\d{1,2}[^\d]{0,8})平均(?:値|点)?$")
_NUMBERING = compiled(r"番号|^no\.?$|^№$|コード")
_FIGURE = compiled(r"^[+\-−]?\d[\d,]*(?:\.\d+)?$|^[-‐ー－―/／]$")


def is_mean_row(cells: dict, headers: tuple) -> bool:
    """Whether a row of a table numbered in its first column prints a mean in place of a number.

    A score sheet of 施設番号 │ 施設名 │ items… with a shaded 「…区分平均」 row after each group: the row is no
    facility — counted, ranked or filtered among them it answers 「70点未満の施設」 with an average — so it is
    left out of the records. Only in a numbered table (the other rows print codes there) and only where every
    other filled cell is a figure or a dash: a 「全国平均」 row of a table of places named in its first column stays
    (its places are compared with it)."""
    if not headers or not _NUMBERING.search(_key(str(headers[0]))):
        return False
    label = re.sub(r"\s", "", nfkc(str(cells.get(headers[0]) or "")))
    if not _MEAN_LABEL.match(label):
        return False
    rest = [nfkc(str(cells.get(h) or "")).replace(" ", "").strip() for h in headers[1:]]
    rest = [v for v in rest if v and v != label]
    return bool(rest) and all(_FIGURE.match(v) for v in rest)
