"""The plan report's list tables: the initiative summary tables and the two practice-item lists."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from assistant.kinds.plan_report.cells import (
    CODE_RE,
    GRADE_RE,
    average_values,
    cells,
    grade,
    number,
    practice_values,
    score,
    split_title,
    themes_from_marks,
)
from assistant.text.normalize import clean, nfkc


@dataclass
class Copy:
    """One printed copy of a record's fields: which table, which line, and the values it states."""

    where: str
    line: int
    values: dict[str, Any] = field(default_factory=dict)


def find_line(lines: list[str], pattern: str, start: int = 0) -> int:
    """0-based index of the first line from `start` matching `pattern`, -1 if none."""
    regex = re.compile(pattern)
    for i in range(start, len(lines)):
        if regex.search(lines[i]):
            return i
    return -1


def parse_initiative_summary(lines: list[str], start: int, end: int, where: str) -> dict[str, Copy]:
    """Rows of an initiative summary table (取組項目別 一覧 / 評価集計) between two line indexes.

    The header labels the average columns 進捗度/取組姿勢/連携度/…/創造性, but the values are
    進捗度/連携度/効率性/創造性 as in section I: initiative 1 (items 1, 2, 3, N1) averages
    progress 3,3,2,3 → 2.8, collaboration 3,2,3,3 → 2.8, efficiency 3,3,3,3 → 3.0 — printed 2.8/2.8/3.0.
    The converter drops trailing empty theme cells, so themes are read from the left up to the first
    numeric cell (実践項目数).
    """
    result: dict[str, Copy] = {}
    for i in range(start, end):
        row = cells(lines[i])
        if len(row) < 10 or not row[0].isdigit() or row[1] in ("", "取組項目"):
            continue
        rest = row[2:]
        k = next((j for j, c in enumerate(rest) if re.fullmatch(r"\d+", c)), None)
        if k is None:
            continue
        marks, tail = rest[:k], rest[k:]
        values: dict[str, Any] = {
            "no": int(row[0]),
            "title": clean(row[1]),
            "themes": themes_from_marks(marks),
            "n_practice": int(tail[0]),
            **average_values(tail[1:]),
        }
        values["committee_score"] = number(tail[7]) if len(tail) > 7 else None
        result[row[0]] = Copy(where, i + 1, values)
    return result


def parse_practice_list(lines: list[str], start: int, end: int, where: str, has_total: bool) -> dict[str, Copy]:
    """Rows of a practice-item list (小No.│大No.│取組項目│実践項目│R2..R5│scores│[合計]│総合評価│取組終了│担当部署).

    In rows N15–N25 the converter collapsed the empty R2–R4 cells so the row starts with four
    empties and the R5 grade sits where 進捗度 belongs; the three numbers after it are
    進捗度/連携度/効率性 (checked against section I and the sheets) and 創造性 is lost.
    """
    result: dict[str, Copy] = {}
    for i in range(start, end):
        row = cells(lines[i])
        if len(row) < 12 or not CODE_RE.match(row[0]) or not re.fullmatch(r"No\.\d+", row[1]):
            continue
        title, _tags = split_title(row[3])
        after = row[4:]
        shifted = bool(GRADE_RE.match(nfkc(after[4])))
        if shifted:
            grades = after[1:5]
            scores = [score(c) for c in after[5:8]] + [None]
            rest = after[8:]
        else:
            grades = after[0:4]
            scores = [score(c) for c in after[4:8]]
            rest = after[8:]
        total = None
        if has_total:
            total = score(rest[0]) if rest else None
            rest = rest[1:]
        values: dict[str, Any] = {
            "initiative": row[1][3:],
            "initiative_title": clean(row[2]),
            "title": title,
        }
        for year, cell in zip(("r2", "r3", "r4", "r5"), grades):
            values[year] = grade(cell)
        values.update(practice_values(scores, total, rest))
        result[row[0]] = Copy(where, i + 1, values)
    return result
