"""A table of measures whose items take TWO rows each (a plan row and a result row, told apart by a column of
their own: 区分 │ 計画 / 実績), the leading cells (番号, name, department, indicator) merged down both and each
year's block printing one value cell (「目標値／実績値」: the plan's figure on the plan row, the result on the
result row) beside the year's grade, printed on the result row only.

Folded here into the one-row-per-item table measure_sheet.py reads: each pair becomes one row under a header
whose blocks are split into 目標値 │ 実績値 │ <grade word>, the 区分 column dropped. The folded lines keep, for
each, the original line it came from, so that every record still points at its item's first row. Found by its
shape (a column whose cells alternate a plan word and a result word under the same code, a sub-head naming both
figures), never by the document's words."""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.kinds.plan_report.cells import cells
from assistant.model import ParsedDocument
from assistant.text.normalize import nfkc, no_spaces

_PLAN_WORDS = ("計画", "目標", "計画値", "目標値")
_RESULT_WORDS = ("実績", "実績値")
# A sub-head naming both figures in one cell (「目標値／実績値」, 「計画/実績」), read in NFKC without spaces.
_BOTH_RE = re.compile(r"^(?:目標|計画)値?[/／・](?:実績)値?$")
# Several departments in one cell, one a line (a line break reads as a space): each part a department's name.
_DEPT_PART_RE = re.compile(r"^\S{1,15}?(?:課|室|局|部|センター|事務所|所|館|係)$")


def _pair_column(head: list[str], rows: list[list[str]]) -> int:
    """The column whose cells alternate a plan word and a result word, row by row."""
    for j in range(len(head)):
        values = [no_spaces(nfkc(r[j])) if j < len(r) else "" for r in rows]
        if len(values) >= 4 and len(values) % 2 == 0 and all(
                values[k] in _PLAN_WORDS and values[k + 1] in _RESULT_WORDS for k in range(0, len(values), 2)):
            return j
    return -1


def fold(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines with the paired table folded into one row per item, and the original line of each
    (None: no such table)."""
    for i in range(len(lines) - 2):
        if "\t" not in lines[i] or "\t" not in lines[i + 1]:
            continue
        top, sub = cells(lines[i]), cells(lines[i + 1])
        both = [j for j, c in enumerate(sub) if _BOTH_RE.match(no_spaces(nfkc(c)))]
        if len(both) < 2:
            continue
        # The table's rows: tab rows after the header, a line without tabs (a group row) between them.
        body: list[int] = []
        for k in range(i + 2, len(lines)):
            if not lines[k].strip():
                if body:
                    break
                continue
            if "\t" in lines[k].strip():
                body.append(k)
        rows = [cells(lines[k]) for k in body]
        width = max(len(top), len(sub), *(len(r) for r in rows))
        rows = [r + [""] * (width - len(r)) for r in rows]
        kind = _pair_column(top, rows)
        if kind < 0 or kind > min(both):
            continue
        # The cell after each value cell is the year's grade (評価): its head, from the sub row.
        grade_word = no_spaces(nfkc(sub[both[0] + 1])) if both[0] + 1 < len(sub) else ""
        if not grade_word:
            continue
        lead = [j for j in range(min(both)) if j != kind]

        new_top = [top[j] if j < len(top) else "" for j in lead]
        new_sub = [sub[j] if j < len(sub) else "" for j in lead]
        for j in both:
            new_top += [top[j] if j < len(top) else "", "", ""]
            new_sub += ["目標値", "実績値", grade_word]
        out: list[str] = []
        origin: list[int] = []
        for k in range(i):
            out.append(lines[k])
            origin.append(k)
        out += ["\t".join(new_top), "\t".join(new_sub)]
        origin += [i, i + 1]
        by_line = dict(zip(body, rows))
        k = i + 2
        while k < len(lines):
            row = by_line.get(k)
            if row is None:
                out.append(lines[k])
                origin.append(k)
                k += 1
                continue
            after = by_line.get(k + 1)
            if after is None:
                return None
            joined = [row[j] for j in lead]
            for j in both:
                grade = after[j + 1] if after[j + 1].strip() else row[j + 1]
                joined += [row[j], after[j], grade]
            out.append("\t".join(joined))
            origin.append(k)
            k += 2
        return out, origin
    return None


def departments(cell: str) -> list[str] | None:
    """The departments of a cell listing several, one a line (the first the main one), or None when the cell
    is not such a list."""
    parts = nfkc(cell).split()
    if len(parts) < 2 or not all(_DEPT_PART_RE.match(p) for p in parts):
        return None
    return parts


def restore_lines(doc: ParsedDocument, origin: list[int]) -> ParsedDocument:
    """The records and passages of a document read from folded lines, pointing at the original lines."""
    def at(line: int) -> int:
        return origin[line - 1] + 1 if 0 < line <= len(origin) else line

    doc.records[:] = [replace(r, line=at(r.line), end_line=at(r.end_line) if r.end_line else r.end_line)
                      for r in doc.records]
    doc.passages[:] = [replace(p, line=at(p.line)) for p in doc.passages]
    return doc
