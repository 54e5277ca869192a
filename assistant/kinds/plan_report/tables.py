"""An edition laid out as tables (a workbook's sheets): section I's heading is followed not by one
block per initiative but by three tables, found by their column headers —
initiatives (取組項目 │ 実践項目数 │ averages │ 委員評価), practice items (小No. │ 大No. │ … the list
layout), and the committee's remarks one per row (取組No. │ 取組項目 │ 委員評価 │ 番号 │ 意見)."""
from __future__ import annotations

import re

from assistant.kinds.plan_report.cells import COMMITTEE_SCORE_RE, cells, number
from assistant.kinds.plan_report.section1 import InitiativeBlock, split_comments
from assistant.text.normalize import clean, nfkc, no_spaces


def _header(row: list[str]) -> list[str]:
    return [no_spaces(nfkc(c)) for c in row]


def _column(header: list[str], prefix: str) -> int:
    return next((j for j, c in enumerate(header) if c.startswith(prefix)), -1)


def _remarks_column(header: list[str]) -> int:
    """The remarks column: 意見, or 委員の意見 / 委員意見 as another edition heads it."""
    return next((j for j, c in enumerate(header) if c.endswith("意見")), -1)


def _committee_column(header: list[str]) -> int:
    """The committee's score: 委員評価(5点満点), or the council's average (審議会評価平均)."""
    return next((j for j, c in enumerate(header) if COMMITTEE_SCORE_RE.match(c)), -1)


def _number_column(header: list[str]) -> int:
    """The initiative's number: 取組No., or a bare No. before 取組項目; else the first 取組… column."""
    exact = next((j for j, c in enumerate(header) if c in ("No.", "No", "取組No.", "取組No", "番号") and
                  "取組項目" in header[j + 1:]), -1)
    return exact if exact >= 0 else _column(header, "取組")


def is_comment_header(row: list[str]) -> bool:
    return _is_comment_header(_header(row))


def is_initiative_header(row: list[str]) -> bool:
    return _is_initiative_header(_header(row))


def is_practice_header(row: list[str]) -> bool:
    return _is_practice_header(_header(row))


# The same tests of a row already normalised by _header (find_tables normalises each row once for all three).

def _is_comment_header(header: list[str]) -> bool:
    remarks = _remarks_column(header)
    # (the committee named as the document names it: 委員会評価)
    return (remarks >= 0 and (_column(header, "委員評価") >= 0 or _committee_column(header) >= 0) and _column(header, "取組") >= 0
            and "実践項目数" not in header)


def _is_initiative_header(header: list[str]) -> bool:
    return _committee_column(header) >= 0 and "実践項目数" in header and "取組項目" in header


def _is_practice_header(header: list[str]) -> bool:
    return "小No." in header and "大No." in header


def find_tables(lines: list[str], start: int) -> dict[str, int]:
    """0-based line of each table header found from `start` on: 'initiatives', 'practices', 'comments'."""
    found: dict[str, int] = {}
    for i in range(start, len(lines)):
        line = lines[i]
        # (every header holds 委員評価 or 小No.: other lines, thousands of them, are not split)
        if "\t" not in line or not ("委員評価" in line or "No" in line or "Ｎｏ" in line):
            continue
        if len(found) == 3:
            break
        header = _header(cells(line))
        for name, test in (("comments", _is_comment_header), ("initiatives", _is_initiative_header),
                           ("practices", _is_practice_header)):
            if name not in found and test(header):
                found[name] = i
    return found


def parse_comment_table(lines: list[str], start: int, end: int) -> dict[int, InitiativeBlock]:
    """One block per initiative from the remarks table (header at `start`): its number and title, the
    committee's score and its remarks in row order."""
    header = _header(cells(lines[start]))
    no_col = _number_column(header)
    title_col = next((j for j, c in enumerate(header) if c == "取組項目"), -1)
    score_col = _column(header, "委員評価")
    if score_col < 0:
        score_col = _committee_column(header)
    text_col = _remarks_column(header)
    blocks: dict[int, InitiativeBlock] = {}
    for i in range(start + 1, end):
        row = cells(lines[i])
        if len(row) <= max(text_col, no_col) or not nfkc(row[no_col]).strip().isdigit() or not clean(row[text_col]):
            continue
        no = int(nfkc(row[no_col]))
        block = blocks.get(no)
        if block is None:
            title = clean(row[title_col]) if title_col >= 0 else ""
            block = blocks[no] = InitiativeBlock(no, title, i + 1, i + 1)
            block.committee_score = number(row[score_col])
            block.committee_line = i + 1
        # A remark printed as a bullet (「・…」) is the remark without its bullet; a cell of several bullets
        # (a paper printing an initiative's remarks in one cell of its row) is each of them.
        cell = clean(row[text_col])
        parts = split_comments(cell) if len(re.findall(r"(?:^|\s)・", cell)) >= 2 else []
        block.comments.extend(parts or [clean(re.sub(r"^[・●○◆■]\s*", "", cell))])
        block.end_line = i + 1
    return blocks
