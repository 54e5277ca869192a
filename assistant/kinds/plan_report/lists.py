"""The plan report's list tables: the initiative summary tables and the two practice-item lists."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from assistant.kinds.plan_report.cells import (
    CODE_RE,
    GRADE_RE,
    MARKS,
    THEMES,
    average_values,
    cells,
    ended_year,
    grade,
    number,
    practice_values,
    score,
    split_title,
    theme_columns,
    themes_listed,
    themes_from_marks,
    year_columns,
)
from assistant.kinds.plan_report.rows import BadRow, TableRow, read_table
from assistant.text.normalize import clean, nfkc
from assistant.text.wareki import label_field


@dataclass
class Copy:
    """One printed copy of a record's fields: which table, which line, and the values it states.

    A damaged copy (a row that lost part of its cells in conversion and could not be joined back)
    only fills what no intact copy states: it must never outvote copies that agree."""

    where: str
    line: int
    values: dict[str, Any] = field(default_factory=dict)
    damaged: bool = False


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
    numeric cell (実践項目数). Where one header row names the themes (財政 サービス …, in an order of
    the city's own) and 実践項目数 where the rows hold it, a mark is read as the theme above it;
    otherwise by its position (the shipped report's two header rows do not line up with its cells).
    """
    result: dict[str, Copy] = {}
    header: dict[int, str] = {}
    count_column = -1
    for i in range(start, end):
        row = cells(lines[i])
        if not result and not row[0].isdigit():
            # The header may take two rows (a Word table's merged 「テーマ」 heading over the theme
            # names): 実践項目数 and the theme names are taken from whichever row prints them.
            count_column = next((j for j, c in enumerate(row) if re.sub(r"\s+", "", c) == "実践項目数"), count_column)
            header = header or theme_columns(row)
        if len(row) < 10 or not row[0].isdigit() or row[1] in ("", "取組項目"):
            continue
        rest = row[2:]
        k = next((j for j, c in enumerate(rest) if re.fullmatch(r"\d+", c)), None)
        if k is None:
            continue
        marks, tail = rest[:k], rest[k:]
        if header and count_column >= 0 and 2 + k == count_column:
            marked = {name for j, name in header.items() if 2 <= j < 2 + k and row[j] in MARKS}
            themes = [t for t in THEMES if t in marked]
        else:
            themes = themes_from_marks(marks)
        if not themes and len(marks) == 1:
            # A テーマ column that names the themes as text (「財政、協働」) instead of ○ columns.
            themes = themes_listed(marks[0])
        values: dict[str, Any] = {
            "no": int(row[0]),
            "title": clean(row[1]),
            "themes": themes,
            "n_practice": int(tail[0]),
            **average_values(tail[1:]),
        }
        values["committee_score"] = number(tail[7]) if len(tail) > 7 else None
        result[row[0]] = Copy(where, i + 1, values)
    return result


@dataclass
class PracticeList:
    """One printed practice-item list: its rows by code, the fiscal years its header prints, and the
    rows that were cut in conversion (joined back) or could not be read at all."""

    where: str
    rows: dict[str, Copy] = field(default_factory=dict)
    years: list[str] = field(default_factory=list)
    header_line: int = 0  # 1-based line of the header row that prints the years (0: none)
    repaired: list[TableRow] = field(default_factory=list)
    bad: list[BadRow] = field(default_factory=list)

    def get(self, code: str) -> Copy | None:
        return self.rows.get(code)

    def __contains__(self, code: str) -> bool:
        return code in self.rows


_LIST_CODE_RE = re.compile(r"^No\.\d+$")


def _is_list_start(row: list[str]) -> bool:
    return bool(CODE_RE.match(row[0])) and len(row) > 1 and bool(_LIST_CODE_RE.match(row[1]))


def _is_list_noise(row: list[str]) -> bool:
    """Header rows (printed again after every page break) and separator lines."""
    text = "".join(row)
    header = "小No." in text or "大No." in text or (bool(year_columns(row)) and "進捗度" in text)
    return header or bool(re.fullmatch(r"[-\s]*", text))


def _read_list_row(row: list[str], n: int, has_total: bool) -> dict[str, Any] | None:
    """A practice-list row's values, or None when the cells are not such a row (a piece of a cut row,
    or the whole row misread). `n` is the number of fiscal years the header prints.

    In rows N15–N25 of the shipped report the converter collapsed the empty early-year cells so the
    row starts with an empty and the last year's grade sits where 進捗度 belongs; the three numbers
    after it are 進捗度/連携度/効率性 (checked against section I and the sheets) and 創造性 is lost.
    """
    if len(row) < 5 or not _is_list_start(row) or not row[3]:
        return None
    after = row[4:]
    if len(after) < n + 4 + (1 if has_total else 0) + 2:
        return None
    shifted = bool(GRADE_RE.match(nfkc(after[n])))
    if shifted:
        grades = after[1:n + 1]
        score_cells = after[n + 1:n + 4]
        rest = after[n + 4:]
    else:
        grades = after[0:n]
        score_cells = after[n:n + 4]
        rest = after[n + 4:]
    if any(grade(c) is None for c in grades) or any(c and not nfkc(c).isdigit() for c in score_cells):
        return None
    if len(rest) < 2 + (1 if has_total else 0):
        return None
    total = None
    if has_total:
        if rest[0] and not nfkc(rest[0]).isdigit():
            return None
        total = score(rest[0])
        rest = rest[1:]
    if (rest[0] and not GRADE_RE.match(rest[0])) or ended_year(rest[1]) is None:
        return None
    title, tags = split_title(row[3])
    values: dict[str, Any] = {
        "initiative": row[1][3:],
        "initiative_title": clean(row[2]),
        "title": title,
        "tags": tags,
        "grades": [grade(c) for c in grades],
    }
    scores = [score(c) for c in score_cells] + ([None] if shifted else [])
    values.update(practice_values(scores, total, rest))
    return values


def parse_practice_list(lines: list[str], start: int, end: int, where: str, has_total: bool) -> PracticeList:
    """A practice-item list (小No.│大No.│取組項目│実践項目│one grade per printed year│scores│[合計]│
    総合評価│取組終了│担当部署) between two 0-based line indexes.

    The fiscal years are those the header row prints (R2–R5 in the shipped report), each grade kept
    under its printed label. A list without such a header has no rows (nothing can be placed)."""
    table = PracticeList(where)
    for i in range(start, end):
        columns = year_columns(cells(lines[i]))
        if columns and "進捗度" in lines[i]:
            table.years = [label for _, label in columns]
            table.header_line = i + 1
            break
    if not table.years:
        return table
    n = len(table.years)
    # A list may leave out the initiative's title (小No.│大No.│実践項目│…): its rows are read with that
    # column put back empty, so that every other cell keeps its place.
    heading = [cells(lines[i]) for i in range(start, table.header_line)]
    short = any(len(row) > 2 and row[2] == "実践項目" for row in heading) and not any("取組項目" in row for row in heading)

    def read(row: list[str]) -> dict[str, Any] | None:
        return _read_list_row(row[:2] + [""] + row[2:] if short else row, n, has_total)

    rows, table.bad = read_table(lines, table.header_line, end, _is_list_start, _is_list_noise, read)
    for row in rows:
        values = dict(row.value)
        for label, value in zip(table.years, values.pop("grades")):
            values[label_field(label)] = value
        code = row.cells[0]
        if code in table.rows:
            continue  # a code printed twice: the first row stands, the second is not read
        # A joined row read as one valid row of the table (every cell where its kind belongs) is the
        # printed row again, and votes like any other; it is still reported.
        table.rows[code] = Copy(where, row.index + 1, values)
        if row.repaired:
            table.repaired.append(row)
    return table
