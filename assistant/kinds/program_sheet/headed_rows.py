"""A row of labels over a row of their values (「必要性 │ 有効性 │ 今後の方向性」 over 「A │ B │ 縮小」),
as a Word or web sheet prints its evaluation: each value is the one under its label, never the next cell
read across the line (which would give 今後の方向性 the first grade of the row below)."""
from __future__ import annotations

import re
from typing import Callable, Protocol, Sequence

from assistant.text.normalize import nfkc


class Cell(Protocol):
    text: str
    key: str
    line: int
    column: int


# A grade of the sheet's own scale (A:十分 B:概ね十分 C:不十分), maybe with its word (A（十分）).
_GRADE_RE = re.compile(r"^[SA-DＳＡ-Ｄ](?:\s*[(（][^()（）]{1,8}[)）])?$")


def _is_value(text: str) -> bool:
    return bool(re.search(r"\d", nfkc(text))) or bool(_GRADE_RE.match(nfkc(text).strip()))


def pairs(row: Sequence[Cell], under: Sequence[Cell], is_label: Callable[[Cell], bool]) -> list[tuple[Cell, Cell]] | None:
    """(label, value) by column when `row` holds labels only — at least one the sheet knows, none a figure
    or a grade — and `under`, the next line, holds a value in each of those columns and no label; None
    otherwise (a label beside its value is read across the line, as before)."""
    if len(row) < 2 or not under or under[0].line == row[0].line or any(_is_value(c.text) for c in row):
        return None
    if not any(is_label(c) for c in row) or any(is_label(c) for c in under):
        return None
    if len(row) == 2 and is_label(row[0]) and not is_label(row[1]):
        # 「事務事業名 │ オンライン申請推進事業」 over 「担当部課 │ …」: a label beside its value, row after row.
        return None
    below = {c.column: c for c in under}
    if set(below) != {c.column for c in row}:
        return None
    return [(c, below[c.column]) for c in row]


def grades_by_aspect(found: list[tuple[Cell, Cell]]) -> str:
    """「必要性 A、有効性 B」: the grades the sheet gives the program on aspects it names itself
    (no field is declared for them), as one value of its 評価; "" when a value is not a grade."""
    if not found or not all(_GRADE_RE.match(nfkc(value.text).strip()) for _, value in found):
        return ""
    return "、".join(f"{label.text} {value.text}" for label, value in found)
