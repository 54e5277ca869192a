"""A plan report's workbook laid out ONE sheet per fiscal year (R9, R10 …): each sheet a title naming its year
(「…取組状況（令和9年度）」), maybe a legend line (「◎＝計画以上 ○＝計画どおり …」), a header naming the item's code, its
name, its department and the year's grade (取組コード │ 取組名 │ 担当課 │ 評価 │ 備考, in any order), and one row per
item graded that year, under group rows naming the items' group (「基本方針1（A） デジタル行政の推進」); maybe a
closing summary sheet (総括) whose header names the item's code and its final grade or the year it ended
(取組コード │ 取組名 │ 担当課（最終） │ 最終評価 │ 終了年度).

Each item is one practice record under the code it prints; its grade of each sheet's year under that year's
field (r9 …), '' for a year whose sheet has no row of it (not yet added, or already ended: no grade of the
scale); its department of each year (r9_dept …: a department that moves is asked by the year); its first
year when a sheet before it has no row (started); the summary's final grade (final_grade) and end year
(ended: the year as printed, 「R11」; its cell kept as printed in `state`, 継続 for an item that goes on).
An item the summary does not list but whose last row's 備考 says it ended (「本年度で取組終了」) ended that year.
The groups are the items' initiatives, numbered as printed, named as the document names them (基本方針).

The layout is known by its shape — two sheets or more, each a title with a fiscal year over a header of a code,
a name and a grade column, with rows whose grades are marks of one scale — never by the document's words."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.kinds.plan_report.cells import cells, departments, grade, legend_scale
from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc, no_spaces
from assistant.text.wareki import label_field, label_fiscal_year, year_label

# 「…取組状況（令和9年度）」: a sheet's title, its fiscal year in it (和暦 or 西暦).
_YEAR_IN_TITLE_RE = re.compile(r"(?:令和|平成)\s*(?:\d{1,2}|元)\s*年度|(?:19|20)\d{2}\s*年度")
# 「基本方針1（A） デジタル行政の推進」: a group row (its word, its number, maybe a letter in brackets, its name).
_GROUP_RE = re.compile(r"^(?P<word>\S{0,6}?(?:方針|分野|施策|目標|の柱|項目|政策))\s*(?P<no>\d{1,2})\s*"
                       r"(?:[(（]\s*(?P<letter>[A-Za-z])\s*[)）])?\s+(?P<title>\S.{0,50})$")
# An item's code: 「A-1-2」, 「1-2」, 「12」, 「2-(1)」 (its last part in brackets, as printed).
_CODE_RE = re.compile(r"^(?:[A-Za-z]{1,2}-?)?\d{1,2}(?:-(?:\d{1,2}|\(\d{1,2}\))){0,2}$")
# A group column's cell 「Ⅰ 確かな学力の育成」「1 デジタル行政の推進」: its number (maybe a Roman numeral) and its name.
_GROUP_CELL_RE = re.compile(r"^(?P<no>[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,3}|[IVX]{1,4}|\d{1,2})[\s.．、]+(?P<title>\S.{0,50})$")
# A group column's head: 「基本方針」「政策」「分野」 (the word the document calls its groups).
_GROUP_HEADS = ("基本方針", "方針", "政策", "分野", "基本目標", "施策の柱", "柱")
# The figures of a year a sheet's row may print (its indicator of that year, and the year's amount).
_FIGURE_HEADS = {"indicator": ("指標名", "成果指標名", "指標", "成果指標", "活動指標"), "unit": ("単位",),
                 "goal": ("目標値", "目標"), "actual": ("実績値", "実績"), "rate": ("達成率", "達成度（％）", "達成率（％）"),
                 "amount": ("決算額", "事業費", "予算額", "決算")}
# A 備考 saying the item ended that year (「本年度で取組終了」, 「今年度をもって終了」).
_AMOUNT_UNITS = ("円", "千円", "万円", "百万円")
_ENDED_NOTE_RE = re.compile(r"(?:本年度|今年度|当年度)(?:で|をもって|にて)\S{0,4}(?:終了|完了|廃止)")
# A note's line: 「（注１）…」「注）…」「※…」.
_NOTE_LINE_RE = re.compile(r"^\s*(?:[(（]\s*注\s*\d*\s*[)）]|注\s*\d*\s*[)）:：]|※|\*)")
_NAME_HEADS = ("取組名", "項目名", "事業名", "名称", "取組内容", "施策名", "事務事業名")
_DEPT_HEADS = ("担当課", "所管課", "担当部署", "所管部署", "担当", "所管")
_NOTE_HEADS = ("備考",)
_FINAL_HEADS = ("最終評価", "総合評価", "最終年度の評価")
_END_HEADS = ("終了年度", "完了年度", "取組終了")


@dataclass
class Table:
    title_line: int  # 0-based
    year: str  # the sheet's year label (R9), '' for the summary
    columns: dict[str, int]
    rows: list[tuple[int, list[str], tuple[str, str, str, int] | None]] = field(default_factory=list)
    group_word: str = ""  # the head of a column naming each row's group (基本方針)


def _columns(row: list[str]) -> dict[str, int] | None:
    head = [no_spaces(nfkc(c)) for c in row]

    def find(words: tuple[str, ...], prefix: bool = False) -> int:
        exact = next((j for j, c in enumerate(head) if c in words), -1)
        if exact >= 0 or not prefix:
            return exact
        return next((j for j, c in enumerate(head) if any(c.startswith(w) for w in words)), -1)

    code = next((j for j, c in enumerate(head) if c.endswith(("コード", "番号", "No.", "No")) and len(c) <= 8), -1)
    columns = {"code": code, "name": find(_NAME_HEADS), "dept": find(_DEPT_HEADS, prefix=True),
               "grade": find(("評価", "進捗評価", "達成度")), "note": find(_NOTE_HEADS),
               "final": find(_FINAL_HEADS), "end": find(_END_HEADS)}
    if code < 0 or columns["name"] < 0:
        return None
    columns["group"] = find(_GROUP_HEADS)
    for key, words in _FIGURE_HEADS.items():
        # (「達成率（％）」「決算額（千円）」: the head with its unit in brackets)
        columns[key] = next((j for j, c in enumerate(head) if re.sub(r"[(（][^)）]*[)）]$", "", c) in words), -1)
    # (「決算額（千円）」: the unit the amounts are printed in, for an amount said in yen or 億円)
    unit = re.search(r"[(（](?:単位[:：])?\s*(千円|百万円|万円|円)\s*[)）]$", head[columns["amount"]]) if columns["amount"] >= 0 else None
    columns["amount_unit"] = _AMOUNT_UNITS.index(unit.group(1)) if unit else -1
    if columns["grade"] < 0 and columns["final"] < 0 and columns["end"] < 0:
        return None
    return columns


def _cell(row: list[str], j: int) -> str:
    return clean(row[j]) if 0 <= j < len(row) else ""


def _tables(lines: list[str]) -> list[Table]:
    tables: list[Table] = []
    title_at, title = -1, ""
    current: Table | None = None
    group: tuple[str, str, str, int] | None = None
    for i, line in enumerate(lines):
        if "\t" not in line:
            text = clean(line)
            said = _GROUP_RE.match(nfkc(text)) if text else None
            if current is not None and said:
                group = (said.group("word"), str(int(said.group("no"))), clean(said.group("title")), i)
                continue
            if text:
                if current is not None and current.rows:
                    current = None  # (text after the rows closes the table)
                    title_at, title = -1, ""
                if _NOTE_LINE_RE.match(nfkc(text)):
                    continue  # (a note under a sheet's rows, 「（注３）令和５年度から…」, is no title of the next)
                if title_at < 0 or not _YEAR_IN_TITLE_RE.search(nfkc(title)):
                    title_at, title = i, text  # (the sheet's title: the first line naming a year, a legend below it)
            continue
        row = cells(line)
        columns = _columns(row)
        if columns is not None and current is not None and not current.rows and tables and tables[-1] is current:
            # (a header of two rows, 「成果指標」 merged over 指標名│単位│目標値…: the second names the columns under it)
            for key, j in columns.items():
                if j >= 0 and (current.columns.get(key, -1) < 0 or key not in ("code", "name")):
                    current.columns[key] = j
            continue
        if columns is not None:
            year = ""
            if columns["grade"] >= 0 and title_at >= 0:
                found = _YEAR_IN_TITLE_RE.search(nfkc(title))
                year = (year_label(no_spaces(found.group(0))) or "") if found else ""
            current, group = Table(title_at, year, columns), None
            if columns["group"] >= 0:
                current.group_word = no_spaces(nfkc(row[columns["group"]]))
            title_at, title = -1, ""
            tables.append(current)
            continue
        if current is None:
            continue
        code = nfkc(_cell(row, current.columns["code"])).strip()
        if _CODE_RE.match(code):
            said = _GROUP_CELL_RE.match(nfkc(_cell(row, current.columns.get("group", -1))))
            if said:  # (a column naming each row's group, merged down over its rows)
                group = (current.group_word, _roman(said.group("no")), clean(said.group("title")), i)
            current.rows.append((i, row, group))
    return tables


def _number(text: str) -> float | int | None:
    """A figure as printed (「18,420」「66.2」), None for a cell of no figure."""
    value = nfkc(text or "").replace(",", "").strip()
    if not re.fullmatch(r"-?\d+(?:\.\d+)?", value):
        return None
    return float(value) if "." in value else int(value)


def _roman(no: str) -> str:
    """A group's number as a question types it (nfkc: Ⅲ is III), a number without its leading zero."""
    return str(int(no)) if no.isdigit() else no


def _shape(lines: list[str]) -> tuple[list[Table], Table | None, tuple[str, ...]]:
    """(the year sheets, the summary, the scale); ([], None, ()) when the text is no such workbook."""
    tables = _tables(lines)
    scale = legend_scale(lines)
    years = [t for t in tables if t.year and t.columns["grade"] >= 0 and len(t.rows) >= 3]
    if len(years) < 2 or len({t.year for t in years}) < len(years):
        return [], None, ()
    for table in years:
        marks = [nfkc(_cell(r, table.columns["grade"])).strip() for _, r, _ in table.rows]
        if not all(grade(m, scale) is not None for m in marks if m):
            return [], None, ()
        if len({_cell(r, table.columns["code"]) for _, r, _ in table.rows}) < len(table.rows):
            return [], None, ()
    summary = next((t for t in tables if not t.year and (t.columns["final"] >= 0 or t.columns["end"] >= 0)
                    and t.rows), None)
    return years, summary, scale


def detect(text: str) -> bool:
    if "年度" not in text or "\t" not in text:
        return False
    years, _, _ = _shape(text.splitlines())
    return bool(years)


def parse(lines: list[str], source: str, title: str) -> ParsedDocument:
    years, summary, scale = _shape(lines)
    years.sort(key=lambda t: label_fiscal_year(t.year))
    labels = [t.year for t in years]
    doc = ParsedDocument(kind="plan_report", title=title)
    items: dict[str, dict] = {}
    groups: dict[str, dict] = {}
    header = [no_spaces(nfkc(c)) for c in cells(lines[next(i for i in range(len(lines)) if "\t" in lines[i]
                                                          and _columns(cells(lines[i])) is not None)])]
    code_head = next((c for c in header if c.endswith(("コード", "番号", "No.", "No"))), "")
    called = code_head[:-3] if code_head.endswith("コード") else code_head[:-2] if code_head.endswith("番号") else ""
    for table in years:
        cols = table.columns
        for at, row, group in table.rows:
            code = nfkc(_cell(row, cols["code"])).strip()
            item = items.setdefault(code, {"first": at, "last": at, "years": {}, "depts": {}, "notes": [],
                                           "name": "", "group": None, "ended": ""})
            item["last"] = max(item["last"], at)
            item["name"] = _cell(row, cols["name"]) or item["name"]
            mark = nfkc(_cell(row, cols["grade"])).strip()
            item["years"][table.year] = (grade(mark, scale) or "", at)
            dept = _cell(row, cols["dept"])
            if dept:
                item["depts"][table.year] = dept
            note = _cell(row, cols["note"])
            if note:
                item["notes"].append(f"{table.year}: {note}")
                if _ENDED_NOTE_RE.search(no_spaces(nfkc(note))):
                    item["ended"] = table.year
            if group is not None:
                item["group"] = group
            figures = {key: _cell(row, cols.get(key, -1)) for key in _FIGURE_HEADS}
            if any(figures.values()):
                if cols.get("amount_unit", -1) >= 0:
                    figures["amount_unit"] = _AMOUNT_UNITS[cols["amount_unit"]]
                item.setdefault("figures", {})[table.year] = (figures, at)
    finals: dict[str, tuple[str, str, str, int]] = {}
    if summary is not None:
        cols = summary.columns
        for at, row, _ in summary.rows:
            code = nfkc(_cell(row, cols["code"])).strip()
            finals[code] = (nfkc(_cell(row, cols["final"])).strip(), _cell(row, cols["end"]), _cell(row, cols["dept"]), at)
    for code, item in items.items():
        word, group_no, group_title, group_at = item["group"] or ("", "", "", -1)
        last_year = max(item["depts"], key=label_fiscal_year) if item["depts"] else ""
        final, end_cell, final_dept, final_at = finals.get(code, ("", "", "", -1))
        dept = final_dept or (item["depts"][last_year] if last_year else "")
        fields: dict = {"code": code, "title": item["name"], "departments": departments(dept) if dept else [],
                        "initiative": group_no, "initiative_title": group_title, "themes": [], "tags": [],
                        "ended": item["ended"], "ended_month": "", "called": called}
        first = min(item["years"], key=label_fiscal_year)
        if first != labels[0]:
            fields["started"] = first
            fields["tags"] = ["新規"]  # (added during the plan: the executor's 「追加された」 reads this tag)
        for label in labels:
            own, at = item["years"].get(label, ("", -1))
            fields[label_field(label)] = own
            if label in item["depts"]:
                fields[f"{label_field(label)}_dept"] = departments(item["depts"][label])
            if label in item["years"]:
                doc.records.append(Record("grade", f"{code}-{label}", {"practice": code, "year": label,
                                          "fiscal_year": label_fiscal_year(label), "grade": own}, source, at + 1))
        for label, (figures, at) in sorted(item.get("figures", {}).items(), key=lambda f: label_fiscal_year(f[0])):
            # (a sheet's row printing the item's indicator of that year, its target, result and rate, and the year's
            # amount: a part of the item for that year, as a measure sheet's years are read)
            doc.records.append(Record("sheet_value", f"{code}-{label}", {
                "practice": code, "year": label, "indicator": figures["indicator"], "unit": figures["unit"],
                "goal": _number(figures["goal"]), "actual": _number(figures["actual"]),
                "rate": _number(figures["rate"]), "rate_text": figures["rate"],
                "goal_text": figures["goal"], "actual_text": figures["actual"],
                "grade": item["years"].get(label, ("", -1))[0]}, source, at + 1))
            if _number(figures["amount"]) is not None:
                fields.setdefault("costs_by_year", {})[label] = {"total_cost": _number(figures["amount"])}
                if figures.get("amount_unit"):
                    fields["cost_unit"] = figures["amount_unit"]
            if figures["indicator"]:
                fields["indicator"] = figures["indicator"]  # (the latest year's)
        if item["notes"]:
            fields["remarks"] = "；".join(item["notes"])
        if final and grade(final, scale):
            fields["final_grade"] = grade(final, scale)
        if end_cell:
            fields["state"] = end_cell
            ended = year_label(no_spaces(nfkc(end_cell)))
            if ended:
                fields["ended"] = ended
        doc.records.append(Record("practice", code, fields, source, item["first"] + 1, item["last"] + 1))
        doc.passages.append(Passage(f"practice:{code}", "title", item["name"], source, item["first"] + 1))
        if group_no:
            entry = groups.setdefault(group_no, {"title": group_title, "word": word, "line": group_at + 1,
                                                 "codes": set()})
            entry["codes"].add(code)
    for no, entry in groups.items():
        doc.records.append(Record("initiative", no, {"no": no, "title": entry["title"], "themes": [],
                                                     "n_practice": len(entry["codes"]), "called": entry["word"]},
                                  source, entry["line"]))
        doc.passages.append(Passage(f"initiative:{no}", "title", entry["title"], source, entry["line"]))
    return doc
