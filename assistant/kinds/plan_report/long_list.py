"""A plan report's progress list laid out LONG (a workbook sheet): one row per item × fiscal year, the item's
number and name repeated on every row, a 年度 column (西暦 2023 or 令和5年度), the year's grade in words of the
document's own scale (達成 / 順調 / 遅れ / 未着手, listed by a legend: a table 「進捗 │ 説明」 on another sheet, or
lines 「達成：…」), maybe the department and the committee's score printed on one row of the item only.

It is the same records as a wide list, pivoted: one practice item per number, its grade of each year under
that year's field (2025 → r7, so that a question in 令和 reaches a 西暦 column), '' for a year the item has no
row for (an item starting later: its first row gives its start), and a `grade` record per year. The word the
header names the grade by (進捗) is kept as the item's grade_word: 「2024年度の進捗は？」 asks that year's grade
(query/parse: _own_grade_headings), not the 進捗度 score the word names in other reports.
What the document calls its items (推進事項) is read from its title (「推進事項の進捗状況」).

Its initiatives are in another document (the committee's opinions, opinion_paper, naming the items each
covers: 対象推進事項：1～5): the index ties them (store/joins)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from assistant.kinds.plan_report.cells import COMMITTEE, GRADE_RE, cells, legend_scale
from assistant.model import ParsedDocument, ParseWarning, Passage, Record
from assistant.text.normalize import clean, nfkc, no_spaces
from assistant.text.wareki import fy_label, label_field, label_fiscal_year, year_label

_NUMBER_HEADS = ("番号", "No.", "No", "NO.", "NO", "項番")
_YEAR_HEADS = ("年度", "対象年度", "評価年度", "実施年度")
_DEPT_HEADS = ("所管課", "担当課", "担当部署", "所管部署", "所管", "担当")
_COMMITTEE_RE = re.compile(rf"^{COMMITTEE}の?評価")
_WEST_RE = re.compile(r"^((?:19|20)\d{2})(?:年度?)?$")
_DASHES = ("―", "—", "－", "‐", "ー", "-", "─")
# 「推進事項の進捗状況」: the word the title calls the items by, before what the list reports of them.
# (a word for items: one ending as such words do, never the plan's own name 「実施計画の進捗」)
_ITEM_WORD_RE = re.compile(r"([^\s\d、。（）()「」]{0,6}?(?:事項|項目|取組|施策|方策))(?:の|別)(?:進捗|実施|取組|評価)")


@dataclass
class Layout:
    header: int
    code: int
    title: int
    year: int
    grade: int
    department: int
    committee: int
    scale: tuple[str, ...]
    rows: list[tuple[int, list[str], str]]  # (0-based line, cells, year label)


def _year(cell: str) -> str | None:
    value = nfkc(cell).strip()
    west = _WEST_RE.match(value)
    if west:
        return fy_label(int(west.group(1)))
    return year_label(value)


def _is_grade(value: str, scale: tuple[str, ...]) -> bool:
    return value in scale or bool(GRADE_RE.match(value))


def layout(lines: list[str]) -> Layout | None:
    """The long list: a header naming the number, the name and the 年度, a grade column whose values are the
    legend's words (or A–D), and rows repeating an item's number over two or more years; None otherwise."""
    scale: tuple[str, ...] | None = None
    for index, line in enumerate(lines):
        if "\t" not in line or "年度" not in line:
            continue
        head = [no_spaces(nfkc(c)) for c in cells(line)]
        code = next((i for i, c in enumerate(head) if c in _NUMBER_HEADS), -1)
        year = next((i for i, c in enumerate(head) if c in _YEAR_HEADS), -1)
        title = next((i for i, c in enumerate(head) if i not in (code, year) and c
                      and (c.endswith("名") or c in ("項目", "名称", "事項"))), -1)
        if min(code, year, title) < 0:
            continue
        rows: list[tuple[int, list[str], str]] = []
        for k in range(index + 1, len(lines)):
            row = cells(lines[k])
            if "\t" not in lines[k] or len(row) <= max(code, year):
                if rows:
                    break
                continue
            label = _year(row[year])
            if not nfkc(row[code]).strip().isdigit() or not label:
                break
            rows.append((k, row, label))
        codes = [nfkc(r[code]).strip() for _, r, _ in rows]
        if len(rows) < 4 or len(set(codes)) == len(codes) or len({lb for _, _, lb in rows}) < 2:
            continue
        if scale is None:
            scale = legend_scale(lines)
        grade = next((j for j in range(len(head)) if j not in (code, year, title)
                      and all(_is_grade(nfkc(r[j]).strip(), scale) or nfkc(r[j]).strip() in ("", *_DASHES)
                              for _, r, _ in rows if j < len(r))
                      and len({nfkc(r[j]).strip() for _, r, _ in rows if j < len(r)} - {"", *_DASHES}) >= 2), -1)
        if grade < 0:
            continue
        department = next((i for i, c in enumerate(head) if c in _DEPT_HEADS), -1)
        committee = next((i for i, c in enumerate(head) if _COMMITTEE_RE.match(c)), -1)
        return Layout(index, code, title, year, grade, department, committee, scale, rows)
    return None


def detect(text: str) -> bool:
    if "\t" not in text or "年度" not in text:
        return False
    return layout(text.splitlines()) is not None


def _number(cell: str) -> float | int | None:
    value = nfkc(cell).strip()
    try:
        number = float(value)
    except ValueError:
        return None
    return int(number) if number.is_integer() else number


def _item_word(lines: list[str], before: int) -> str:
    """What the title calls the items (「…推進事項の進捗状況」), '' when it names none."""
    for line in lines[:before]:
        if "\t" in line or not line.strip():
            continue
        found = _ITEM_WORD_RE.findall(nfkc(line).split()[-1] if nfkc(line).split() else "")
        if found:
            return found[-1]
    return ""


def parse(text: str, source: str) -> ParsedDocument:
    from assistant.kinds.plan_report.loader import KIND, _narrative

    lines = text.splitlines()
    found = layout(lines)
    assert found is not None  # detect() found it
    head = [clean(c) for c in cells(lines[found.header])]
    title = next((clean(line) for line in lines[:found.header] if line.strip() and "\t" not in line), "進捗状況")
    doc = ParsedDocument(kind=KIND, title=title)
    word = _item_word(lines, found.header)
    years = sorted({label for _, _, label in found.rows}, key=label_fiscal_year)
    items: dict[str, dict[str, Any]] = {}
    for k, row, label in found.rows:
        row = row + [""] * len(head)
        code = str(int(nfkc(row[found.code]).strip()))
        item = items.get(code)
        if item is None:
            item = items[code] = {"line": k + 1, "end": k + 1, "fields": {
                "code": code, "initiative": "", "initiative_title": "", "title": clean(row[found.title]),
                **{label_field(y): "" for y in years},
                "ended": "", "departments": [], "started": label, "overall": "", "tags": [], "themes": [],
                "ended_month": "", "grade_word": head[found.grade], "called": word}}
        elif clean(row[found.title]) != item["fields"]["title"]:
            doc.warnings.append(ParseWarning(source, k + 1, "conflict",
                                             f"{word or '項目'}{code}の名称が行によって違います"
                                             f"（「{item['fields']['title']}」と「{clean(row[found.title])}」）",
                                             f"practice:{code}"))
        fields = item["fields"]
        item["end"] = k + 1
        value = nfkc(row[found.grade]).strip()
        if fields[label_field(label)]:
            doc.warnings.append(ParseWarning(source, k + 1, "malformed_row",
                                             f"{word or '項目'}{code}の{label}の行が重複しています。最初の行を採用しました",
                                             f"practice:{code}"))
            continue
        fields[label_field(label)] = "-" if value in _DASHES else value
        if label_fiscal_year(label) < label_fiscal_year(fields["started"]):
            fields["started"] = label
        department = clean(row[found.department]) if found.department >= 0 else ""
        if department and department not in fields["departments"]:
            fields["departments"].append(department)
        if found.committee >= 0 and (score := _number(row[found.committee])) is not None:
            # (printed on one year's row only: the item's score, whichever row states it)
            fields["committee_score"] = score
    for code, item in items.items():
        fields = item["fields"]
        doc.records.append(Record("practice", code, fields, source, item["line"], item["end"]))
        doc.passages.append(Passage(f"practice:{code}", "title", fields["title"], source, item["line"]))
        for label in years:
            doc.records.append(Record("grade", f"{code}-{label}",
                                      {"practice": code, "year": label, "fiscal_year": label_fiscal_year(label),
                                       "grade": fields[label_field(label)]}, source, item["line"]))
    doc.warnings.append(ParseWarning(source, 0, "absent_copy",
                                     "取組項目と委員の意見はこの文書にありません（年度ごとの進捗の一覧だけの文書です）"))
    last = found.rows[-1][0] + 1
    _narrative(doc, source, lines, [(0, found.header), (last, len(lines))])
    return doc
