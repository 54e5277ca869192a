"""Progress sheets laid out as small tables one under another (a town's 進捗状況シート in a PDF): each
sheet opens with 「進捗状況シート 実践項目8」, states 取組項目, 実践項目, 担当課 and 取組終了 as rows of a
label and its value, then a table of entries (年度│番号│取組内容│区分), the self-evaluation with the
years as columns (自己評価│H28│H29…, one row per score and 総合評価), the reasons and challenges by year
(年度│評価の理由│取組上の課題) and a line 「特記事項：…」. Each table is found by its header's words, so
neither their order nor the years present are assumed.

They are read into the Sheet the other layouts give (sheets.py), so that linking and reconciling them
with the lists is shared."""
from __future__ import annotations

import re

from assistant.kinds.plan_report.cells import CODE_RE, SCORE_FIELDS, cells, departments, grade, score, split_title
from assistant.kinds.plan_report.sheets import Challenge, Entry, SelfEval, Sheet
from assistant.text.normalize import clean, nfkc, no_spaces
from assistant.text.wareki import label_field, year_label

# 「進捗状況シート 実践項目8」 (or 「進捗シート 実践項目No.N1」), a line of its own.
HEAD_RE = re.compile(r"^進捗(?:状況)?シート\s*実践項目\s*(?:No\.?\s*)?(N?\d{1,2}|\d{1,2}-\d{1,2})$")
_INITIATIVE_RE = re.compile(r"^(?:No\.?\s*)?(\d{1,2})(?:\s|$)")
_PRACTICE_RE = re.compile(r"^(?:No\.?\s*)?(N?\d{1,2}|\d{1,2}-\d{1,2})\s+(\S.*)$")
# 「H30年度末 取組終了」, 「令和元年度で終了」: the year the item ended; 「継続（…）」: it goes on.
_ENDED_RE = re.compile(r"((?:令和|平成|[RH])\s*(?:元|\d{1,2}))\s*年度\S{0,2}\s*(?:取組)?終了")
_NOTES_RE = re.compile(r"^特記事項\s*[:：]\s*(.*)$")
_SCORE_WORDS = dict(zip(("進捗度", "連携度", "効率性", "創造性"), SCORE_FIELDS))


def is_head(line: str) -> bool:
    return "\t" not in line and bool(HEAD_RE.match(nfkc(line).strip()))


def split_grid_sheets(lines: list[str], start: int) -> list[Sheet]:
    """The sheets from 0-based line `start` on, each up to the next sheet's head."""
    heads = [i for i in range(start, len(lines)) if is_head(lines[i])]
    sheets = []
    for k, begin in enumerate(heads):
        sheet = _read(lines, begin, heads[k + 1] if k + 1 < len(heads) else len(lines))
        if sheet is not None:
            sheets.append(sheet)
    return sheets


def _header(row: list[str]) -> list[str]:
    return [no_spaces(nfkc(c)) for c in row]


def _read(lines: list[str], begin: int, stop: int) -> Sheet | None:
    head = HEAD_RE.match(nfkc(lines[begin]).strip())
    assert head is not None
    sheet = Sheet(0, begin + 1)
    sheet.number = head.group(1)
    initiative: int | None = None
    table = ""  # the table whose rows follow: entries, grades, reasons
    years: list[tuple[int, str]] = []  # (column, year) of the self-evaluation table
    columns: dict[str, int] = {}
    by_year: dict[str, SelfEval] = {}
    for i in range(begin + 1, stop):
        line = lines[i]
        if not line.strip():
            continue
        sheet.end = i + 1
        if "\t" not in line:
            notes = _NOTES_RE.match(nfkc(line).strip())
            if notes:
                sheet.notes, sheet.notes_line = clean(notes.group(1)), i + 1
            table = ""
            continue
        row = [clean(c) for c in cells(line)]
        header = _header(row)
        label, value = header[0], (row[1] if len(row) > 1 else "")
        if label == "年度" and "取組内容" in header:
            table, columns = "entries", {"year": 0, "plan": header.index("取組内容"),
                                         "kind": header.index("区分") if "区分" in header else -1}
            continue
        if label == "自己評価" and any(year_label(c) for c in row[1:]):
            table, years = "grades", [(j, y) for j, c in enumerate(row) if j and (y := year_label(c))]
            sheet.eval_years = [y for _, y in years]
            continue
        if label == "年度" and ("評価の理由" in header or "取組上の課題" in header):
            table = "reasons"
            columns = {"reason": header.index("評価の理由") if "評価の理由" in header else -1,
                       "challenge": header.index("取組上の課題") if "取組上の課題" in header else -1}
            continue
        if table == "entries" and (year := year_label(row[0])):
            plan = row[columns["plan"]] if columns["plan"] < len(row) else ""
            kind = row[columns["kind"]] if 0 <= columns["kind"] < len(row) else ""
            if plan:
                # The status column ((新)/(継)) closes the entry, as a layout that prints it inside does.
                sheet.entries.append(Entry(len(sheet.entries) + 1, year, f"{plan}{kind}", "", i + 1))
            continue
        if table == "grades" and (label in _SCORE_WORDS or label == "総合評価"):
            for j, year in years:
                cell = row[j] if j < len(row) else ""
                ev = by_year.setdefault(year, SelfEval(year, {name: None for name in SCORE_FIELDS}, "", i + 1, i + 1))
                ev.end_line = i + 1
                if label == "総合評価":
                    own = grade(cell)
                    if own:
                        ev.overall = own
                        sheet.eval_grades[year] = own
                        sheet.field_lines[label_field(year)] = i + 1
                else:
                    ev.scores[_SCORE_WORDS[label]] = score(cell)
            sheet.eval_line = sheet.eval_line or i + 1
            continue
        if table == "reasons" and (year := year_label(row[0])):
            reason = row[columns["reason"]] if 0 <= columns["reason"] < len(row) else ""
            problem = row[columns["challenge"]] if 0 <= columns["challenge"] < len(row) else ""
            if reason:
                by_year.setdefault(year, SelfEval(year, {name: None for name in SCORE_FIELDS}, "", i + 1, i + 1)).reason = reason
            if problem:
                sheet.challenges.append(Challenge(year, problem, "", i + 1))
            continue
        table = ""
        if label == "取組項目" and (found := _INITIATIVE_RE.match(nfkc(value))):
            initiative = int(found.group(1))
        elif label == "実践項目" and (found := _PRACTICE_RE.match(nfkc(value))) and CODE_RE.match(found.group(1)):
            sheet.title, sheet.tags = split_title(found.group(2))
            sheet.title_line = sheet.field_lines["title"] = i + 1
        elif label in ("担当課", "担当部署") and value:
            sheet.departments = departments(value)
            sheet.departments_line = sheet.field_lines["departments"] = i + 1
        elif label == "取組終了" and value:
            # Only a year that ended it, or 継続, states the end; other wording states nothing.
            ended = _ENDED_RE.search(nfkc(value))
            if (ended and year_label(ended.group(1))) or (not ended and "継続" in value):
                sheet.ended_text = value
                sheet.ended_line = sheet.field_lines["ended"] = i + 1
                sheet.ended = year_label(ended.group(1)) or "" if ended else ""
    sheet.evals = list(by_year.values())
    if initiative is None:
        return None  # nothing to link it by
    sheet.initiative = initiative
    return sheet
