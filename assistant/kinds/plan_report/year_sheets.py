"""Progress sheets laid out as one table of years (an edition's 進捗状況シート in a Word document):
each sheet opens with 「実践項目 4 <title>」, states 担当部署 and 取組項目 as labelled values (maybe
取組終了 too), then one row per fiscal year under a header naming its columns —
年度│取組内容│自己評価│評価の理由│取組上の課題 in any order, some maybe absent.

The sheets are read into the same Sheet the two-page layout gives (sheets.py), so that linking and
reconciling them with the lists is shared: a year's 自己評価 is the grade of that year, its 評価の理由
the reason for that grade, its 取組内容 the year's entries (①②… renumbered through the sheet, as
the two-page layout numbers them), its 取組上の課題 the year's challenge."""
from __future__ import annotations

import re

from assistant.kinds.plan_report.cells import CODE_RE, SCORE_FIELDS, cells, departments, grade, split_title
from assistant.kinds.plan_report.sheets import Challenge, Entry, SelfEval, Sheet
from assistant.text.normalize import clean, nfkc, no_spaces
from assistant.text.wareki import era_year, fy_label, label_field, year_label

# 「実践項目 4 RPAによる定型業務の自動化」 (or 「実践項目No.4 …」), a line of its own (a list's header row has tabs).
# The sheet's name may open the line (「【進捗状況シート】実践項目16 RPAの導入」).
HEAD_RE = re.compile(r"^(?:【進捗状況シート】\s*)?実践項目\s*(?:No\.?\s*)?(N?\d{1,2}|\d{1,2}-\d{1,2})\s+(\S.*)$")
# (an edition calling its initiatives 取組 alone states 「取組：1」)
_INITIATIVE_RE = re.compile(r"取組(?:項目)?(?:No\.?)?\s*[:：]\s*(\d{1,2})")
_DEPARTMENTS_RE = re.compile(r"担当(?:部署|課)\s*[:：]\s*(\S+)")
_ENDED_RE = re.compile(r"取組終了\s*[:：]\s*(令和|平成)\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月")
# A web page's contact footer (「お問い合わせ：…推進室」) after the last sheet: no note of it.
_CONTACT_RE = re.compile(r"^(?:お|御)?問(?:い)?合(?:わ)?せ")
# An entry of the 取組内容 cell: ①…, ②… (each maybe closing with (新)/(継)).
_ENTRY_SPLIT_RE = re.compile(r"\s*(?=[①-⑳])")


def is_head(line: str) -> bool:
    if "\t" in line:
        return False
    match = HEAD_RE.match(nfkc(line).strip())
    return bool(match) and bool(CODE_RE.match(match.group(1)))


def _columns(row: list[str]) -> dict[str, int] | None:
    """Column of each part a sheet's year table names, None when the row is no such header."""
    header = [no_spaces(nfkc(c)) for c in row]

    def find(*words: str) -> int:
        return next((j for j, c in enumerate(header) if c in words), -1)

    columns = {
        "year": find("年度"),
        "plan": find("取組内容", "取組", "取組予定"),
        # (the year's grade called by what it grades: 達成度)
        "grade": find("自己評価", "総合評価", "評価", "達成度"),
        "reason": find("評価の理由", "自己評価の理由", "理由"),
        "challenge": find("取組上の課題", "課題"),
    }
    if columns["year"] < 0 or columns["plan"] < 0:
        return None
    return columns


def _cell(row: list[str], j: int) -> str:
    return clean(row[j]) if 0 <= j < len(row) else ""


def split_year_sheets(lines: list[str], start: int, scale: tuple[str, ...] = ()) -> list[Sheet]:
    """The sheets from 0-based line `start` on, each up to the next sheet's head; `scale`: the marks of
    the report's own grades (◎○△×), read from its legend."""
    heads = [i for i in range(start, len(lines)) if is_head(lines[i])]
    sheets = []
    for k, begin in enumerate(heads):
        stop = heads[k + 1] if k + 1 < len(heads) else len(lines)
        sheet = _read(lines, begin, stop, scale)
        if sheet is not None:
            sheets.append(sheet)
    return sheets


def _read(lines: list[str], begin: int, stop: int, scale: tuple[str, ...] = ()) -> Sheet | None:
    head = HEAD_RE.match(nfkc(lines[begin]).strip())
    assert head is not None
    initiative = None
    sheet = Sheet(0, begin + 1)
    sheet.number = head.group(1)
    sheet.title, sheet.tags = split_title(head.group(2))
    sheet.title_line = begin + 1
    sheet.field_lines["title"] = begin + 1
    columns: dict[str, int] | None = None
    n = 0
    for i in range(begin + 1, stop):
        line = lines[i]
        if not line.strip():
            continue
        sheet.end = i + 1
        text = nfkc(line)
        if columns is None and "\t" not in line:
            if (found := _INITIATIVE_RE.search(text)) and initiative is None:
                initiative = int(found.group(1))
            if (found := _DEPARTMENTS_RE.search(text)) and not sheet.departments:
                sheet.departments = departments(found.group(1))
                sheet.departments_line = sheet.field_lines["departments"] = i + 1
            if (found := _ENDED_RE.search(text)) and sheet.ended_text is None:
                era, year, month = found.group(1), found.group(2), int(found.group(3))
                western = era_year(era, 1 if year == "元" else int(year))
                sheet.ended_text = clean(found.group(0))
                sheet.ended_month = f"{western}-{month:02d}"
                # January–March belong to the fiscal year before.
                sheet.ended = fy_label(western if month >= 4 else western - 1)
                sheet.ended_line = sheet.field_lines["ended"] = i + 1
            continue
        if columns is not None and "\t" not in line and not _CONTACT_RE.match(nfkc(line).strip()):
            # A line under the table (「特記事項：令和7年度のメンター登録者数は38人。」): the sheet's notes,
            # its text to find (it was read by nobody and lost).
            sheet.notes = f"{sheet.notes} {clean(line)}".strip()
            sheet.notes_line = sheet.notes_line or i + 1
            continue
        row = cells(line)
        if columns is None:
            columns = _columns(row)
            continue
        year = year_label(_cell(row, columns["year"]))
        if year is None:
            continue
        sheet.eval_years.append(year)
        plan = _cell(row, columns["plan"])
        for part in (p for p in _ENTRY_SPLIT_RE.split(plan) if p.strip()):
            n += 1
            sheet.entries.append(Entry(n, year, clean(part), "", i + 1))
        own = grade(_cell(row, columns["grade"]), scale) if columns["grade"] >= 0 else None
        reason = _cell(row, columns["reason"])
        if own:
            sheet.eval_grades[year] = own
            sheet.field_lines[label_field(year)] = i + 1
        if own or reason:
            sheet.evals.append(SelfEval(year, {name: None for name in SCORE_FIELDS}, own or "", i + 1, i + 1, reason))
            sheet.eval_line = sheet.eval_line or i + 1
        problem = _cell(row, columns["challenge"])
        if problem:
            sheet.challenges.append(Challenge(year, problem, "", i + 1))
    if initiative is None or columns is None:
        return None  # not a sheet of this layout: nothing to link it by
    sheet.initiative = initiative
    return sheet
