"""A plan report whose items stand in ONE table of one header row, each year's grade in a column the year heads
itself (施策番号 │ 施策名 │ 担当課 │ 目標 │ Ｒ５進捗 │ Ｒ６進捗 │ 備考), the header printed again over each page the
table runs onto; the items coded <group>-(<n>) or <group>-<n> (「1-(1)」, 「2-4」), so that the code's first number
is the group the item stands under; grades as marks of the document's own legend (◎○△×) or letters, a dash for a
year not assessed (no grade).

After it a table may score the groups themselves (基本方針 │ 名称 │ 令和５年度 │ 令和６年度, rows 1–4 with A/B/C):
its first head is the groups' word, its rows the numbers the items' codes begin with. Each group is then an
initiative record under its number, named as that table names it, its grade of each year under the year's field.

Known by the shape — a code column, a name column, two year columns or more whose cells are all grades, codes
that begin with a group number — never by the document's words."""
from __future__ import annotations

import re

from assistant.kinds.plan_report.cells import cells, departments, grade, legend_scale
from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc, no_spaces
from assistant.text.wareki import label_field, label_fiscal_year, year_label

# 「施策番号」「取組番号」「番号」「No.」 (NFKC, no spaces)
_CODE_HEAD_RE = re.compile(r"^(?:\S{0,4}番号|No\.?|項番|コード)$")
# 「施策名」「取組名」「事業名」「具体的施策」「項目」
_NAME_HEAD_RE = re.compile(r"^(?:\S{0,6}名|\S{0,4}(?:施策|取組|項目|事業)(?:内容)?|内容)$")
_DEPT_HEADS = ("所管", "所管課", "担当課", "担当部署", "所管部署", "担当", "担当部局")
_REMARK_HEADS = ("備考", "特記事項")
_TARGET_HEADS = ("目標", "目標値", "数値目標")
# A year heading its own grade column with the grade's word (「Ｒ５進捗」「令和6年度評価」). (A bare year, 「Ｒ５」 │
# 「Ｒ６」, heads a table of graded headings that stays a table of rows: tests/questions/made121.)
_YEAR_HEAD_RE = re.compile(r"^(?P<year>(?:令和|平成|R|H)(?:\d{1,2}|元)(?:年度)?|(?:19|20)\d{2}(?:年度)?)"
                           r"の?(?:進捗|進捗状況|進捗評価|評価|達成度|達成状況|自己評価)$")
# The groups' table heads its years bare (令和５年度 │ 令和６年度).
_GROUP_YEAR_RE = re.compile(r"^(?P<year>(?:令和|平成|R|H)(?:\d{1,2}|元)(?:年度)?|(?:19|20)\d{2}(?:年度)?)"
                            r"(?:の?(?:進捗|進捗状況|進捗評価|評価|達成度|達成状況|自己評価|総合評価))?$")
# 「1-(1)」「2-4」 (NFKC): the group's number, then the item's own
_ITEM_CODE_RE = re.compile(r"^(?P<group>\d{1,2})-(?:\(\d{1,2}\)|\d{1,2})$")
# The first head of the groups' own table (「基本方針」「重点項目」「施策の柱」), read in NFKC without spaces.
_GROUP_HEAD_RE = re.compile(r"^\S{0,6}?(?:方針|項目|分野|目標|の柱|政策|施策)(?:番号|No\.?)?$")


def _heads(line: str) -> list[str]:
    return [no_spaces(nfkc(c)) for c in cells(line)]


def _item_header(line: str) -> dict | None:
    """The columns of an item table's header (code, name, years by column, department, remarks, target)."""
    if "\t" not in line:
        return None
    head = _heads(line)
    code = next((j for j, c in enumerate(head) if _CODE_HEAD_RE.match(c)), -1)
    name = next((j for j, c in enumerate(head) if j > code and _NAME_HEAD_RE.match(c)), -1)
    years = {j: label for j, c in enumerate(head) if (m := _YEAR_HEAD_RE.match(c))
             for label in [year_label(m.group("year"))] if label}
    if code != 0 or name < 0 or len(years) < 2 or min(years) < name or len(set(years.values())) != len(years):
        return None
    return {"head": head, "code": code, "name": name, "years": years,
            "dept": next((j for j, c in enumerate(head) if c in _DEPT_HEADS), -1),
            "remarks": next((j for j, c in enumerate(head) if c in _REMARK_HEADS), -1),
            "target": next((j for j, c in enumerate(head) if c in _TARGET_HEADS), -1)}


def _table(lines: list[str]) -> tuple[dict, list[tuple[int, list[str]]], int] | None:
    """The item table's header, its rows (line, cells) and the line after its last row; None unless found."""
    scale = legend_scale(lines)
    for i, line in enumerate(lines):
        found = _item_header(line)
        if found is None:
            continue
        rows: list[tuple[int, list[str]]] = []
        end = i + 1
        for k in range(i + 1, len(lines)):
            if "\t" not in lines[k]:
                continue  # (a page's footer and running head, a note under a row)
            if _heads(lines[k]) == found["head"]:
                continue  # (the header again over the next page)
            row = cells(lines[k])
            code = no_spaces(nfkc(row[0]))
            if not _ITEM_CODE_RE.match(code):
                break
            if any(grade(row[j] if j < len(row) else "", scale) is None for j in found["years"]):
                return None
            rows.append((k, row))
            end = k + 1
        codes = [no_spaces(nfkc(r[0])) for _, r in rows]
        if len(rows) < 3 or len(set(codes)) != len(codes):
            return None
        found["scale"] = scale
        return found, rows, end
    return None


def detect(text: str) -> bool:
    if "\t" not in text or "番号" not in text and "No" not in text:
        return False
    return _table(text.splitlines()) is not None


def _groups(lines: list[str], start: int, numbers: set[str]) -> tuple[str, dict[str, tuple[int, str, dict[str, str]]]]:
    """The groups' own table after the items (its word, and by number: line, name, grade by year label)."""
    for i in range(start, len(lines)):
        if "\t" not in lines[i]:
            continue
        head = _heads(lines[i])
        if not _GROUP_HEAD_RE.match(head[0]) or len(head) < 3:
            continue
        years = {j: label for j, c in enumerate(head) if (m := _GROUP_YEAR_RE.match(c))
                 for label in [year_label(m.group("year"))] if label}
        name = 1 if 1 not in years else -1
        out: dict[str, tuple[int, str, dict[str, str]]] = {}
        for k in range(i + 1, len(lines)):
            if "\t" not in lines[k]:
                break
            row = cells(lines[k])
            no = no_spaces(nfkc(row[0]))
            if no not in numbers:
                break
            marks = {label: no_spaces(nfkc(row[j])) for j, label in years.items() if j < len(row)}
            out[no] = (k, clean(row[name]) if name >= 0 and name < len(row) else "", marks)
        if out:
            return re.sub(r"(?:番号|No\.?)$", "", head[0]), out
    return "", {}


def parse(lines: list[str], source: str, title: str) -> ParsedDocument:
    found = _table(lines)
    assert found is not None  # detect() found it
    layout, rows, end = found
    doc = ParsedDocument(kind="plan_report", title=title)
    numbers = {_ITEM_CODE_RE.match(no_spaces(nfkc(r[0]))).group("group") for _, r in rows}
    word, groups = _groups(lines, end, numbers)
    labels = sorted(layout["years"].values(), key=label_fiscal_year)
    members: dict[str, list[str]] = {}
    # What the document calls its items: the name column's head without 名 (施策名 → 施策), as users say it.
    name_head = layout["head"][layout["name"]]
    called = re.sub(r"(?:内容|名称|名)$", "", name_head) or name_head

    def cell(row: list[str], j: int) -> str:
        return clean(row[j]) if 0 <= j < len(row) else ""

    for at, row in rows:
        code = no_spaces(nfkc(row[0]))
        group = _ITEM_CODE_RE.match(code).group("group")
        name = cell(row, layout["name"])
        fields: dict = {"code": code, "title": name, "departments": departments(cell(row, layout["dept"])),
                        "initiative": group, "initiative_title": groups.get(group, (0, "", {}))[1],
                        "themes": [], "tags": [], "ended": "", "ended_month": "", "state": ""}
        if called:
            fields["called"] = called
        if cell(row, layout["remarks"]):
            fields["remarks"] = cell(row, layout["remarks"])
        if cell(row, layout["target"]):
            fields["goal"] = cell(row, layout["target"])
        graded = []
        for j, label in layout["years"].items():
            own = grade(row[j] if j < len(row) else "", layout["scale"]) or ""
            fields[label_field(label)] = own
            if own and own != "-":
                graded.append(label)
                doc.records.append(Record("grade", f"{code}-{label}", {"practice": code, "year": label,
                                          "fiscal_year": label_fiscal_year(label), "grade": own}, source, at + 1))
        graded.sort(key=label_fiscal_year)
        if graded and graded[0] != labels[0]:
            fields["started"] = graded[0]  # (a dash before its first grade: the item began during the plan)
        doc.records.append(Record("practice", code, fields, source, at + 1))
        doc.passages.append(Passage(f"practice:{code}", "title", name, source, at + 1))
        if fields.get("remarks"):
            doc.passages.append(Passage(f"practice:{code}", "remarks", fields["remarks"], source, at + 1))
        members.setdefault(group, []).append(code)
    for no in sorted(members, key=int):
        at, name, marks = groups.get(no, (rows[0][0], "", {}))
        fields = {"no": no, "title": name, "themes": [], "n_practice": len(members[no])}
        if word:
            fields["called"] = word
        for label, mark in marks.items():
            fields[label_field(label)] = mark
        doc.records.append(Record("initiative", no, fields, source, at + 1))
        if name:
            doc.passages.append(Passage(f"initiative:{no}", "title", name, source, at + 1))
    return doc
