"""A plan report's evaluation list published on its own (評価一覧, a workbook): practice items under
numbered initiative rows (「取組1 <名称>（<基本方針>）」), coded by initiative (1-1, 1-2 …), graded per fiscal
year in points of the document's own scale, with an end year and the department; and, on another sheet
or below, the initiatives' own table (取組No, 基本方針, 取組名, 所管部, 実践項目数, 自己評価).

The committee's judgement of each initiative is in another document (opinion_paper): the two are tied by
the initiative numbers both print. Everything is found by the header cells the document prints, never by
position, and the years are those its header names (西暦 年度 columns become the same fields as 和暦 ones:
2025年度 is r7), so that a question in either calendar reads the same grade.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from assistant.model import Passage, ParsedDocument, ParseWarning, Record
from assistant.text.normalize import clean, nfkc
from assistant.text.wareki import label_field, label_fiscal_year, year_label

# A practice item's code as the list prints it: initiative-practice (1-2).
_CODE_RE = re.compile(r"^(\d{1,2})\s*[-－‐ー]\s*(\d{1,2})$")
# An initiative's row inside the list: 「取組1」 in the code column, its name (maybe with its policy in brackets).
_INITIATIVE_ROW_RE = re.compile(r"^取組\s*(?:No\.?\s*)?(\d{1,2})$")
_NAME_POLICY_RE = re.compile(r"^(.+?)\s*[(（]([^()（）]+)[)）]$")
_DASHES = {"-", "－", "―", "—", "‐", "ー"}

# Header cells, by what they name.
_TITLE_HEADS = ("実践項目", "実践項目名", "項目名")
_END_HEADS = ("完了年度", "取組終了", "終了年度", "完了")
_DEPT_HEADS = ("所管課", "担当課", "担当部署", "所管部署")
_AVERAGE_HEADS = ("平均点", "平均")
_START_HEADS = ("開始", "開始年度")
# The initiatives' table.
_INI_NO_HEADS = ("取組No", "取組No.", "取組番号", "No", "No.", "番号")
_INI_TITLE_HEADS = ("取組名", "取組", "名称")
_POLICY_HEADS = ("基本方針", "方針", "施策の柱")
_INI_DEPT_HEADS = ("所管部", "担当部", "所管部署", "担当部署")
_N_PRACTICE_HEADS = ("実践項目数",)
_SELF_HEADS = ("担当部自己評価", "担当部の自己評価", "自己評価", "担当部署の自己評価")


@dataclass
class _Columns:
    line: int
    code: int
    title: int
    years: dict[int, str] = field(default_factory=dict)  # column → printed year label (R5)
    ended: int = -1
    departments: int = -1
    average: int = -1
    start: int = -1


def _cells(line: str) -> list[str]:
    return [clean(c) for c in line.split("\t")]


def _position(cells: list[str], heads: tuple[str, ...]) -> int:
    return next((i for i, c in enumerate(cells) if nfkc(c).strip() in heads), -1)


def _practice_header(lines: list[str]) -> _Columns | None:
    """The list's header: a code column, the items' names and two or more year columns."""
    for index, line in enumerate(lines):
        if "\t" not in line:
            continue
        cells = _cells(line)
        title = _position(cells, _TITLE_HEADS)
        years = {i: label for i, c in enumerate(cells) if (label := year_label(c))}
        if title < 0 or len(years) < 2:
            continue
        code = next((i for i in range(title) if cells[i]), -1)
        if code < 0:
            continue
        return _Columns(index, code, title, years, _position(cells, _END_HEADS), _position(cells, _DEPT_HEADS),
                        _position(cells, _AVERAGE_HEADS), _position(cells, _START_HEADS))
    return None


def detect(text: str) -> bool:
    """A header of practice items graded by year, coded rows 1-1 … under numbered initiative rows."""
    if "実践項目" not in text or "\t" not in text:
        return False
    lines = text.splitlines()
    columns = _practice_header(lines)
    if columns is None:
        return False
    codes = heads = 0
    for line in lines[columns.line + 1:]:
        cells = _cells(line)
        first = nfkc(cells[columns.code]).strip() if len(cells) > columns.code else ""
        codes += bool(_CODE_RE.match(first))
        heads += bool(_INITIATIVE_ROW_RE.match(first))
    return codes >= 3 and heads >= 1


def _grade(cell: str) -> str:
    """A year's grade as printed ('4'), '-' where the legend's dash says the year was not graded, '' blank."""
    value = nfkc(cell).strip()
    if value in _DASHES:
        return "-"
    return value


def _number(cell: str) -> float | int | None:
    value = nfkc(cell).strip()
    try:
        number = float(value)
    except ValueError:
        return None
    return int(number) if number == int(number) else number


def parse(text: str, source: str) -> ParsedDocument:
    from assistant.kinds.plan_report.loader import KIND, _narrative

    lines = text.splitlines()
    columns = _practice_header(lines)
    assert columns is not None  # detect() found it
    title = next((clean(line) for line in lines[:columns.line] if line.strip() and "\t" not in line), "評価一覧")
    doc = ParsedDocument(kind=KIND, title=title)
    years = [columns.years[i] for i in sorted(columns.years)]
    initiatives = _initiative_table(lines, columns.line)
    headed: dict[str, dict[str, Any]] = {}
    current = ""
    end = len(lines)
    for index in range(columns.line + 1, len(lines)):
        line = lines[index]
        if not line.strip():
            if doc.records:
                end = index
                break
            continue
        cells = _cells(line) + [""] * 20
        first = nfkc(cells[columns.code]).strip()
        head = _INITIATIVE_ROW_RE.match(first)
        if head:
            current = head.group(1)
            name = cells[columns.title] or next((c for c in cells[columns.code + 1:] if c), "")
            match = _NAME_POLICY_RE.match(name)
            headed[current] = {"title": match.group(1) if match else name, "policy": match.group(2) if match else "",
                               "line": index + 1}
            continue
        code = _CODE_RE.match(first)
        if not code:
            continue
        number = f"{int(code.group(1))}-{int(code.group(2))}"
        initiative = code.group(1) if not current or current == code.group(1) else current
        fields: dict[str, Any] = {"code": number, "initiative": str(int(initiative)),
                                  "initiative_title": "", "title": cells[columns.title]}
        for column, label in columns.years.items():
            fields[label_field(label)] = _grade(cells[column])
        ended = year_label(cells[columns.ended]) if columns.ended >= 0 and cells[columns.ended] else None
        fields["ended"] = ended or ""
        fields["departments"] = [cells[columns.departments]] if columns.departments >= 0 and cells[columns.departments] else []
        fields["average"] = _number(cells[columns.average]) if columns.average >= 0 else None
        fields["started"] = year_label(cells[columns.start]) or "" if columns.start >= 0 else ""
        fields.update({"tags": [], "themes": [], "overall": "", "ended_month": ""})
        doc.records.append(Record("practice", number, fields, source, index + 1))
        doc.passages.append(Passage(f"practice:{number}", "title", fields["title"], source, index + 1))
        for label in years:
            doc.records.append(Record("grade", f"{number}-{label}",
                                      {"practice": number, "year": label, "fiscal_year": label_fiscal_year(label),
                                       "grade": fields[label_field(label)]}, source, index + 1))
    _initiative_records(doc, source, headed, initiatives)
    for record in doc.records:
        if record.kind == "practice":
            ini = next((r for r in doc.records if r.kind == "initiative" and r.code == record.fields["initiative"]), None)
            record.fields["initiative_title"] = ini.fields["title"] if ini else ""
    doc.warnings.append(ParseWarning(source, 0, "absent_copy",
                                     "委員会の評価と委員の意見はこの文書にありません（評価一覧だけの文書です）"))
    _narrative(doc, source, lines, [(0, columns.line), (end, len(lines))])
    return doc


def _initiative_table(lines: list[str], after: int) -> dict[str, dict[str, Any]]:
    """The initiatives' own table (取組No, 基本方針, 取組名, 所管部, 実践項目数, 自己評価), wherever it stands."""
    out: dict[str, dict[str, Any]] = {}
    for index, line in enumerate(lines):
        if "\t" not in line or index == after:
            continue
        cells = _cells(line)
        no, name = _position(cells, _INI_NO_HEADS), _position(cells, _INI_TITLE_HEADS)
        if no < 0 or name < 0 or "実践項目" in cells:
            continue
        policy, dept = _position(cells, _POLICY_HEADS), _position(cells, _INI_DEPT_HEADS)
        count, self_grade = _position(cells, _N_PRACTICE_HEADS), _position(cells, _SELF_HEADS)
        for row in range(index + 1, len(lines)):
            values = _cells(lines[row]) + [""] * 20
            number = nfkc(values[no]).strip()
            if not number.isdigit():
                if lines[row].strip():
                    break
                continue
            out[str(int(number))] = {
                "title": values[name], "line": row + 1,
                "policy": values[policy] if policy >= 0 else "",
                "departments": [values[dept]] if dept >= 0 and values[dept] else [],
                "n_practice": _number(values[count]) if count >= 0 else None,
                "self_overall": nfkc(values[self_grade]).strip() if self_grade >= 0 else "",
            }
        break
    return out


def _initiative_records(doc: ParsedDocument, source: str, headed: dict[str, dict[str, Any]],
                        table: dict[str, dict[str, Any]]) -> None:
    counts: dict[str, int] = {}
    for record in doc.records:
        if record.kind == "practice":
            counts[record.fields["initiative"]] = counts.get(record.fields["initiative"], 0) + 1
    for no in sorted({*headed, *table, *counts}, key=int):
        row, head = table.get(no, {}), headed.get(no, {})
        fields: dict[str, Any] = {
            "no": int(no), "title": row.get("title") or head.get("title", ""),
            "policy": row.get("policy") or head.get("policy", ""),
            "themes": [], "bureau": row.get("departments", []),
            "n_practice": row.get("n_practice") if row.get("n_practice") is not None else counts.get(no, 0),
            "self_overall": row.get("self_overall", ""), "committee_score": None, "judgement": "", "n_comments": 0,
        }
        line = row.get("line") or head.get("line") or 0
        doc.records.append(Record("initiative", no, fields, source, line))
        doc.passages.append(Passage(f"initiative:{no}", "title", fields["title"], source, line))
