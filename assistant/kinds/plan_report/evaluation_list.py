"""A plan report's evaluation list published on its own (評価一覧, a workbook): practice items under
numbered initiative rows (「取組1 <名称>（<基本方針>）」), coded by initiative (1-1, 1-2 …), graded per fiscal
year in points of the document's own scale, with an end year and the department; and, on another sheet
or below, the initiatives' own table (取組No, 基本方針, 取組名, 所管部, 実践項目数, 自己評価).

The committee's judgement of each initiative is in another document (opinion_paper): the two are tied by
the initiative numbers both print. Everything is found by the header cells the document prints, never by
position, and the years are those its header names (西暦 年度 columns become the same fields as 和暦 ones:
2025年度 is r7), so that a question in either calendar reads the same grade.

Another list prints its initiatives in a column of their own (取組項目, a cell merged over the initiative's items:
「1　窓口サービスの改善」) in place of initiative rows, one sheet per policy headed 「基本方針１　<名称>」 (the items'
policy), its header over two rows (年度別評価 over the years). A list made over an era change heads a year by
both names (「平成31年度 (令和元年度) (2019)」) and prints either in its cells (取組終了 令和元年度 or 平成31年度):
one fiscal year, stored under the label a question of either name reads (R1), and a 備考 stating the start
(「平成30年度から取組開始」) is the item's `started`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from assistant.model import Passage, ParsedDocument, ParseWarning, Record
from assistant.text.normalize import clean, nfkc
from assistant.text.wareki import fy_label, label_field, label_fiscal_year, year_label

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
# An initiative column beside the items (a cell merged over its items, read on each row): 「1　窓口サービスの改善」.
_INI_COLUMN_HEADS = ("取組項目", "取組")
_INI_CELL_RE = re.compile(r"^(\d{1,2})[\s.．、]+(\S.*)$")
# The heading of a sheet's policy above its table: 「基本方針１　市民サービスの向上」 (NFKC).
_POLICY_LINE_RE = re.compile(r"^(基本方針|方針|基本目標|施策の柱)\s*(\d{1,2})\s+(\S.{0,40})$")
# A 備考 stating the year the item began: 「平成30年度から取組開始」, 「令和元年度から実施」.
_STARTED_RE = re.compile(r"((?:令和|平成)\s*(?:元|\d{1,2})\s*年度|(?:19|20)\d{2}\s*年度)から")
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
    initiative: int = -1  # an initiative column (「1　窓口サービスの改善」), -1: initiative rows instead
    remarks: int = -1


def _cells(line: str) -> list[str]:
    return [clean(c) for c in line.split("\t")]


def _position(cells: list[str], heads: tuple[str, ...]) -> int:
    return next((i for i, c in enumerate(cells) if nfkc(c).strip() in heads), -1)


def _year_cell(cell: str) -> str | None:
    """A header cell naming one fiscal year: a label (R5), or several names of the same year over an era change
    (「平成31年度 (令和元年度) (2019)」, 「平成29年度 (2017)」) — then the year's label as questions read it (R1, H29)."""
    label = year_label(cell)
    if label:
        return label
    parts = [p for p in re.split(r"[\s()（）]+", nfkc(cell)) if p]
    labels = [year_label(p) or (year_label(f"{p}年度") if re.fullmatch(r"(?:19|20)\d{2}", p) else None) for p in parts]
    if len(parts) < 2 or not all(labels) or len({label_fiscal_year(x) for x in labels}) != 1:
        return None
    return fy_label(label_fiscal_year(labels[0]))


def _fiscal(label: str | None) -> str:
    """A printed year as the label of its fiscal year (平成31年度 and 令和元年度 are both R1)."""
    return fy_label(label_fiscal_year(label)) if label else ""


def _practice_header(lines: list[str]) -> _Columns | None:
    """The list's header: a code column, the items' names and two or more year columns."""
    for index, line in enumerate(lines):
        if "\t" not in line:
            continue
        cells = _cells(line)
        title = _position(cells, _TITLE_HEADS)
        years = {i: label for i, c in enumerate(cells) if (label := _year_cell(c))}
        if title < 0 or len(years) < 2:
            continue
        code = next((i for i in range(title) if cells[i]), -1)
        if code < 0:
            continue
        return _Columns(index, code, title, years, _position(cells, _END_HEADS), _position(cells, _DEPT_HEADS),
                        _position(cells, _AVERAGE_HEADS), _position(cells, _START_HEADS),
                        _position(cells, _INI_COLUMN_HEADS), _position(cells, ("備考",)))
    return None


def detect(text: str) -> bool:
    """A header of practice items graded by year, coded rows 1-1 … under numbered initiative rows."""
    if "実践項目" not in text or "\t" not in text:
        return False
    lines = text.splitlines()
    columns = _practice_header(lines)
    if columns is None:
        return False
    codes = heads = named = 0
    for line in lines[columns.line + 1:]:
        cells = _cells(line)
        first = nfkc(cells[columns.code]).strip() if len(cells) > columns.code else ""
        code = _CODE_RE.match(first)
        codes += bool(code)
        heads += bool(_INITIATIVE_ROW_RE.match(first))
        if code and 0 <= columns.initiative < len(cells):
            # (the initiative's column names the number the item's code opens with)
            ini = _INI_CELL_RE.match(nfkc(cells[columns.initiative]).strip())
            named += bool(ini and int(ini.group(1)) == int(code.group(1)))
    return codes >= 3 and (heads >= 1 or named == codes)


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
    policy = _policy_above(lines, columns.line)
    header_cells = _cells(lines[columns.line])
    tables = [columns.line]
    for index in range(columns.line + 1, len(lines)):
        line = lines[index]
        if not line.strip():
            if doc.records and columns.initiative < 0:
                end = index
                break
            continue
        cells = _cells(line) + [""] * 20
        if columns.initiative >= 0 and _cells(line) == header_cells and index > columns.line + 1:
            # (the next sheet's table, the same header under its own policy heading)
            policy = _policy_above(lines, index)
            tables.append(index)
            continue
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
        ini_cell = _INI_CELL_RE.match(nfkc(cells[columns.initiative]).strip()) if columns.initiative >= 0 else None
        if ini_cell and int(ini_cell.group(1)) == int(code.group(1)):
            headed.setdefault(str(int(code.group(1))), {"title": clean(ini_cell.group(2)), "policy": policy,
                                                         "line": index + 1})
        fields: dict[str, Any] = {"code": number, "initiative": str(int(initiative)),
                                  "initiative_title": "", "title": cells[columns.title]}
        for column, label in columns.years.items():
            fields[label_field(label)] = _grade(cells[column])
        ended = year_label(cells[columns.ended]) if columns.ended >= 0 and cells[columns.ended] else None
        fields["ended"] = (_fiscal(ended) if columns.initiative >= 0 else ended) or ""
        fields["departments"] = [cells[columns.departments]] if columns.departments >= 0 and cells[columns.departments] else []
        fields["average"] = _number(cells[columns.average]) if columns.average >= 0 else None
        fields["started"] = year_label(cells[columns.start]) or "" if columns.start >= 0 else ""
        fields.update({"tags": [], "themes": [], "overall": "", "ended_month": ""})
        if columns.initiative >= 0:
            remark = cells[columns.remarks] if columns.remarks >= 0 else ""
            said = _STARTED_RE.search(nfkc(remark))
            first_graded = next((label for label in years if fields[label_field(label)] not in ("", "-")), "")
            if said:
                fields["started"] = _fiscal(year_label(re.sub(r"\s", "", said.group(1))))
            elif first_graded and first_graded != years[0]:
                fields["started"] = first_graded
            if remark:
                fields["remarks"] = remark
            if policy:
                fields["policy"] = policy
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
    if len(tables) > 1:
        # (each sheet's lines between its table and the next one's header: its legend and notes)
        spans = [(0, columns.line)] + [(_last_row(lines, a), b) for a, b in zip(tables, tables[1:])]
        spans.append((_last_row(lines, tables[-1]), len(lines)))
        _narrative(doc, source, lines, spans)
    else:
        _narrative(doc, source, lines, [(0, columns.line), (end, len(lines))])
    return doc


def _policy_above(lines: list[str], header: int) -> str:
    """The policy heading a sheet prints above its table (「基本方針１　市民サービスの向上」 → 基本方針1 市民サービスの向上)."""
    for index in range(header - 1, max(-1, header - 6), -1):
        first = nfkc(_cells(lines[index])[0]).strip() if lines[index].strip() else ""
        match = _POLICY_LINE_RE.match(first)
        if match:
            return f"{match.group(1)}{int(match.group(2))} {clean(match.group(3))}"
    return ""


def _last_row(lines: list[str], header: int) -> int:
    """The line after a table's last row (the first blank line after its header)."""
    return next((i for i in range(header + 1, len(lines)) if not lines[i].strip()), len(lines))


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
