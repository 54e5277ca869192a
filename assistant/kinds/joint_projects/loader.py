"""Loader for a 連携事業 progress table: projects shared by two or more municipalities, one
tab-separated row per project (the shipped edition is that of two cities, 平成17年度).

The municipalities are read from the table's header (the cells under 担当部署, or 担当部署（<name>）
headings), never from code, so the same table for any other pair — or for three or more — reads
the same way. Each record keeps its departments as an object municipality → department.

The table comes from a spreadsheet whose merged cells were flattened: in some rows a cell is
missing or the 部会 name sits in a department column. Values in the tail of a row (部会名称 and
one department per municipality) are therefore placed by what they are, not only by column:

* a 部会 name ends in 部会 (optionally followed by the chair municipality, or by one per year);
* a department ends in 課/室/局/センター/所/係/委員会 …;
* departments keep their order (the header's municipalities, left to right) even when shifted;
* a department in a row whose tail is misaligned and lacks departments has no knowable
  municipality. It is assigned by evidence from the rest of the table (the same name printed as
  one municipality's department in a well-formed row) or else by its column, and the uncertainty
  is recorded as a Conflict and in the record's `notes`.

`chair_city` is a string; when a 部会 names one chair per year it keeps every year, e.g.
"A市(H16)・B市(H17)": the table's 16年度/17年度 are in the era of its current year (今年度(H17),
今年度(令和5年度)), or of the first era year it prints when its header names none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.errors import DocumentError
from assistant.kinds.joint_projects import marks, member_blocks, year_sheets, year_states
from assistant.kinds.joint_projects.marks import is_number_heading as _is_number_heading
from assistant.kinds.joint_projects.marks import is_title_heading as _is_title_heading
from assistant.kinds.text_blocks import csv_as_tabs
from assistant.model import Conflict, ParsedDocument, Passage, Record, SourceValue
from assistant.text.normalize import clean, nfkc, wareki_short
from assistant.text.wareki import label_fiscal_year, year_label

KIND = "joint_projects"
RECORD_KIND = "joint_project"


# Free-text fields that become passages, in display order (then one passage per department).
_PASSAGE_FIELDS = ("title", "description", "done", "planned", "status", "results", "subcommittee", "area")

# (a town's edition calls its 部会 分科会: 「総務分科会（小川町）」)
_SUBCOMMITTEE_RE = re.compile(r"^(\S+?(?:部会|分科会))(?=$|[\s(（\d])")
# A chair printed in brackets after the 部会 name; names not in the header are accepted when they
# look like a municipality (a 部会 may be chaired by a member the table has no column for).
_CHAIR_NAME = r"[^\s()（）]{1,12}?[市町村区]"
_DEPARTMENT_RE = re.compile(r"(課|室|局|センター|所|係|委員会|本部|事務所|館|部)$")
# A row starts with its number (3) or, in another edition, its code (K-01): a few letters, a hyphen and
# a number (the hyphen required: a wrapped cell's first line may be a bare era year, H17).
# (or a word's character or two before the hyphen: 「連-01」)
_ROW_START_RE = re.compile(r"^\s*((?:(?:[A-Za-zＡ-Ｚａ-ｚ]{1,3}|[一-龥]{1,2})\s*[-‐－]\s*)?[0-9０-９]{1,3})\s*$")
# 「担当部署（岡山市）」: a department heading naming its municipality.
# (or 「担当（北浜町）」: the bare 担当 of a table whose columns are one per municipality)
_DEPT_HEADING_RE = re.compile(r"^担当(?:部署|課)?\s*[(（]\s*(.+?)\s*[)）]$")


def detect(text: str) -> bool:
    head = csv_as_tabs(text[:20000])
    if _blocks(head.splitlines(), 2) or marks.find_layout(head.splitlines()) is not None:
        return True
    if member_blocks.find(head.splitlines()):
        return True  # (【広域-01】 blocks listing each project's 参加団体)
    # The departments' heading is 担当部署 or, in another city's edition, 担当課.
    # Another edition heads its columns 事業名 and 部会（幹事市村）: the header row is checked by its cells.
    # Another has no 部会 at all, only the municipality that leads each project (幹事町村).
    if not ("\t" in head and ("部会" in head or "分科会" in head or "幹事" in head) and ("担当部署" in head or "担当課" in head or "担当（" in head or "担当(" in head)
            and ("事業項目" in head or "事業名" in head)):
        return False
    columns, header = _find_columns(head.splitlines())
    return header is not None and len(columns.municipalities) >= 2


@dataclass
class _Columns:
    no: int = 0
    title: int = 1
    description: int = 2
    done: int = 3
    planned: int = 4
    subcommittee: int = 5  # -1: the edition has no 部会 column
    chair: int = -1  # a column of its own naming the leading municipality (幹事町村), -1: none
    # Another edition prints one 進捗状況 column of states (既に実施, 今年度(R5)に実施予定, 検討中)
    # instead of two columns of text under 既に実施 / 今年度に実施予定: then done and planned are -1.
    status: int = -1
    results: int = -1  # 実績・予定: the text beside a column of states (-1: none)
    # Another edition groups its projects by 分野 in a first column (a rowspan cell, printed once per
    # group or repeated) and prints each project's first year (開始年度); -1: none.
    area: int = -1
    start: int = -1
    departments: list[int] = field(default_factory=list)  # one column per municipality
    municipalities: list[str] = field(default_factory=list)  # as the header prints them, in order

    @property
    def width(self) -> int:
        return max(self.no, self.title, self.description, self.done, self.planned, self.status, self.results,
                   self.subcommittee, self.chair, self.area, self.start, *self.departments) + 1


@dataclass
class _Row:
    no: int | str  # the printed number, or a code (K-01)
    cells: list[str]
    line: int
    end_line: int


@dataclass
class _Uncertain:
    """A department whose municipality the row does not tell."""

    value: str
    column: int  # the municipality slot whose column it physically sits in (0 when none)


@dataclass
class _Tail:
    """The placed tail of one row, before uncertain departments are resolved."""

    subcommittee: str = ""
    chair_city: str = ""
    departments: dict[int, str] = field(default_factory=dict)  # municipality slot -> department
    uncertain: list[_Uncertain] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class _Table:
    """The header's municipalities and the patterns and wording derived from them."""

    def __init__(self, municipalities: list[str], era: str = "") -> None:
        self.municipalities = municipalities
        self.era = era  # H, R …: the era of a year printed without one (16年度)
        names = "|".join(re.escape(m) for m in sorted(municipalities, key=len, reverse=True))
        # The name may follow a label inside the brackets: 「（部会長 長岡市）」「（部会長：甲市）」.
        # (「（部会長市：福山市）」 labels the chair as a city.)
        self.chair_re = re.compile(rf"(?:(\d+)\s*年度)?\s*[(（]\s*(?:部会長(?:市町村|市|町|村)?\s*[:：]?\s*)?({names}|{_CHAIR_NAME})\s*[)）]")
        # Wording of the notes: 「どちらの市」 for a pair of cities, 「どの市町村」 for three towns.
        kind = "市" if all(m.endswith("市") for m in municipalities) else "市町村"
        self.which = f"{'どちらの' if len(municipalities) == 2 else 'どの'}{kind}"

    def names(self, slots) -> str:
        return "・".join(self.municipalities[s] for s in slots)


def parse(text: str, source: str) -> ParsedDocument:
    lines = csv_as_tabs(text).splitlines()
    marked = marks.find_layout(lines)
    if marked is not None:
        # One column per municipality holding ○ where it takes part (no departments, no 部会).
        table = _Table([m for _, m in marked.members])
        title = _title(lines, table, marked.header)
        if title == f"{table.names(range(len(table.municipalities)))} 連携事業の進捗状況":
            # (a list titled in its own words, 「○○広域連合 共同事業一覧」, without 連携 or a year: that title,
            # which names the body users say, rather than the members' names)
            title = marks.title_above(lines, marked.header) or title
        else:
            # (a heading line over a dated line: 「西霞広域行政推進協議会 広域連携事業一覧」 over 「令和6年4月1日現在 事務局：…」,
            # the heading names the body users say)
            first = next((clean(line) for line in lines[:marked.header] if line.strip()), "")
            above = marks.title_above(lines, marked.header)
            if above and above == first and title != first and title in {clean(l) for l in lines[:marked.header]}:
                title = above
        # (a workbook of the same table once per fiscal year, a sheet each: one table of the projects, by year)
        yearly = year_sheets.parse(lines, marked.header, lambda sheet: _sheet_read(sheet, source, title))
        if yearly is not None:
            return yearly
        return marks.parse(lines, marked, source, KIND, RECORD_KIND, title)
    columns, header_line = _find_columns(lines)
    if header_line is None and _blocks(lines, 2):
        return _parse_blocks(lines, source)
    listing = member_blocks.find(lines) if header_line is None else None
    if listing:
        return member_blocks.parse(lines, listing, source, KIND, RECORD_KIND)
    if header_line is None:
        raise DocumentError(source, "連携事業の表の見出し行（番号・事業項目・部会名称）が見つかりません")
    if len(columns.municipalities) < 2:
        raise DocumentError(source, "連携事業の表の見出しに担当部署の市町村名が二つ以上見つかりません", header_line + 1)
    current = _current_year(lines)
    table = _Table(columns.municipalities, current[:1] or _first_era(text))
    rows = _rows(lines, header_line, columns.width, columns.no)
    if not rows:
        raise DocumentError(source, "連携事業の表に行がありません", header_line + 1)

    tails = [_place_tail(row, columns, table) for row in rows]
    # (each year's state as a mark under a merged 進捗 heading: 2028年度 ○, 2029年度 ◎)
    states = year_states.find(lines, header_line - 1 if header_line > 0 and "\t" in lines[header_line - 1] else header_line,
                              [row.cells for row in rows])
    evidence = _certain_departments(rows, tails)

    doc = ParsedDocument(kind=KIND, title=_title(lines, table, header_line))
    glossary = _glossary(lines, header_line)
    seen: set[int | str] = set()
    area = ""  # a group cell printed once over its rows (rowspan) holds for the rows under it
    for row, tail in zip(rows, tails):
        key = f"{RECORD_KIND}:{row.no}"
        if row.no in seen:
            doc.conflicts.append(Conflict(key, "no", row.no, (SourceValue(row.no, "table", row.line),),
                                          source, note=f"番号 {row.no} が重複しています（{row.line}行目）"))
            continue
        seen.add(row.no)
        for uncertain in tail.uncertain:
            _resolve_uncertain(row, tail, uncertain, evidence, table, key, source, doc)

        def cell(index: int) -> str:
            return clean(row.cells[index]) if 0 <= index < len(row.cells) else ""

        status = cell(columns.status)
        area = cell(columns.area) or area
        if columns.chair >= 0:
            # The leading municipality printed in a column of its own (幹事町村).
            tail.chair_city = cell(columns.chair)

        departments = {name: tail.departments.get(slot, "") for slot, name in enumerate(table.municipalities)}
        fields = {
            "no": row.no,
            "title": cell(columns.title),
            "description": cell(columns.description),
            "done": cell(columns.done) if columns.status < 0 else (status if _is_done(status) else ""),
            "planned": cell(columns.planned) if columns.status < 0 else (status if _is_planned(status) else ""),
            "status": status,
            "results": cell(columns.results) if columns.status >= 0 else "",
            "subcommittee": tail.subcommittee,
            "chair_city": tail.chair_city,
            "departments": departments,
            "notes": tail.notes,
        }
        if columns.area >= 0:
            fields["area"] = area
        year_states.read_into(fields, row.cells, states)
        if columns.start >= 0:
            # 2021年度 or 令和3年度 as a fiscal-year label (R3), compared as years; as printed when it is none.
            printed = cell(columns.start)
            fields["start_year"] = year_label(printed) or printed
        doc.records.append(Record(RECORD_KIND, str(row.no), fields, source, row.line, row.end_line))
        for name in _PASSAGE_FIELDS:
            if fields.get(name):
                doc.passages.append(Passage(key, name, fields[name], source, row.line))
        for department in departments.values():
            if department:
                doc.passages.append(Passage(key, "departments", department, source, row.line))
        for value, meaning, line in glossary:
            if value in (status, fields["done"], fields["planned"]):
                # What the note under the table says the record's state means is its text too.
                doc.passages.append(Passage(key, "status", f"{value}: {meaning}", source, line))
    _eraless_first_years(doc)
    # (the paragraphs around the table, 「…の近隣4町とともに「北嶺5町広域連携協議会」を設置し…」: the document's own text)
    first = header_line - 1 if header_line > 0 and "\t" in lines[header_line - 1] else header_line
    last = max((row.end_line for row in rows), default=header_line + 1)
    for index, line in enumerate(lines):
        if (index < first or index >= last) and line.strip() and "\t" not in line:
            doc.passages.append(Passage(f"doc:{source}", "text", clean(line), source, index + 1))
    return doc


def _eraless_first_years(doc: ParsedDocument) -> None:
    """A start year printed 「元年度」 without its era (a table made over the era change, beside 平成31年度 and
    令和元年度): the first year of the era nearest the years the column prints (R1 beside H29–R2)."""
    rows = [r for r in doc.records if r.kind == RECORD_KIND and "start_year" in r.fields]
    years = [label_fiscal_year(str(r.fields["start_year"])) for r in rows
             if re.fullmatch(r"[RH]\d{1,2}", str(r.fields["start_year"]))]
    if not years:
        return
    middle = sorted(years)[len(years) // 2]
    for r in rows:
        if nfkc(str(r.fields["start_year"])).strip() == "元年度":
            r.fields["start_year"] = min(("R1", "H1"), key=lambda label: abs(label_fiscal_year(label) - middle))


# 「※進捗状況の「検討中」は実施時期が決まっていないもの。」: a note under the table saying what a value means.
_MEANING_RE = re.compile(r"「([^「」]{1,20})」\s*(?:は|とは)\s*([^。]{2,60}?)(?:を(?:いう|指す|示す))?。?$")


def _sheet_read(lines: list[str], source: str, title: str) -> ParsedDocument | None:
    """One year's sheet of a workbook of the same table per year (the other sheets' lines blanked)."""
    layout = marks.find_layout(lines[:next((i for i, l in enumerate(lines) if l.strip()), 0) + 100])
    return marks.parse(lines, layout, source, KIND, RECORD_KIND, title) if layout is not None else None


def _glossary(lines: list[str], header_end: int) -> list[tuple[str, str, int]]:
    """(value, what it means, 1-based line) of each note under the table that explains a value."""
    out: list[tuple[str, str, int]] = []
    for index in range(header_end + 1, len(lines)):
        line = lines[index].strip()
        if "\t" in line or not _NOTE_RE.match(line):
            continue
        match = _MEANING_RE.search(nfkc(line))
        if match:
            out.append((match.group(1).strip(), clean(match.group(2)), index + 1))
    return out


# The table's current year in its header: 今年度(H17), 今年度(R5), 今年度(令和5年度).
_CURRENT_RE = re.compile(r"今年度\s*[(]\s*(?:([HRS])\s*(\d{1,2})|((?:平成|令和|昭和)\s*(?:\d{1,2}|元)\s*年)度?)\s*[)]")
_ERA_YEAR_RE = re.compile(r"(?<![A-Za-z])([HRS])\s*\d{1,2}[.年]|(平成|令和|昭和)\s*(?:\d{1,2}|元)\s*年")


def _current_year(lines: list[str]) -> str:
    """The table's current fiscal year as its header says it (H17, R5), or ""."""
    for line in lines[:50]:
        match = _CURRENT_RE.search(nfkc(line))
        if match:
            return f"{match.group(1)}{int(match.group(2))}" if match.group(1) else wareki_short(match.group(3))
    return ""


def _first_era(text: str) -> str:
    match = _ERA_YEAR_RE.search(nfkc(text[:20000]))
    if not match:
        return ""
    return match.group(1) or wareki_short(match.group(0))[:1]


def _title(lines: list[str], table: _Table, header_line: int | None = None) -> str:
    current = _current_year(lines)
    if not current and header_line is not None:
        # A table whose header names no current year may be headed by a title that does
        # (「A町・B町・C村 広域連携事業の実施状況（令和7年度）」): that title, as printed.
        for line in lines[:header_line]:
            text = clean(line)
            if "\t" not in line and "連携" in text and len(text) <= 60 and _ERA_YEAR_RE.search(nfkc(text)):
                return text
    year = f"（{current}）" if current else ""
    return f"{table.names(range(len(table.municipalities)))} 連携事業の進捗状況{year}"


def _find_columns(lines: list[str]) -> tuple[_Columns, int | None]:
    """Column indexes and municipalities from the header: the line naming 事業項目 and 部会, and the
    line under it (progress states, and one municipality under each column of 担当部署)."""
    columns = _Columns()
    for index, line in enumerate(lines[:100]):
        cells = [clean(c) for c in line.split("\t")]
        if not any(_is_title_heading(c) for c in cells) or not any(c.startswith(("部会", "分科会")) or _is_chair_heading(c)
                                                                 for c in cells):
            continue
        if not any(c.startswith(("部会", "分科会")) for c in cells):
            columns.subcommittee = -1
        first_department = None
        for position, cell in enumerate(cells):
            heading = _DEPT_HEADING_RE.match(cell)
            if _is_number_heading(cell):
                columns.no = position
            elif _is_title_heading(cell):
                columns.title = position
            elif cell.startswith("事業内容") or cell == "概要":
                columns.description = position
            elif cell.startswith(("部会", "分科会")):
                columns.subcommittee = position
            elif _is_chair_heading(cell):
                columns.chair = position
            elif cell.startswith(("進捗状況", "実施状況")) or cell == "状況":
                columns.status = position
            elif cell == "分野" or (cell.endswith("分野") and len(cell) <= 4):
                columns.area = position
            elif cell in ("開始年度", "開始時期", "開始"):
                columns.start = position
            elif cell.startswith("実績"):
                # 実績・予定 beside a column of states: what was done or is planned, as text.
                columns.results = position
            elif heading:
                columns.departments.append(position)
                columns.municipalities.append(heading.group(1))
            elif cell.startswith(("担当部署", "担当課")) and first_department is None:
                first_department = position
        if first_department is None:
            first_department = max(columns.subcommittee, columns.chair) + 1
        named = {columns.no, columns.title, columns.status, columns.results, columns.subcommittee, columns.chair,
                 columns.area, columns.start}
        if columns.description in named and not any(c.startswith("事業内容") or c == "概要" for c in cells):
            # The shipped layout's place of 事業内容 holds another heading: this edition has none.
            columns.description = -1
        headed = bool(columns.municipalities)  # 担当部署（<name>） headings already named them
        header_end = index
        sub = [clean(c) for c in lines[index + 1].split("\t")] if index + 1 < len(lines) else []
        if sub and any(sub) and not _ROW_START_RE.match(sub[0]):
            header_end = index + 1
            for position, cell in enumerate(sub):
                # A Word table repeats a heading merged down over both rows: it names no sub-column.
                if not cell or (position < len(cells) and cell == cells[position]):
                    continue
                if cell.startswith("既に"):
                    columns.done = position
                elif "予定" in cell:
                    columns.planned = position
                elif year_label(nfkc(cell).replace(" ", "")) and not marks.MUNICIPALITY_RE.match(cell):
                    continue  # (a year under a merged 進捗 heading: a column of states by year, year_states.py)
                elif position >= first_department and not headed:
                    columns.departments.append(position)
                    columns.municipalities.append(cell)
        split = [c for j, c in enumerate(sub) if not (j < len(cells) and c == cells[j])]
        if columns.status >= 0 and not any(c.startswith("既に") or "予定" in c for c in split):
            # No sub-heading splits 進捗状況: its one column holds each project's state.
            columns.done = columns.planned = -1
        else:
            columns.status = -1
        taken = named | set(columns.departments)
        for name in ("done", "planned"):
            if getattr(columns, name) in taken - {getattr(columns, name)} or (
                    getattr(columns, name) in (columns.chair, columns.area, *columns.departments)):
                # (the shipped layout's place of 既に実施/予定 holds another heading: this edition has neither)
                setattr(columns, name, -1)
        return columns, header_end
    return columns, None


def _is_chair_heading(cell: str) -> bool:
    """The heading of a column naming each project's leading municipality (幹事町村, 幹事市)."""
    return bool(re.match(r"^幹事(?:市町村|町村|市村|市町|市|町|村|団体)?$", cell))


_NOTE_RE = re.compile(r"^\s*(?:※|\*|[(（]?注[)）\d１-９:：]|出典[:：])")


_PAGE_NUMBER_RE = re.compile(r"^\s*[-－—‐]\s*\d{1,3}\s*[-－—‐]\s*$")


def _rows(lines: list[str], header_end: int, width: int, no_column: int = 0) -> list[_Row]:
    """Data rows: a line whose number cell is a number starts a row; blank lines are skipped. (The number
    is the first cell but in an edition whose group heading, 分野, comes first.)

    A non-blank line that does not start with a number continues the previous row (a cell with
    an embedded line break); its cells are appended to that row's last non-empty cell.
    """
    rows: list[_Row] = []
    after_blank = False
    # (a table over a page break: the page's number 「- 1 -」 and the header printed again on the next page are
    # no part of the row above them)
    header = {lines[k].strip() for k in range(max(0, header_end - 2), header_end + 1) if "\t" in lines[k]}
    for index in range(header_end + 1, len(lines)):
        line = lines[index]
        if _PAGE_NUMBER_RE.match(line) or (line.strip() in header and "\t" in line):
            continue
        if not line.strip():
            after_blank = True
            continue
        cells = line.split("\t")
        if "\t" not in line and (_NOTE_RE.match(line) or (rows and after_blank)):
            # a note under the table (「※空欄は該当なし。」, or a paragraph after the table's end: 「実施状況：…」)
            # belongs to no row
            break
        after_blank = False
        match = _ROW_START_RE.match(cells[no_column]) if no_column < len(cells) else None
        if match:
            cells += [""] * (width - len(cells))
            rows.append(_Row(_row_code(match.group(1)), cells, index + 1, index + 1))
        elif rows:
            row = rows[-1]
            extra = " ".join(c.strip() for c in cells if c.strip())
            last = max((i for i, c in enumerate(row.cells) if c.strip()), default=0)
            row.cells[last] = f"{row.cells[last]} {extra}"
            row.end_line = index + 1
    return rows


def _row_code(printed: str) -> int | str:
    """A row's number as an int (3), or its code as printed, without spaces (K-01): the record's key."""
    code = re.sub(r"\s+", "", nfkc(printed))
    return int(code) if code.isdigit() else code.upper()


def is_subcommittee(cell: str) -> bool:
    return bool(_SUBCOMMITTEE_RE.match(cell.strip()))


def is_department(cell: str) -> bool:
    value = cell.strip()
    return bool(value) and not is_subcommittee(value) and bool(_DEPARTMENT_RE.search(value))


def parse_subcommittee(cell: str, table: _Table) -> tuple[str, str]:
    """'納税部会 16年度(岡山市) 17年度(倉敷市)' → ('納税部会', '岡山市(H16)・倉敷市(H17)')."""
    value = clean(cell)
    match = _SUBCOMMITTEE_RE.match(value)
    name = match.group(1) if match else value
    chairs = []
    for year, city in table.chair_re.findall(value[len(name):]):
        chairs.append((f"{city}({table.era}{int(year)})" if table.era else f"{city}({int(year)}年度)") if year else city)
    return name, "・".join(dict.fromkeys(chairs))


def _is_planned(state: str) -> bool:
    """A state of a 進捗状況 column that is a plan (今年度(R5)に実施予定)."""
    return "予定" in state


def _is_done(state: str) -> bool:
    """A state that says the project is carried out (既に実施, 実施済み, 完了); a state still to come
    (検討中, 協議中, …予定) is not, nor one that says neither."""
    return bool(re.search(r"既に|済|完了", state)) and not _NOT_YET.search(state)


_DATED = re.compile(r"^\s*(?:[HRSＨＲＳ]\s*\d{1,2}[.．/]\d{1,2}|(?:平成|令和|昭和)\s*\d{1,2}\s*年|(?:19|20)\d{2}\s*[年./])")
_NOT_YET = re.compile(r"協議中|検討中|調整中|準備中|予定|未実施|研究中|計画中")


def _place_tail(row: _Row, columns: _Columns, table: _Table) -> _Tail:
    tail = _Tail()
    count = len(table.municipalities)
    # Where each tail value sits: "subcommittee", or the slot (0, 1, …) of a municipality's column.
    positions: list[tuple[str | int, int]] = [("subcommittee", columns.subcommittee)] if columns.subcommittee >= 0 else []
    positions += list(enumerate(columns.departments))
    filled = [(name, clean(row.cells[index])) for name, index in positions if row.cells[index].strip()]
    # A dash in a municipality's column says it takes no part (「―」): no department, said in the notes.
    absent = [where for where, value in filled if isinstance(where, int) and _NONE_RE.match(value)]
    filled = [(where, value) for where, value in filled if where not in absent]
    for where in absent:
        tail.notes.append(f"{table.municipalities[where]}は参加していない（担当課の欄が「―」）")
    # A 部会 pushed into the 実施予定 column would otherwise be read as progress text.
    planned = clean(row.cells[columns.planned]) if columns.planned >= 0 else ""
    if is_subcommittee(planned) and len(planned) < 40 and not any(is_subcommittee(v) for _, v in filled):
        filled.insert(0, ("planned", planned))
        row.cells[columns.planned] = ""
        tail.notes.append("部会名称が実施予定欄に記載されているため部会名称として扱った")
        # One progress cell was lost: the one left says which it is. A dated record of what was done
        # (H18.06.15 …) is 既に実施; a state still to come (協議中, 検討中, …予定) is 今年度の予定.
        lone = clean(row.cells[columns.done])
        if lone and not _DATED.match(lone) and _NOT_YET.search(lone):
            row.cells[columns.planned], row.cells[columns.done] = row.cells[columns.done], ""
            tail.notes.append(f"進捗状況の欄が一つ欠けているため、「{lone}」を今年度の実施予定として扱った")

    subcommittees = [(name, value) for name, value in filled if is_subcommittee(value)]
    departments = [(name, value) for name, value in filled if not is_subcommittee(value)]

    if subcommittees:
        where, value = subcommittees[0]
        tail.subcommittee, tail.chair_city = parse_subcommittee(value, table)
        if where != "subcommittee":
            tail.notes.append(f"部会名称「{tail.subcommittee}」が担当部署の欄に記載されている（列ずれ）")
        for _, extra in subcommittees[1:]:
            tail.notes.append(f"部会名称らしい値が複数ある: 「{extra}」")
    elif columns.subcommittee >= 0:
        tail.notes.append("部会名称の記載なし（表の結合セルが失われた可能性）")
    aligned = not subcommittees or subcommittees[0][0] == "subcommittee"

    for _, value in departments:
        if not is_department(value):
            tail.notes.append(f"担当部署として扱ったが部署名の形ではない値: 「{value}」")

    slots = [where for where, _ in departments]
    if absent and departments and all(isinstance(s, int) for s in slots):
        # Each remaining department in its municipality's own column: placed by it.
        for slot, value in departments:
            tail.departments[slot] = value
    elif len(departments) >= count:
        # Shifts move cells but keep their order: the header's municipalities, left to right; a
        # surplus value belongs with the last one (a department split over two cells).
        for slot, (_, value) in enumerate(departments[:count - 1]):
            tail.departments[slot] = value
        tail.departments[count - 1] = " ".join(value for _, value in departments[count - 1:])
        if slots[:count] != list(range(count)):
            tail.notes.append(f"担当部署が列ずれしているため、記載順（{table.names(range(count))}）で割り当てた")
    elif departments and aligned and all(isinstance(s, int) for s in slots):
        # Fewer departments than municipalities, each in a municipality's own column: the others are blank.
        for slot, value in departments:
            tail.departments[slot] = value
        blank = table.names(s for s in range(count) if s not in tail.departments)
        if len(departments) == 1:
            tail.notes.append(f"{blank}の担当部署欄は空欄（「{departments[0][1]}」は記載列の位置から"
                              f"{table.municipalities[slots[0]]}の部署とした）")
        else:
            placed = "、".join(f"「{value}」は{table.municipalities[slot]}" for slot, value in departments)
            tail.notes.append(f"{blank}の担当部署欄は空欄（記載列の位置から{placed}の部署とした）")
    elif departments:
        tail.uncertain = [_Uncertain(value, where if isinstance(where, int) else 0) for where, value in departments]
    else:
        tail.notes.append("担当部署の記載なし")
    return tail


def _certain_departments(rows: list[_Row], tails: list[_Tail]) -> dict[str, dict[int, int]]:
    """Department name → {municipality slot: first line} from rows where the municipality is not in doubt."""
    evidence: dict[str, dict[int, int]] = {}
    for row, tail in zip(rows, tails):
        for slot, name in sorted(tail.departments.items()):
            if name:
                evidence.setdefault(name, {}).setdefault(slot, row.line)
    return evidence


def _resolve_uncertain(row: _Row, tail: _Tail, uncertain: _Uncertain, evidence: dict[str, dict[int, int]],
                       table: _Table, key: str, source: str, doc: ParsedDocument) -> None:
    value = uncertain.value
    names = table.municipalities
    free = [slot for slot in range(len(names)) if slot not in tail.departments]
    known = evidence.get(value, {})
    if len(known) == 1 and next(iter(known)) in free:
        where, evidence_line = next(iter(known.items()))
        reason = f"同じ部署名が{evidence_line}行目で{names[where]}の担当部署として記載されているため{names[where]}とした"
        values = (
            SourceValue(names[where], "same_name_elsewhere", evidence_line),
            SourceValue(names[uncertain.column], "column_position", row.line),
        )
    else:
        # Its own column if no other department of the row took it, else the first one left.
        where = uncertain.column if uncertain.column in free else free[0]
        reason = f"記載されている列の位置から{names[where]}とした"
        values = (SourceValue(names[where], "column_position", row.line),
                  *(SourceValue(names[other], "shifted_column", row.line) for other in range(len(names)) if other != where))
    tail.departments[where] = value
    note = f"担当部署「{value}」が{table.which}の部署か、列ずれのため行からは判別できない。{reason}（不確か）"
    tail.notes.append(note)
    doc.conflicts.append(Conflict(key, "department_city", names[where], values, source, note=note))


# --- an edition written as labelled blocks, one per project -----------------------------------------
# 「【3】消防指令業務の共同運用」 opens a project; lines 「事業内容：…」「進捗状況：…」「部会：防災部会（部会長市：福山市）」
# 「担当部署：福山市 消防局指令課／尾道市 消防本部警防課」 follow, in any order. Each municipality's
# department is named beside it on the one line; a dash (―) says it has none.
_BLOCK_HEAD_RE = re.compile(r"^\s*[【\[［]\s*(\d{1,3})\s*[】\]］]\s*(\S.*)$")
_LABEL_LINE_RE = re.compile(r"^\s*([^\s:：]{2,8})\s*[:：]\s*(.*)$")
_BLOCK_LABELS = {"事業内容": "description", "内容": "description", "進捗状況": "status", "進捗": "status",
                 "部会": "subcommittee", "部会名": "subcommittee", "部会名称": "subcommittee",
                 "担当部署": "departments", "担当課": "departments", "実績・予定": "results", "実績": "results"}
_NONE_RE = re.compile(r"^[―—－\-ー・]*$")
_PER_CITY_RE = re.compile(r"^(\S+?[都道府県市町村区])\s+(\S.*)$")


def _blocks(lines: list[str], at_least: int) -> list[tuple[int, int, str, dict[str, tuple[str, int]]]]:
    """(no, 0-based line, title, label → (value, 1-based line)) of each labelled block; [] unless at least
    `at_least` blocks each name their departments and their 部会 (what makes them joint projects)."""
    out = []
    current: dict[str, tuple[str, int]] | None = None
    for i, line in enumerate(lines):
        text = nfkc(line).strip()
        head = _BLOCK_HEAD_RE.match(text) if "\t" not in line else None
        if head:
            current = {}
            out.append((int(head.group(1)), i, clean(head.group(2)), current))
            continue
        labelled = _LABEL_LINE_RE.match(text) if current is not None else None
        if labelled and labelled.group(1) in _BLOCK_LABELS:
            current.setdefault(_BLOCK_LABELS[labelled.group(1)], (clean(labelled.group(2)), i + 1))
    full = [b for b in out if "departments" in b[3] and "subcommittee" in b[3]]
    return out if len(full) >= at_least and len(full) == len(out) else []


def _per_city(text: str) -> list[tuple[str, str]]:
    """「福山市 中央図書館／尾道市 ―」 → [(福山市, 中央図書館), (尾道市, "")]."""
    out = []
    for part in re.split(r"\s*[／/]\s*", text):
        match = _PER_CITY_RE.match(clean(part))
        if match:
            department = clean(match.group(2))
            out.append((match.group(1), "" if _NONE_RE.match(department) else department))
    return out


def _parse_blocks(lines: list[str], source: str) -> ParsedDocument:
    blocks = _blocks(lines, 2)
    municipalities: list[str] = []
    for *_, values in blocks:
        for city, _ in _per_city(values["departments"][0]):
            if city not in municipalities:
                municipalities.append(city)
    if len(municipalities) < 2:
        raise DocumentError(source, "連携事業の担当部署に市町村名が二つ以上見つかりません", blocks[0][1] + 1)
    current = _current_year(lines)
    table = _Table(municipalities, current[:1] or _first_era("\n".join(lines)))
    doc = ParsedDocument(kind=KIND, title=_title(lines, table))
    for no, start, title, values in blocks:
        key = f"{RECORD_KIND}:{no}"
        last = max([start + 1] + [line for _, line in values.values()])
        status = values.get("status", ("", 0))[0]
        subcommittee, chair = parse_subcommittee(values["subcommittee"][0], table)
        named = dict(_per_city(values["departments"][0]))
        departments = {city: named.get(city, "") for city in municipalities}
        notes = [f"{city}の担当部署の記載なし" for city, dept in departments.items() if not dept]
        fields = {
            "no": no,
            "title": title,
            "description": values.get("description", ("", 0))[0],
            "done": status if _is_done(status) else "",
            "planned": status if _is_planned(status) else "",
            "status": status,
            "results": values.get("results", ("", 0))[0],
            "subcommittee": subcommittee,
            "chair_city": chair,
            "departments": departments,
            "notes": notes,
        }
        doc.records.append(Record(RECORD_KIND, str(no), fields, source, start + 1, last))
        for name in _PASSAGE_FIELDS:
            if fields.get(name):
                doc.passages.append(Passage(key, name, fields[name], source, values.get(name, ("", start + 1))[1]))
        for department in departments.values():
            if department:
                doc.passages.append(Passage(key, "departments", department, source, values["departments"][1]))
    return doc
