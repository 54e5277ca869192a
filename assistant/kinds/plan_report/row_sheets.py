"""Progress sheets laid out as rows of a label and its values (a workbook's 進捗状況シート): each sheet
opens with a row 「実践項目 │ 1 │ 口座振替の利用促進 │ 担当部署 │ (総)収納課」, then a row 「年度 │ 2018年度 │ …」
names the years of the columns, and each row under it is labelled by what it holds — 取組内容,
自己評価, 評価の理由, 取組上の課題, one cell per year — or by a value of the sheet's own (取組終了, 特記事項,
担当部署, 取組項目). The parts are found by their labels, so neither their order, nor the years' order,
nor the calendar the years are written in is assumed.

The sheets are read into the Sheet the other layouts give (sheets.py), so that linking and
reconciling them with the lists is shared. A sheet that does not state its initiative gets it from
the lists by its number (the caller does that: `initiative` stays 0 here)."""
from __future__ import annotations

import re

from assistant.kinds.plan_report.cells import CODE_RE, SCORE_FIELDS, cells, departments, ended_year, grade, split_title
from assistant.kinds.plan_report.sheets import Challenge, Entry, SelfEval, Sheet
from assistant.text.normalize import clean, nfkc, no_spaces
from assistant.text.wareki import find_years, fy_label, label_field, year_label

_HEAD_LABELS = ("実践項目", "実践項目No.", "実践項目No", "実践No.", "実践No")
_PLAN_LABELS = ("取組内容", "取組", "取組予定", "実施内容")
_GRADE_LABELS = ("自己評価", "総合評価", "評価")
_REASON_LABELS = ("評価の理由", "自己評価の理由", "理由")
_CHALLENGE_LABELS = ("取組上の課題", "課題")
_VALUE_LABELS = ("取組終了", "特記事項", "担当部署", "担当課", "取組項目", "取組項目No.", "年度")
_ENTRY_SPLIT_RE = re.compile(r"\s*(?=[①-⑳])")


def _label(cell: str) -> str:
    return no_spaces(nfkc(cell))


def head(line: str) -> tuple[str, str] | None:
    """(number, title) of a sheet's opening row, None for any other line."""
    if "\t" not in line:
        return None
    row = cells(line)
    if _label(row[0]) not in _HEAD_LABELS or len(row) < 3:
        return None
    code = nfkc(row[1]).strip()
    if not CODE_RE.match(code) or not clean(row[2]):
        return None
    return code, clean(row[2])


def is_head(line: str) -> bool:
    return head(line) is not None


def _known(label: str) -> bool:
    return label in (*_PLAN_LABELS, *_GRADE_LABELS, *_REASON_LABELS, *_CHALLENGE_LABELS, *_VALUE_LABELS)


def split_row_sheets(lines: list[str], start: int = 0) -> list[Sheet]:
    """Every sheet of this layout from 0-based line `start` on, each up to the first line that is
    neither one of its labelled rows nor blank."""
    sheets = []
    for i in range(start, len(lines)):
        if is_head(lines[i]):
            sheets.append(_read(lines, i))
    return sheets


def _ended(value: str) -> str | None:
    """The fiscal-year label of a 取組終了 value: a fiscal year (2020年度, R2) or a month (令和3年3月,
    which belongs to fiscal R2); '' when blank; None when it names no year."""
    if not value:
        return ""
    label = ended_year(value)
    if label:
        return label
    found = [y for y in find_years(value, calendar=True) if not y.ambiguous]
    return fy_label(found[0].fiscal_year) if found else None


def _read(lines: list[str], begin: int) -> Sheet:
    number, title = head(lines[begin])  # type: ignore[misc]
    row = cells(lines[begin])
    sheet = Sheet(0, begin + 1)
    sheet.number = number
    sheet.title, sheet.tags = split_title(title)
    sheet.title_line = sheet.field_lines["title"] = begin + 1
    years: list[tuple[int, str]] = []
    n = 0

    def labelled(pairs: list[str], i: int) -> None:
        # Labelled values beside each other on one row: 担当部署 │ (総)収納課 │ 取組項目 │ 1
        for k in range(0, len(pairs) - 1):
            label, value = _label(pairs[k]), clean(pairs[k + 1])
            if label in ("担当部署", "担当課") and value and not sheet.departments:
                sheet.departments = departments(value)
                sheet.departments_line = sheet.field_lines["departments"] = i + 1
            elif label in ("取組項目", "取組項目No.") and nfkc(value).strip().isdigit():
                sheet.initiative = int(nfkc(value))

    labelled(row[3:], begin)
    by_year: dict[str, SelfEval] = {}
    for i in range(begin + 1, len(lines)):
        line = lines[i]
        if not line.strip():
            continue
        if is_head(line):
            break
        row = cells(line)
        label = _label(row[0])
        if not _known(label):
            break
        sheet.end = i + 1
        values = row[1:]
        if label == "年度":
            years = [(j, y) for j, c in enumerate(values) if (y := year_label(c))]
            sheet.eval_years = [y for _, y in years]
            continue
        if label in _PLAN_LABELS and years:
            for j, year in years:
                cell = clean(values[j]) if j < len(values) else ""
                for part in (p for p in _ENTRY_SPLIT_RE.split(cell) if p.strip()):
                    n += 1
                    sheet.entries.append(Entry(n, year, clean(part), "", i + 1))
            continue
        if label in _GRADE_LABELS and years:
            for j, year in years:
                own = grade(values[j] if j < len(values) else "")
                if own:
                    sheet.eval_grades[year] = own
                    sheet.field_lines[label_field(year)] = i + 1
                    by_year.setdefault(year, SelfEval(year, {name: None for name in SCORE_FIELDS}, "", i + 1, i + 1)).overall = own
            sheet.eval_line = sheet.eval_line or i + 1
            continue
        if label in _REASON_LABELS and years:
            for j, year in years:
                reason = clean(values[j]) if j < len(values) else ""
                if reason:
                    by_year.setdefault(year, SelfEval(year, {name: None for name in SCORE_FIELDS}, "", i + 1, i + 1)).reason = reason
            continue
        if label in _CHALLENGE_LABELS and years:
            for j, year in years:
                problem = clean(values[j]) if j < len(values) else ""
                if problem:
                    sheet.challenges.append(Challenge(year, problem, "", i + 1))
            continue
        if label == "取組終了":
            value = clean(" ".join(c for c in values if c))
            ended = _ended(value)
            if ended is not None:
                sheet.ended_text, sheet.ended = value, ended
                sheet.ended_line = sheet.field_lines["ended"] = i + 1
            continue
        if label == "特記事項":
            sheet.notes = clean(" ".join(c for c in values if c))
            sheet.notes_line = i + 1
            continue
        labelled(row, i)
    sheet.evals = list(by_year.values())
    return sheet
