"""The appendix's progress sheets (令和6年度進捗状況シート): cutting them apart and reading each one.

A sheet has two pages. Page 1 opens with `No.X <initiative title>` and holds 実践項目, 担当部署,
テーマ, 工程表, 取組内容 and usually the self-evaluation; page 2 opens with
`No.X<TAB>n<TAB>name<TAB>確認時期…` and holds 取組上の課題 and 特記事項. The converter sometimes
drops page 1 (practice 10), repeats page 2 (practice 31) or moves the self-evaluation to page 2,
and shifts cells left or right, so rows are recognised by their labels, not by their position.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from assistant.kinds.plan_report.cells import (
    MARKS,
    SCORE_FIELDS,
    THEME_LABELS,
    THEMES,
    cells,
    departments,
    grade,
    nonempty,
    reiwa_month,
    score,
    split_title,
    strip_html,
    themes_listed,
    year_columns,
)
from assistant.text.normalize import clean, nfkc, no_spaces, notation_key
from assistant.text.wareki import label_field, year_label

PAGE1_RE = re.compile(r"^No\.(\d+) (\S.*)$")
_PAGE2_NO_RE = re.compile(r"^No\.(\d+)$")
# A 工程表 header cell: 'R2年度', '令和3年度', 'H30年度' (any era, any year).
_YEAR_HEAD_RE = re.compile(r"(?:[RH]|令和|平成)\s*(?:\d{1,2}|元)\s*年度")
_SEPARATOR_RE = re.compile(r"^-{3,}")
_VALUE_RE = re.compile(r"^(\d|[A-D]|-|)$")
STATUS_RE = re.compile(r"^\s*[①-⑳]?\s*[(（](新|継)[)）]")
_NUMBER_CELL_RE = re.compile(r"^([①-⑳㉑-㉟㊱-㊿])(?:\s+(.*))?$")
_EVAL_LABELS = ("進捗度", "連携度", "効率性", "創造性", "総合評価")
_CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)}  # ①..⑳
_CIRCLED.update({chr(0x3251 + i): 21 + i for i in range(15)})  # ㉑..㉟
_CIRCLED.update({chr(0x32B1 + i): 36 + i for i in range(15)})  # ㊱..㊿
SUMMARY = "総括"
# Lines that open another part of a sheet, so never continue a cut row of the self-evaluation.
_PART_RE = re.compile(r"^(?:【|取組上の|特記事項|工程表|実践項目|担当部署|テーマ|取組内容|No\.\d)")


@dataclass
class Entry:
    n: int
    year: str
    plan: str
    result: str
    line: int
    plan_col: int = 0


@dataclass
class SelfEval:
    year: str
    scores: dict[str, int | None]
    overall: str
    line: int
    end_line: int
    # The reason printed beside a year's grade (a layout with one table of years); the 総括's
    # reasons by score are the sheet's `reasons`.
    reason: str = ""


@dataclass
class Challenge:
    year: str
    problem: str
    solution: str
    line: int


@dataclass
class Sheet:
    """One progress sheet as read, before it is linked to its practice item."""

    initiative: int
    start: int  # 1-based first line
    end: int = 0  # 1-based last non-blank line
    page2: list[tuple[int, str, str]] = field(default_factory=list)  # (line, number, name)
    title: str = ""
    title_line: int = 0
    number: str = ""  # the practice number printed before the title (「1-2 …」), if any
    tags: list[str] = field(default_factory=list)
    departments: list[str] = field(default_factory=list)
    departments_line: int = 0
    # Themes read from the ○ row aligned on the テーマ header, and shifted one cell either way
    # (the converter sometimes shifts the ○ row alone); the caller picks the reading.
    theme_marks: dict[int, list[str]] = field(default_factory=dict)
    schedule: str = ""
    schedule_line: int = 0
    entries: list[Entry] = field(default_factory=list)
    ended_text: str | None = None  # None: the sheet has no 取組終了 row
    ended_month: str = ""
    ended: str = ""
    ended_line: int = 0
    evals: list[SelfEval] = field(default_factory=list)
    eval_grades: dict[str, str] = field(default_factory=dict)  # printed year label → grade as printed
    # The years of the self-evaluation table, from its header (R2..R5 in the shipped report).
    eval_years: list[str] = field(default_factory=list)
    # Rows of this sheet that were cut in conversion and joined back: (first line, joined lines), 1-based.
    repaired: list[tuple[int, tuple[int, ...]]] = field(default_factory=list)
    # Self-evaluation rows that lost cells (no 総括 column, fewer values than years) and could not be
    # joined back: their values are suspect and never outvote the other copies. 1-based lines.
    malformed: list[int] = field(default_factory=list)
    eval_line: int = 0
    field_lines: dict[str, int] = field(default_factory=dict)  # practice field → line that prints it
    reasons: dict[str, str] = field(default_factory=dict)  # reason_progress … reason_overall
    challenges: list[Challenge] = field(default_factory=list)
    notes: str = ""
    notes_line: int = 0


def _is_page2(row: list[str]) -> bool:
    return bool(_PAGE2_NO_RE.match(row[0])) and len(row) >= 3 and "確認時期" in row


def split_sheets(lines: list[str], start: int, years: list[str] | None = None) -> list[Sheet]:
    """Cut the appendix (from 0-based index `start`) into sheets. `years` are the fiscal years of a
    self-evaluation table whose header is lost (the report's years, as its lists print them).

    A page-2 header opens a new sheet unless it belongs to the sheet in progress: same initiative,
    and either that sheet has no page 2 yet and its title matches, or the same header is repeated.
    """
    sheets: list[Sheet] = []
    bounds: list[int] = []
    # Each line's cells, split once: this loop, the sheet's reader and its look-ahead at the next
    # line all read them (never changed in place: a reader that needs other cells makes a new list).
    rows: list[list[str]] = [[]] * start + [cells(line) for line in lines[start:]]
    for i in range(start, len(lines)):
        line = lines[i]
        page1 = PAGE1_RE.match(line)
        if page1 and "\t" not in line:
            sheets.append(Sheet(int(page1.group(1)), i + 1))
            bounds.append(i)
            continue
        row = rows[i]
        if row[0] == "実践項目" and sheets and not sheets[-1].page2:
            # Only the page-1 title is needed here, to tell whether the next page 2 is its own.
            hint = _numbered(split_title(" ".join(nonempty(row[1:])))[0], sheets[-1].initiative)[1]
            sheets[-1].title = "" if hint in ("-", "－") else hint
        if not _is_page2(row):
            continue
        initiative = int(row[0][3:])
        header = (i + 1, nfkc(row[1]), clean(row[2]))
        current = sheets[-1] if sheets else None
        same = current is not None and current.initiative == initiative and (
            current.page2[0][1:] == header[1:] if current.page2 else _same_item(current.title, header[2])
        )
        if not same:
            sheets.append(Sheet(initiative, i + 1))
            bounds.append(i)
            current = sheets[-1]
        current.page2.append(header)
    bounds.append(len(lines))
    for k, sheet in enumerate(sheets):
        _read_sheet(sheet, lines, rows, bounds[k], bounds[k + 1], list(years or []))
    return sheets


_NUMBERED_RE = re.compile(r"^(\d{1,2})-(\d{1,2})\s+(\S.*)$")
# A practice number through the plan (「N1 書かない窓口の導入」, 「12 窓口職員の接遇研修」).
_PLAN_NUMBERED_RE = re.compile(r"^(N?\d{1,2})\s+(\S.*)$")


def _numbered(title: str, initiative: int) -> tuple[str, str]:
    """(number, title) of a title printed after its initiative-practice number (「1-2 企業版ふるさと納税
    の活用」 on a sheet of initiative 1) or its number through the plan (「N1 書かない窓口の導入」);
    ("", title) when it has none."""
    match = _NUMBERED_RE.match(title)
    if match and int(match.group(1)) == initiative:
        return f"{match.group(1)}-{match.group(2)}", match.group(3)
    match = _PLAN_NUMBERED_RE.match(title)
    if match:
        return match.group(1), match.group(2)
    return "", title


def _same_item(title: str, name: str) -> bool:
    """Whether a page-2 header names the item of the page 1 before it (a blank or '-' name does)."""
    if not title or name in ("", "-", "－"):
        return True
    return fuzz.ratio(notation_key(title), notation_key(split_title(name)[0])) >= 60


def _text_after(row: list[str], index: int) -> str:
    return clean(" ".join(c for c in row[index + 1:] if c))


def _eval_label(row: list[str]) -> int | None:
    return next((j for j, c in enumerate(row[:3]) if c in _EVAL_LABELS), None)


def _next_line(lines: list[str], i: int, stop: int) -> int | None:
    """0-based index of the next non-blank line before `stop`, None if there is none."""
    return next((j for j in range(i + 1, stop) if lines[j].strip()), None)


def _opens_part(lines: list[str], rows: list[list[str]], k: int) -> bool:
    """Whether line k starts a row of its own (a label, a page header, an entry or year cell): then it
    is not the rest of a row cut before it."""
    row = rows[k]
    first = lines[k].lstrip("\t")
    return (_eval_label(row) is not None or bool(_PART_RE.match(first)) or _is_page2(row)
            or bool(PAGE1_RE.match(lines[k])) or any(year_label(c) for c in row[:3]))


def _has_summary(row: list[str]) -> bool:
    return any(c == SUMMARY or c.startswith((SUMMARY + " ", SUMMARY + "　")) for c in row)


def _join(first: str, second: str, row: list[str]) -> str:
    """Two pieces of a cut row as one line: at a cell boundary (a tab) unless the first piece ends
    inside a text cell (its last cell is text, no tab kept)."""
    last = next((c for c in reversed(row) if c), "")
    inside = bool(last) and not _VALUE_RE.match(nfkc(last)) and last not in _EVAL_LABELS and last != SUMMARY
    return first + ("" if inside else "\t") + second


def _continued_eval_row(lines: list[str], rows: list[list[str]], i: int, stop: int,
                        row: list[str]) -> tuple[str, int] | None:
    """A self-evaluation row cut over two lines: (the joined text, 0-based line of the second piece),
    or None. Either the first piece has its label but not the 総括 column and reason that end every
    such row, and the second (blank lines aside) brings them; or the first ends at 総括 or inside the
    reason, and the second is the rest of the reason. The second piece never has a label of its own."""
    if year_columns(row):
        return None
    k = _next_line(lines, i, stop)
    if k is None or _opens_part(lines, rows, k):
        return None
    nxt = rows[k]
    if not _has_summary(row):
        if not any(c == SUMMARY or c.startswith(SUMMARY) for c in nxt):
            return None
    elif _has_summary(nxt) or any(_VALUE_RE.match(nfkc(c)) and c for c in nxt[:2]):
        return None
    return _join(lines[i], lines[k], row), k


def _continued_ended_row(lines: list[str], i: int, stop: int, row: list[str]) -> tuple[str, int] | None:
    """The 取組終了 row (取組終了の場合記入 → 令和 7 年 3 月取組終了) cut before its 月取組終了."""
    flat = no_spaces(lines[i])
    if "月取組終了" in flat or "取組終了の場合" not in flat or not ("令和" in flat or "平成" in flat):
        return None
    k = _next_line(lines, i, stop)
    if k is None:
        return None
    rest = no_spaces(lines[k])
    if not rest.endswith("取組終了") or "取組終了の場合" in rest or _PART_RE.match(lines[k].lstrip("\t")):
        return None
    return lines[i] + "\t" + lines[k], k


def _continued_theme_row(lines: list[str], rows: list[list[str]], i: int, stop: int, row: list[str],
                         header: bool) -> tuple[str, int] | None:
    """The テーマ header cut before its last themes (the next line brings the rest of the labels), or
    the row of ○ marks under it cut in two (the next line holds only marks)."""
    k = _next_line(lines, i, stop)
    if k is None:
        return None
    nxt = [c for c in rows[k] if c]
    if header:
        present = {c for c in row if c in THEME_LABELS}
        if len(present) == len(THEME_LABELS) or not nxt or not all(c in THEME_LABELS and c not in present for c in nxt):
            return None
    elif not nxt or not all(c in MARKS for c in nxt) or any(c in THEME_LABELS for c in row):
        return None
    return lines[i] + "\t" + lines[k], k


def _is_cut_eval_row(row: list[str], columns: int) -> bool:
    """A labelled self-evaluation row without its 総括 column and reason, holding fewer values than the
    table has columns: the rest of it was lost (every intact row ends with 総括 and the reason)."""
    label_at = _eval_label(row)
    if label_at is None or year_columns(row):
        return False
    if any(c == SUMMARY or c.startswith((SUMMARY + " ", SUMMARY + "　")) for c in row[label_at + 1:]):
        return False
    if len(row) - label_at - 1 == columns and all(_VALUE_RE.match(nfkc(c)) for c in row[label_at + 1:]):
        return False  # one cell per column, some of them blank (a year before the item began)
    values = [c for c in row[label_at + 1:] if _VALUE_RE.match(nfkc(c))]
    return len([c for c in values if c]) < columns


def _read_sheet(sheet: Sheet, lines: list[str], rows: list[list[str]], begin: int, stop: int,
                years: list[str]) -> None:
    sheet.eval_years = years
    skip: set[int] = set()
    current = -1
    state = ""
    schedule_years: list[tuple[int, str]] = []
    schedule: dict[str, list[str]] = {}
    theme_cols: list[tuple[int, str]] = []
    sheet.theme_marks = {}
    year = ""
    score_rows = 0
    special: list[str] = []
    summary: list[str] = []
    eval_header_at = previous = -1
    for i in range(begin, stop):
        line = lines[i]
        if i in skip or not line.strip() or _SEPARATOR_RE.match(line):
            continue
        previous, current = current, i  # `previous`: the last non-blank line before this one
        sheet.end = i + 1
        row = rows[i]
        # Rows with a known end (a self-evaluation row ends with 総括 and its reason, the 取組終了 row
        # with 月取組終了, the theme rows with all seven themes): one cut in conversion is joined with
        # the line that brings its end, and reported.
        joined: tuple[str, int] | None = None
        if state == "eval" and _eval_label(row) is not None:
            joined = _continued_eval_row(lines, rows, i, stop, row)
            if joined is None and _is_cut_eval_row(row, len(sheet.eval_years) + 1):
                sheet.malformed.append(i + 1)
        elif "取組終了の場合" in line:
            joined = _continued_ended_row(lines, i, stop, row)
        elif "財政運営" in row or state == "themes":
            joined = _continued_theme_row(lines, rows, i, stop, row, "財政運営" in row)
        if joined is not None:
            line, k = joined
            row = cells(line)
            skip.add(k)
            sheet.repaired.append((i + 1, (k + 1,)))
        # (read only for words with 取 in them — 取組終了の場合, 月取組終了, 取組に対する自己評価 — so a line
        # without one is not flattened)
        flat = no_spaces(line) if "取" in line else ""
        if i == begin and PAGE1_RE.match(line):
            continue
        if _is_page2(row):
            state = ""
            continue
        if row[0] == "実践項目":
            text = " ".join(nonempty(row[1:]))
            if text and text not in ("-", "－"):
                sheet.title, sheet.tags = split_title(text)
                sheet.number, sheet.title = _numbered(sheet.title, sheet.initiative)
                sheet.title_line = sheet.field_lines["title"] = i + 1
            continue
        if row[0] in ("担当部署", "担当課"):
            sheet.departments = departments(" ".join(nonempty(row[1:])))
            sheet.departments_line = sheet.field_lines["departments"] = i + 1
            continue
        if "財政運営" in row:
            theme_cols = [(j, THEME_LABELS[c]) for j, c in enumerate(row) if c in THEME_LABELS]
            state = "themes"
            continue
        if row[0] == "テーマ":
            # Themes written as a list (テーマ 財政、協働、民活) rather than a row of ○ marks.
            listed = themes_listed(" ".join(nonempty(row[1:])))
            if listed:
                sheet.theme_marks = {0: listed}
            continue
        if state == "themes":
            sheet.theme_marks = {}
            for shift in (0, -1, 1):
                marked = {n for j, n in theme_cols if 0 <= j + shift < len(row) and row[j + shift] in MARKS}
                sheet.theme_marks[shift] = [t for t in THEMES if t in marked]
            state = ""
            continue
        year_heads = [(j, label) for j, c in enumerate(row)
                      if (m := _YEAR_HEAD_RE.search(c)) and (label := year_label(m.group()))
                      ] if _YEAR_HEAD_RE.search(line) else []  # no cell has one if the line has none
        if len(year_heads) >= 3 and "取組に対する自己評価" not in flat:
            # The 工程表 header: its year columns own the cells below them (and to their right).
            schedule_years = year_heads
            sheet.schedule_line = sheet.schedule_line or i + 1
            state = "schedule"
            continue
        if row[0].startswith("工程表"):
            sheet.schedule_line = sheet.schedule_line or i + 1
            state = "schedule"
            row = ["", *row[1:]]
        if "【取組予定" in line:
            state = "entries"
            continue
        if row[0] == "年度" and "取組内容" in row:
            # The entries as a table of their own, one row per year (年度│取組内容│取組結果).
            state = "entries"
            continue
        if row[0].startswith("取組内容"):
            # Sometimes the label shares its row with the first entry.
            state = "entries"
            row = ["", *row[1:]]
        if "取組終了の場合" in flat or "月取組終了" in flat:
            if ("令和" in flat or "平成" in flat) and "月取組終了" in flat:
                sheet.ended_text, sheet.ended_month, sheet.ended = reiwa_month(line.replace("\t", ""))
                sheet.ended_line = sheet.field_lines["ended"] = i + 1
            elif "令和" in flat or "平成" in flat:
                # A date without its end (cut, the rest lost): it states nothing about the end.
                sheet.malformed.append(i + 1)
            state = ""
            continue
        if "【評価の理由】" in line or "取組に対する自己評価" in flat:
            state = "eval"
            sheet.eval_line = sheet.eval_line or i + 1
            header = year_columns(row)
            if header and eval_header_at == previous:
                # The header was cut in two (R2 R3 | R4 R5 総括): the years continue on this line.
                sheet.eval_years = [*sheet.eval_years, *(label for _, label in header)]
                sheet.repaired.append((previous + 1, (i + 1,)))
                eval_header_at = i
            elif header:
                sheet.eval_years = [label for _, label in header]
                eval_header_at = i
            else:
                # The label row may carry the first score row (practice 11).
                score_rows = _read_eval_row(sheet, row, i + 1, score_rows)
            continue
        if "【これまでの取組" in line or row[0].startswith("取組上の"):
            state = "challenge"
            continue
        if "【上記のうち、特記すべき事項】" in line:
            state = "special"
            continue
        if row[0] == "特記事項":
            k = next((j for j, c in enumerate(row) if c == "総括"), 0)
            summary.append(_text_after(row, k))
            sheet.notes_line = sheet.notes_line or i + 1
            state = "summary"
            continue
        if state == "schedule":
            for j, c in enumerate(row):
                if not c:
                    continue
                owner = [y for col, y in schedule_years if col <= j]
                key = owner[-1] if owner else (schedule_years[0][1] if schedule_years else "")
                schedule.setdefault(key, []).append(clean(c))
        elif state == "entries":
            filled = nonempty(row)
            k = _next_line(lines, i, stop)
            following = nonempty(rows[k]) if k is not None else []
            if len(filled) == 1 and year_label(filled[0]) and following and _NUMBER_CELL_RE.match(following[0]):
                # A year alone, the entry's number on the next line: the row was cut after the year.
                year = year_label(filled[0]) or year
            else:
                year = _read_entry(sheet, row, i + 1, year)
        elif state == "eval":
            header = year_columns(row)
            if header and eval_header_at < 0 and _eval_label(row) is None:
                # The header on a row of its own, under the 取組に対する自己評価 label.
                sheet.eval_years = [label for _, label in header]
                eval_header_at = i
            else:
                score_rows = _read_eval_row(sheet, row, i + 1, score_rows)
        elif state == "challenge":
            _read_challenge(sheet, row, i + 1)
        elif state == "special":
            special.append(strip_html(" ".join(nonempty(row))))
            sheet.notes_line = sheet.notes_line or i + 1
        elif state == "summary":
            summary.append(strip_html(" ".join(nonempty(row))))
    sheet.schedule = "\n".join(f"{y}: {' '.join(v)}" if y else " ".join(v) for y, v in schedule.items())
    sheet.notes = "\n".join(t for t in [*special, *(strip_html(s) for s in summary)] if t)


def _read_entry(sheet: Sheet, row: list[str], line: int, year: str) -> str:
    """One 取組内容 row: optional year cell, ①-number (alone or fused with the plan: '① 導入手法の検討'),
    plan (取組予定) and result (取組結果). A row that does not start so continues the previous entry."""
    filled = [(j, c) for j, c in enumerate(row) if c]
    if not filled:
        return year
    k = 0
    match = year_label(filled[0][1])
    if match:
        k = 1
    number = _NUMBER_CELL_RE.match(filled[k][1]) if k < len(filled) else None
    if number is None and match and len(filled) > 1 and not any(e.n != k for k, e in enumerate(sheet.entries, 1)):
        # Entries numbered by nothing but their year (R4│取組内容│取組結果): numbered in order.
        entry = Entry(len(sheet.entries) + 1, match, "", "", line, filled[1][0] + 1)
        _entry_texts(entry, filled[1:])
        sheet.entries.append(entry)
        return match
    if number is None:
        text = " ".join(c for _, c in filled)
        if sheet.entries:
            last = sheet.entries[-1]
            if not last.result and line - last.line <= 2 and not match:
                # The entry's row was cut before its result (every entry ends with one): this line
                # holds the rest of it.
                last.plan, last.result = _rest_of_row(last.plan, [c for _, c in filled], STATUS_RE)
                if not last.plan_col or last.plan_col <= filled[0][0]:
                    last.plan_col = max(last.plan_col, filled[0][0])
            elif filled[0][0] <= last.plan_col and not STATUS_RE.match(text):
                last.plan = strip_html(f"{last.plan} {text}")
            else:
                last.result = strip_html(f"{last.result} {text}")
        return year
    if match:
        year = match
    col = filled[k][0]
    texts = [(j, c) for j, c in filled[k + 1:]]
    if number.group(2):
        texts.insert(0, (col, number.group(2)))
    entry = Entry(_CIRCLED[number.group(1)], year, "", "", line, col + 1)
    _entry_texts(entry, texts)
    sheet.entries.append(entry)
    return year


def _rest_of_row(first: str, texts: list[str], lone_second: re.Pattern | None = None) -> tuple[str, str]:
    """The two text columns (plan and result, problem and solution) of a row cut before its end, from
    what the first piece held (`first`) and the cells of the second. Without a first text, the cells
    are both columns; with one, a single cell is the second column (a lost cell boundary) and two or
    more cells are the rest of the first column (cut inside it) and then the second."""
    if not first:
        if len(texts) == 1 and lone_second is not None and lone_second.match(texts[0]):
            return "", strip_html(texts[0])
        return strip_html(texts[0]), strip_html(" ".join(texts[1:]))
    if len(texts) == 1:
        return first, strip_html(texts[0])
    return strip_html(first + texts[0]), strip_html(" ".join(texts[1:]))


def _entry_texts(entry: Entry, texts: list[tuple[int, str]]) -> None:
    """An entry's plan (the first text) and result (the rest); a lone (新)/(継) text is a result."""
    if not texts:
        return
    if len(texts) == 1 and STATUS_RE.match(texts[0][1]):
        entry.result = strip_html(texts[0][1])
    else:
        entry.plan_col, plan = texts[0]
        entry.plan = strip_html(plan)
        entry.result = strip_html(" ".join(c for _, c in texts[1:]))


def _read_eval_row(sheet: Sheet, row: list[str], line: int, score_rows: int) -> int:
    """One row of the self-evaluation table: label, R2..R5, 総括 and the reason after 「総括」.

    Labels are sometimes shifted by one row (practice N16), so the four score rows are taken in
    their fixed order 進捗度/連携度/効率性/創造性 and only 総合評価 is recognised by its label.
    """
    label_at = next((j for j, c in enumerate(row[:3]) if c in _EVAL_LABELS), None)
    if label_at is None:
        return score_rows
    marker = next(
        (j for j in range(label_at + 1, len(row)) if row[j] == "総括" or row[j].startswith(("総括 ", "総括　"))),
        None,
    )
    if marker is not None:
        values = row[label_at + 1: marker]
        reason = clean(" ".join([row[marker][2:], *row[marker + 1:]]))
    else:
        values = []
        j = label_at + 1
        while j < len(row) and _VALUE_RE.match(nfkc(row[j])):
            values.append(row[j])
            j += 1
        while values and values[-1] == "":
            values.pop()
        reason = clean(" ".join(row[j:]))
    columns = [*sheet.eval_years, SUMMARY]
    values = [nfkc(v) for v in values][-len(columns):]
    values = [""] * (len(columns) - len(values)) + values
    is_overall = row[label_at] == "総合評価"
    if is_overall:
        field_name = "overall"
    elif score_rows < 4:
        field_name = SCORE_FIELDS[score_rows]
        score_rows += 1
    else:
        return score_rows
    sheet.reasons[f"reason_{field_name}"] = strip_html(reason)
    for name in (field_name, *map(label_field, sheet.eval_years)) if is_overall else (field_name,):
        sheet.field_lines[name] = line
    for year, value in zip(columns, values):
        found = next((e for e in sheet.evals if e.year == year), None)
        if found is None:
            found = SelfEval(year, {name: None for name in SCORE_FIELDS}, "", line, line)
            sheet.evals.append(found)
        found.end_line = line
        if is_overall:
            g = grade(value)
            found.overall = g if g not in (None, "-") else ""
            if year != SUMMARY and g is not None:
                sheet.eval_grades[year] = g
        else:
            found.scores[field_name] = score(value)
    return score_rows


def _read_challenge(sheet: Sheet, row: list[str], line: int) -> None:
    k = next((j for j, c in enumerate(row[:3]) if year_label(c)), None)
    if k is None:
        last = sheet.challenges[-1] if sheet.challenges else None
        texts = nonempty(row)
        if last is not None and texts and not last.solution and line - last.line <= 2:
            # The year's row was cut before its solution: this line holds the rest of it.
            last.problem, last.solution = _rest_of_row(last.problem, texts)
        return
    texts = nonempty(row[k + 1:])
    problem = strip_html(texts[0]) if texts else ""
    solution = strip_html(" ".join(texts[1:])) if len(texts) > 1 else ""
    year = year_label(row[k]) or ""
    sheet.challenges.append(Challenge(year, problem, solution, line))
