"""Section I of the plan report: one block per initiative with its (参考) row, its practice items,
the committee score (委員評価 x.x/5) and the committee members' remarks (委員の意見)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.errors import DocumentError
from assistant.kinds.plan_report.cells import (
    CODE_RE,
    average_values,
    cells,
    grade,
    number,
    practice_values,
    score,
    split_title,
    strip_html,
    themes_from_marks,
)
from assistant.kinds.plan_report.lists import Copy
from assistant.text.normalize import clean

_HEADER_RE = re.compile(r"^(\d{1,2}) (\S.*)$")
# A bullet is a ・ at the start of a remark; ・ inside a remark (経営・財政) follows a character.
_BULLET_SPLIT_RE = re.compile(r"(?:^|\s)・\s*")
# Where the converter lost the bullets, remarks are still separated by a space after 。 (inside a
# remark, sentences follow each other without a space — checked on every bulleted block).
_SENTENCE_GAP_RE = re.compile(r"(?<=。)\s+")


@dataclass
class InitiativeBlock:
    no: int
    title: str
    line: int
    end_line: int
    reference: Copy | None = None
    practices: dict[str, Copy] = field(default_factory=dict)
    committee_score: float | None = None
    committee_line: int = 0
    comments: list[str] = field(default_factory=list)


def split_comments(text: str) -> list[str]:
    """The committee block's separate remarks, with bullets (・) or, where they were lost, by the
    space the converter left between remarks."""
    body = strip_html(text)
    if not body:
        return []
    if re.match(r"^・", body) or re.search(r"\s・", body):
        parts = _BULLET_SPLIT_RE.split(body)
    else:
        parts = _SENTENCE_GAP_RE.split(body)
    return [clean(p) for p in parts if clean(p)]


def _reference_row(row: list[str], line: int) -> Copy:
    """(参考) row: 7 theme cells, 4 averages, 合計, 総合評価, then the yearly 総合評価 R2–R5 and 今回.

    Initiatives 16 and 21 print only three yearly grades before 今回 (one cell lost in conversion,
    an empty one appended). The grades are kept right-aligned on R5 — for initiative 21 the item
    grades make R5 = A certain — and the year that cannot be recovered (R2) stays ''.
    """
    marks, rest = row[:7], row[7:]
    values: dict = {"themes": themes_from_marks(marks), **average_values(rest)}
    yearly = rest[6:]
    if "今回" in yearly:
        yearly = yearly[: yearly.index("今回")]
    yearly = [g for g in (grade(c) for c in yearly) if g is not None][-4:]
    yearly = [""] * (4 - len(yearly)) + yearly
    for year, value in zip(("r2", "r3", "r4", "r5"), yearly):
        values[year] = value
    return Copy("section_1", line, values)


def _practice_row(row: list[str], line: int, initiative: int) -> Copy:
    title, _tags = split_title(row[1])
    values: dict = {"initiative": str(initiative), "title": title}
    values.update(practice_values([score(c) for c in row[2:6]], score(row[6]), row[7:]))
    return Copy("section_1", line, values)


def parse_section1(lines: list[str], start: int, end: int, source: str) -> dict[int, InitiativeBlock]:
    """Initiative blocks between section I's heading (index `start`) and section II (`end`)."""
    blocks: dict[int, InitiativeBlock] = {}
    current: InitiativeBlock | None = None
    in_reference = False
    for i in range(start, end):
        line = lines[i]
        header = _HEADER_RE.match(line)
        nxt = next((lines[j] for j in range(i + 1, min(end, i + 4)) if lines[j].strip()), "")
        if header and "\t" not in line and nxt.startswith("(参考)"):
            current = InitiativeBlock(int(header.group(1)), clean(header.group(2)), i + 1, i + 1)
            blocks[current.no] = current
            in_reference = False
            continue
        if current is None:
            continue
        current.end_line = i + 1 if line.strip() else current.end_line
        row = cells(line)
        if row[0] == "財政" and "サービス" in row:
            in_reference = True
            continue
        if in_reference and len(row) >= 12:
            current.reference = _reference_row(row, i + 1)
            in_reference = False
            continue
        if CODE_RE.match(row[0]) and len(row) >= 9:
            current.practices[row[0]] = _practice_row(row, i + 1, current.no)
            continue
        if row[0] == "委員評価":
            score_cell = next((c for c in row[1:] if re.search(r"\d\.\d", c)), None)
            current.committee_score = number(score_cell)
            current.committee_line = i + 1
            text = " ".join(c for c in row[1:] if c and c not in ("意見", "/5") and c != score_cell)
            current.comments = split_comments(text)
    for no, block in blocks.items():
        if block.reference is None or block.committee_score is None:
            raise DocumentError(source, f"取組項目{no}の(参考)表または委員評価が読み取れません", block.line)
    return blocks
