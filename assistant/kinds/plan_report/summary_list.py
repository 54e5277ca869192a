"""A plan's summary list of its items (a web page 「改革項目一覧」): one table of 番号 │ 項目名 │ 所管課 │ a grade of
the document's own legend (最終年度の評価: ◎○△×, ― for none) │ 状況 (完了 / 継続 / 廃止), and nothing else of the
plan. It lists the items the plan's other documents print one page each (item_pages.py): read here as practice
items under the codes it prints, the index joins them to those pages' items (store/joins: join_item_lists), so
that an item is one record holding what either document states, never two.

The layout is known by its shape: a header naming the number and the name, a column whose every cell is a mark
of the legend the document lists (or a dash), and a column of the item's state; no column of a fiscal year (a
table of yearly grades is another layout)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.kinds.plan_report.cells import cells, departments, grade, legend_scale
from assistant.model import ParsedDocument, ParseWarning, Passage, Record
from assistant.text.normalize import clean, nfkc, no_spaces
from assistant.text.wareki import year_label

_NUMBER_HEADS = ("番号", "項目番号", "No.", "No", "項番", "整理番号")
_DEPT_HEADS = ("所管課", "担当課", "担当部署", "所管部署", "所管", "担当")
_STATE_HEADS = ("状況", "取組状況", "進捗状況", "実施状況")
_DASHES = ("―", "—", "－", "‐", "ー", "-", "─")
_CODE_RE = re.compile(r"^[A-Za-z]{0,2}\d{1,3}(?:-\d{1,3})?$")
# 「改革項目一覧」: the word the title calls the items by.
_ITEM_WORD_RE = re.compile(r"(\S{0,6}?(?:項目|事業|取組|事項|施策))(?:の)?一覧")


@dataclass
class Layout:
    header: int
    code: int
    title: int
    department: int
    grade: int
    state: int
    scale: tuple[str, ...]
    rows: list[tuple[int, list[str]]]


def layout(lines: list[str]) -> Layout | None:
    scale: tuple[str, ...] | None = None
    for index, line in enumerate(lines):
        if "\t" not in line:
            continue
        head = [no_spaces(nfkc(c)) for c in cells(line)]
        code = next((i for i, c in enumerate(head) if c in _NUMBER_HEADS), -1)
        title = next((i for i, c in enumerate(head) if i != code and c.endswith("名") and c not in _DEPT_HEADS), -1)
        state = next((i for i, c in enumerate(head) if c in _STATE_HEADS), -1)
        if min(code, title, state) < 0 or any(year_label(c) for c in head):
            continue
        rows = []
        for k in range(index + 1, len(lines)):
            row = cells(lines[k])
            if "\t" not in lines[k] or len(row) <= max(code, title, state) or not _CODE_RE.match(nfkc(row[code]).strip()):
                break
            rows.append((k, row))
        if len(rows) < 3:
            continue
        if scale is None:
            scale = tuple(m for m in legend_scale(lines) if not m.isalnum())
        if len(scale) < 3:
            return None
        marks = [j for j in range(len(head)) if j not in (code, title, state)
                 and all(j < len(r) and (nfkc(r[j]).strip() in scale or nfkc(r[j]).strip() in _DASHES) for _, r in rows)
                 # (two marks or more, or one under a header naming a grade: every item may have got the same)
                 and len({nfkc(r[j]).strip() for _, r in rows} & set(scale)) >= (1 if re.search("評価|判定", head[j]) else 2)]
        if len(marks) != 1:
            continue
        department = next((i for i, c in enumerate(head) if c in _DEPT_HEADS), -1)
        return Layout(index, code, title, department, marks[0], state, scale, rows)
    return None


def detect(text: str) -> bool:
    if "\t" not in text:
        return False
    return layout(text.splitlines()) is not None


def parse(lines: list[str], source: str, title: str) -> ParsedDocument:
    found = layout(lines)
    assert found is not None  # detect() found it
    head = [clean(c) for c in cells(lines[found.header])]
    word = next((m.group(1) for line in lines[:found.header] if "\t" not in line
                 for m in [_ITEM_WORD_RE.search(clean(line))] if m), "")
    # The grade the list prints for each item: its last year's (最終年度の評価) or its overall grade.
    field = "final_grade" if "最終" in head[found.grade] else "overall"
    doc = ParsedDocument(kind="plan_report", title=title)
    for k, row in found.rows:
        code = nfkc(row[found.code]).strip()
        name = clean(row[found.title])
        fields = {"code": code, "title": name, "initiative": "", "initiative_title": "",
                  "departments": departments(row[found.department]) if found.department >= 0 else [],
                  "state": clean(row[found.state]), field: grade(row[found.grade], found.scale) or "",
                  "themes": [], "tags": [], "ended": "", "ended_month": "", "called": word}
        doc.records.append(Record("practice", code, fields, source, k + 1))
        doc.passages.append(Passage(f"practice:{code}", "title", name, source, k + 1))
    doc.warnings.append(ParseWarning(source, 0, "absent_copy",
                                     "年度ごとの評価・取組項目・委員の意見はこの文書にありません（項目の一覧だけの文書です）"))
    return doc
