"""A joint-projects table that marks each municipality's part with ○ in a column of its own.

Another layout of the same list: a header 番号・分野・事業名・開始年度・事業費（千円）…, then one column per
municipality, headed by its name, holding ○ where it takes part and nothing where it does not. The
layout is found by its shape — a number heading, a name heading and two or more columns headed like a
municipality (…市/町/村/区) whose cells are only marks or blank — never by a document's words or years.
Each record keeps its members as an object municipality → mark ("" where blank), read by the same
questions as a table of departments (「南原村が参加している」「すべて参加」「参加市町村がいちばん少ない」).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc
from assistant.text.wareki import year_label

# Marks printed for "takes part" (○ in its several code points, ●, ◎, ✓).
MARKS = frozenset("○◯〇●◎✓✔")
# A municipality's name heading a column: a few characters ending in 市, 町, 村 or 区 (開始年度 never does).
_MUNICIPALITY_RE = re.compile(r"^[^\s\d()（）:：]{1,10}?[市町村区]$")
_ROW_START_RE = re.compile(r"^\s*([0-9０-９]{1,3})\s*$")
# 「（単位：千円）」「（千円）」「(円)」: the unit of a cost heading or of a note above the table.
_UNIT_RE = re.compile(r"[(（]\s*(?:単位\s*[:：]\s*)?(千円|百万円|万円|円)\s*[)）]|単位\s*[:：]\s*(千円|百万円|万円|円)")
_NOTE_RE = re.compile(r"^\s*(?:※|\*|[(（]?注[)）\d１-９:：]|出典[:：])")


def is_number_heading(cell: str) -> bool:
    """The heading of the projects' numbers: 番号, or 連携番号, 事業番号, No. in other editions."""
    return cell.endswith("番号") and len(cell) <= 6 or cell.rstrip(".．").upper() in ("NO", "ＮＯ")


def is_title_heading(cell: str) -> bool:
    """The heading of the projects' names: 事業項目, or 事業名 in another edition."""
    return cell.startswith("事業項目") or cell == "事業名"


def _is_cost_heading(cell: str) -> bool:
    """事業費（千円）, 事業費, 予算額（千円）: the amount of each project."""
    return bool(re.match(r"^(?:事業費|予算額|負担額|経費)", cell))


@dataclass
class Layout:
    header: int  # 0-based line of the header
    no: int
    title: int
    area: int = -1
    start: int = -1
    description: int = -1
    cost: int = -1
    cost_unit: str = ""
    members: list[tuple[int, str]] = field(default_factory=list)  # (column, municipality) left to right


def _cells(line: str) -> list[str]:
    return [clean(c) for c in line.split("\t")]


def find_layout(lines: list[str]) -> Layout | None:
    """The header of a table marking its municipalities' part, and its columns; None when no table is one."""
    for index, line in enumerate(lines[:100]):
        if "\t" not in line:
            continue
        cells = _cells(line)
        no = next((i for i, c in enumerate(cells) if is_number_heading(c)), -1)
        title = next((i for i, c in enumerate(cells) if is_title_heading(c)), -1)
        if no < 0 or title < 0:
            continue
        candidates = [(i, nfkc(c)) for i, c in enumerate(cells) if _MUNICIPALITY_RE.match(nfkc(c))]
        rows = [_cells(l) for _, l in _row_lines(lines, index, no)]
        # A member's column holds only marks and blanks, and a mark in at least one row.
        members = [(i, name) for i, name in candidates
                   if rows and all((r[i] if i < len(r) else "") in MARKS | {""} for r in rows)
                   and any(i < len(r) and r[i] in MARKS for r in rows)]
        if len(members) < 2:
            continue
        layout = Layout(index, no, title, members=members)
        for i, c in enumerate(cells):
            if c == "分野" or (c.endswith("分野") and len(c) <= 4):
                layout.area = i
            elif c in ("開始年度", "開始時期", "開始"):
                layout.start = i
            elif c.startswith("事業内容") or c == "概要":
                layout.description = i
            elif _is_cost_heading(c) and layout.cost < 0:
                layout.cost = i
                layout.cost_unit = _unit(nfkc(c)) or _unit("\n".join(nfkc(l) for l in lines[:index]))
        return layout
    return None


def _unit(text: str) -> str:
    match = _UNIT_RE.search(text)
    return (match.group(1) or match.group(2)) if match else ""


def _row_lines(lines: list[str], header: int, no: int) -> list[tuple[int, str]]:
    """(0-based index, line) of the table's rows: each starts with its number; a blank line or a note
    after them ends the table."""
    out: list[tuple[int, str]] = []
    for index in range(header + 1, len(lines)):
        line = lines[index]
        if not line.strip() or ("\t" not in line and _NOTE_RE.match(line)):
            if out:
                break
            continue
        cells = line.split("\t")
        if no < len(cells) and _ROW_START_RE.match(cells[no]):
            out.append((index, line))
        elif out:
            break
    return out


def _number(printed: str) -> int | float | None:
    text = nfkc(printed).replace(",", "").strip()
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if re.fullmatch(r"-?\d+\.\d+", text):
        return float(text)
    return None


def parse(lines: list[str], layout: Layout, source: str, kind: str, record_kind: str, title: str) -> ParsedDocument:
    doc = ParsedDocument(kind=kind, title=title)
    area = ""  # a group cell printed once over its rows holds for the rows under it
    seen: set[str] = set()
    for index, line in _row_lines(lines, layout.header, layout.no):
        cells = _cells(line)

        def cell(i: int) -> str:
            return cells[i] if 0 <= i < len(cells) else ""

        code = str(int(nfkc(cell(layout.no))))
        if code in seen:
            continue
        seen.add(code)
        line_no = index + 1
        area = cell(layout.area) or area
        members = {name: cell(i) for i, name in layout.members}
        fields = {
            "no": int(code),
            "title": cell(layout.title),
            "description": cell(layout.description),
            "members": members,
            "n_members": sum(1 for v in members.values() if v),
            "notes": [],
        }
        if layout.area >= 0:
            fields["area"] = area
        if layout.start >= 0:
            printed = cell(layout.start)
            fields["start_year"] = year_label(printed) or printed
        if layout.cost >= 0:
            fields["total_cost"] = _number(cell(layout.cost))
            fields["cost_unit"] = layout.cost_unit
        key = f"{record_kind}:{code}"
        doc.records.append(Record(record_kind, code, fields, source, line_no, line_no))
        for name in ("title", "description", "area"):
            if fields.get(name):
                doc.passages.append(Passage(key, name, fields[name], source, line_no))
        taking_part = [m for m, v in members.items() if v]
        if taking_part:
            # (the names alone: a word of the question, 参加, would otherwise be found in every project)
            doc.passages.append(Passage(key, "members", "・".join(taking_part), source, line_no))
    return doc
