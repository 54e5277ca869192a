"""Loader for the 岡山市・倉敷市 連携事業 progress table (one tab-separated row per joint project).

The table comes from a spreadsheet whose merged cells were flattened: in some rows a cell is
missing or the 部会 name sits in a department column. Values in the tail of a row (部会名称,
岡山市 department, 倉敷市 department) are therefore placed by what they are, not only by column:

* a 部会 name ends in 部会 (optionally followed by the chair city, or by one city per year);
* a department ends in 課/室/局/センター/所/係/委員会 …;
* two departments keep their order (岡山市 first, 倉敷市 second) even when shifted;
* a single department in a row whose tail is misaligned has no knowable city. It is assigned by
  evidence from the rest of the table (the same name printed as one city's department in a
  well-formed row) or else by its column, and the uncertainty is recorded as a Conflict and in
  the record's `notes`.

`chair_city` is a string; when a 部会 names one chair per year it keeps every year, e.g.
"岡山市(H16)・倉敷市(H17)" (the table's 16年度/17年度 are 平成).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.errors import DocumentError
from assistant.model import Conflict, ParsedDocument, Passage, Record, SourceValue
from assistant.text.normalize import clean

KIND = "joint_projects"
RECORD_KIND = "joint_project"
CITIES = ("岡山市", "倉敷市")

LABELS: dict[str, str] = {
    "no": "番号",
    "title": "事業項目",
    "description": "事業内容",
    "done": "進捗状況（既に実施）",
    "planned": "進捗状況（今年度(H17)に実施予定）",
    "subcommittee": "部会名称",
    "chair_city": "部会長の市",
    "dept_okayama": "担当部署（岡山市）",
    "dept_kurashiki": "担当部署（倉敷市）",
    "notes": "注記",
}

# Free-text fields that become passages, in display order.
_PASSAGE_FIELDS = ("title", "description", "done", "planned", "subcommittee", "dept_okayama", "dept_kurashiki")

_SUBCOMMITTEE_RE = re.compile(r"^(\S+?部会)(?=$|[\s(（\d])")
_CHAIR_RE = re.compile(r"(?:(\d+)\s*年度)?\s*[(（]\s*(岡山市|倉敷市)\s*[)）]")
_DEPARTMENT_RE = re.compile(r"(課|室|局|センター|所|係|委員会|本部|事務所|館|部)$")
_ROW_START_RE = re.compile(r"^\s*(\d{1,3})\s*$")


def detect(text: str) -> bool:
    head = text[:20000]
    return (
        "\t" in head
        and "部会名称" in head
        and "担当部署" in head
        and all(city in head for city in CITIES)
        and "事業項目" in head
    )


@dataclass
class _Columns:
    no: int = 0
    title: int = 1
    description: int = 2
    done: int = 3
    planned: int = 4
    subcommittee: int = 5
    okayama: int = 6
    kurashiki: int = 7

    @property
    def width(self) -> int:
        return max(self.no, self.title, self.description, self.done, self.planned,
                   self.subcommittee, self.okayama, self.kurashiki) + 1


@dataclass
class _Row:
    no: int
    cells: list[str]
    line: int
    end_line: int


@dataclass
class _Tail:
    """The placed tail of one row, before uncertain departments are resolved."""

    subcommittee: str = ""
    chair_city: str = ""
    okayama: str = ""
    kurashiki: str = ""
    uncertain: str = ""  # a department whose city the row does not tell
    uncertain_column: str = ""  # "okayama" / "kurashiki": where it physically sits
    notes: list[str] = field(default_factory=list)


def parse(text: str, source: str) -> ParsedDocument:
    lines = text.splitlines()
    columns, header_line = _find_columns(lines)
    if header_line is None:
        raise DocumentError(source, "連携事業の表の見出し行（番号・事業項目・部会名称）が見つかりません")
    rows = _rows(lines, header_line, columns.width)
    if not rows:
        raise DocumentError(source, "連携事業の表に行がありません", header_line + 1)

    tails = [_place_tail(row, columns) for row in rows]
    evidence = _certain_departments(rows, tails)

    doc = ParsedDocument(kind=KIND, title=_title(lines))
    seen: set[int] = set()
    for row, tail in zip(rows, tails):
        key = f"{RECORD_KIND}:{row.no}"
        if row.no in seen:
            doc.conflicts.append(Conflict(key, "no", row.no, (SourceValue(row.no, "table", row.line),),
                                          source, note=f"番号 {row.no} が重複しています（{row.line}行目）"))
            continue
        seen.add(row.no)
        if tail.uncertain:
            _resolve_uncertain(row, tail, evidence, key, source, doc)

        def cell(index: int) -> str:
            return clean(row.cells[index]) if index < len(row.cells) else ""

        fields = {
            "no": row.no,
            "title": cell(columns.title),
            "description": cell(columns.description),
            "done": cell(columns.done),
            "planned": cell(columns.planned),
            "subcommittee": tail.subcommittee,
            "chair_city": tail.chair_city,
            "dept_okayama": tail.okayama,
            "dept_kurashiki": tail.kurashiki,
            "notes": tail.notes,
        }
        doc.records.append(Record(RECORD_KIND, str(row.no), fields, source, row.line, row.end_line))
        for name in _PASSAGE_FIELDS:
            if fields[name]:
                doc.passages.append(Passage(key, name, fields[name], source, row.line))
    return doc


def _title(lines: list[str]) -> str:
    year = ""
    for line in lines[:50]:
        match = re.search(r"今年度\s*[(（]\s*(H\d+)\s*[)）]", line)
        if match:
            year = f"（{match.group(1)}）"
            break
    return f"岡山市・倉敷市 連携事業の進捗状況{year}"


def _find_columns(lines: list[str]) -> tuple[_Columns, int | None]:
    """Column indexes from the two header lines (the second names the cities and progress states)."""
    columns = _Columns()
    for index, line in enumerate(lines[:100]):
        cells = [c.strip() for c in line.split("\t")]
        if "事業項目" not in line or not any(c.startswith("部会") for c in cells):
            continue
        for position, cell in enumerate(cells):
            if cell == "番号":
                columns.no = position
            elif cell.startswith("事業項目"):
                columns.title = position
            elif cell.startswith("事業内容"):
                columns.description = position
            elif cell.startswith("部会"):
                columns.subcommittee = position
        header_end = index
        if index + 1 < len(lines):
            sub = [c.strip() for c in lines[index + 1].split("\t")]
            if any(c in CITIES for c in sub):
                header_end = index + 1
                for position, cell in enumerate(sub):
                    if cell.startswith("既に"):
                        columns.done = position
                    elif "予定" in cell:
                        columns.planned = position
                    elif cell == "岡山市":
                        columns.okayama = position
                    elif cell == "倉敷市":
                        columns.kurashiki = position
        return columns, header_end
    return columns, None


def _rows(lines: list[str], header_end: int, width: int) -> list[_Row]:
    """Data rows: a line whose first cell is a number starts a row; blank lines are skipped.

    A non-blank line that does not start with a number continues the previous row (a cell with
    an embedded line break); its cells are appended to that row's last non-empty cell.
    """
    rows: list[_Row] = []
    for index in range(header_end + 1, len(lines)):
        line = lines[index]
        if not line.strip():
            continue
        cells = line.split("\t")
        match = _ROW_START_RE.match(cells[0])
        if match:
            cells += [""] * (width - len(cells))
            rows.append(_Row(int(match.group(1)), cells, index + 1, index + 1))
        elif rows:
            row = rows[-1]
            extra = " ".join(c.strip() for c in cells if c.strip())
            last = max((i for i, c in enumerate(row.cells) if c.strip()), default=0)
            row.cells[last] = f"{row.cells[last]} {extra}"
            row.end_line = index + 1
    return rows


def is_subcommittee(cell: str) -> bool:
    return bool(_SUBCOMMITTEE_RE.match(cell.strip()))


def is_department(cell: str) -> bool:
    value = cell.strip()
    return bool(value) and not is_subcommittee(value) and bool(_DEPARTMENT_RE.search(value))


def parse_subcommittee(cell: str) -> tuple[str, str]:
    """'納税部会 16年度(岡山市) 17年度(倉敷市)' → ('納税部会', '岡山市(H16)・倉敷市(H17)')."""
    value = clean(cell)
    match = _SUBCOMMITTEE_RE.match(value)
    name = match.group(1) if match else value
    chairs = []
    for year, city in _CHAIR_RE.findall(value[len(name):]):
        chairs.append(f"{city}(H{int(year)})" if year else city)
    return name, "・".join(dict.fromkeys(chairs))


def _place_tail(row: _Row, columns: _Columns) -> _Tail:
    tail = _Tail()
    positions = {"subcommittee": columns.subcommittee, "okayama": columns.okayama, "kurashiki": columns.kurashiki}
    filled = [(name, clean(row.cells[index])) for name, index in positions.items() if row.cells[index].strip()]
    # A 部会 pushed into the 実施予定 column would otherwise be read as progress text.
    planned = clean(row.cells[columns.planned])
    if is_subcommittee(planned) and len(planned) < 40 and not any(is_subcommittee(v) for _, v in filled):
        filled.insert(0, ("planned", planned))
        row.cells[columns.planned] = ""
        tail.notes.append("部会名称が実施予定欄に記載されているため部会名称として扱った")

    subcommittees = [(name, value) for name, value in filled if is_subcommittee(value)]
    departments = [(name, value) for name, value in filled if not is_subcommittee(value)]

    if subcommittees:
        where, value = subcommittees[0]
        tail.subcommittee, tail.chair_city = parse_subcommittee(value)
        if where != "subcommittee":
            tail.notes.append(f"部会名称「{tail.subcommittee}」が担当部署の欄に記載されている（列ずれ）")
        for _, extra in subcommittees[1:]:
            tail.notes.append(f"部会名称らしい値が複数ある: 「{extra}」")
    else:
        tail.notes.append("部会名称の記載なし（表の結合セルが失われた可能性）")
    aligned = not subcommittees or subcommittees[0][0] == "subcommittee"

    for _, value in departments:
        if not is_department(value):
            tail.notes.append(f"担当部署として扱ったが部署名の形ではない値: 「{value}」")

    if len(departments) >= 2:
        # Shifts move cells but keep their order: the first department is 岡山市's.
        tail.okayama = departments[0][1]
        tail.kurashiki = " ".join(value for _, value in departments[1:])
        if [name for name, _ in departments[:2]] != ["okayama", "kurashiki"]:
            tail.notes.append("担当部署が列ずれしているため、記載順（岡山市・倉敷市）で割り当てた")
    elif len(departments) == 1:
        where, value = departments[0]
        if aligned and where in ("okayama", "kurashiki"):
            setattr(tail, where, value)
            city, other = ("岡山市", "倉敷市") if where == "okayama" else ("倉敷市", "岡山市")
            tail.notes.append(f"{other}の担当部署欄は空欄（「{value}」は記載列の位置から{city}の部署とした）")
        else:
            tail.uncertain = value
            tail.uncertain_column = where if where in ("okayama", "kurashiki") else "okayama"
    else:
        tail.notes.append("担当部署の記載なし")
    return tail


def _certain_departments(rows: list[_Row], tails: list[_Tail]) -> dict[str, dict[str, int]]:
    """Department name → {city field: first line} from rows where the city is not in doubt."""
    evidence: dict[str, dict[str, int]] = {}
    for row, tail in zip(rows, tails):
        for where in ("okayama", "kurashiki"):
            name = getattr(tail, where)
            if name:
                evidence.setdefault(name, {}).setdefault(where, row.line)
    return evidence


def _resolve_uncertain(row: _Row, tail: _Tail, evidence: dict[str, dict[str, int]], key: str,
                       source: str, doc: ParsedDocument) -> None:
    value = tail.uncertain
    city_of = {"okayama": "岡山市", "kurashiki": "倉敷市"}
    known = evidence.get(value, {})
    if len(known) == 1:
        where, evidence_line = next(iter(known.items()))
        reason = f"同じ部署名が{evidence_line}行目で{city_of[where]}の担当部署として記載されているため{city_of[where]}とした"
        values = (
            SourceValue(city_of[where], "same_name_elsewhere", evidence_line),
            SourceValue(city_of[tail.uncertain_column], "column_position", row.line),
        )
    else:
        where = tail.uncertain_column
        reason = f"記載されている列の位置から{city_of[where]}とした"
        other = "kurashiki" if where == "okayama" else "okayama"
        values = (
            SourceValue(city_of[where], "column_position", row.line),
            SourceValue(city_of[other], "shifted_column", row.line),
        )
    setattr(tail, where, value)
    note = f"担当部署「{value}」がどちらの市の部署か、列ずれのため行からは判別できない。{reason}（不確か）"
    tail.notes.append(note)
    doc.conflicts.append(Conflict(key, "department_city", city_of[where], values, source, note=note))
