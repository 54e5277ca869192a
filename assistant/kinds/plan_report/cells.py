"""Cell-level helpers for the plan report: splitting rows, reading grades, scores, departments, themes,
and the runs of cells that the list tables and section I print alike (averages, a practice row's tail)."""
from __future__ import annotations

import re
from typing import Any

from assistant.kinds.plan_report.legend import _DASHES, _LEGEND_ENTRY_RE, legend_meanings  # noqa: F401 - (their home before)
from assistant.kinds.plan_report.words import COMMITTEE
from assistant.text.normalize import clean, nfkc, no_spaces, notation_key
from assistant.text.wareki import era_year, fy_label, year_label

# The seven themes in the report's fixed order, by the short names used in records.
THEMES = ("財政", "サービス", "協働", "施設", "民活", "ICT", "人材")

# The ways the ○ that marks a theme is printed.
MARKS = ("○", "◯", "〇")

# Long labels printed in the sheets' テーマ row and in the テーマ別 table, mapped to the short names.
THEME_LABELS = {
    "財政運営": "財政",
    "市民サービス": "サービス",
    "協働": "協働",
    "施設": "施設",
    "民間活力": "民活",
    "ICT": "ICT",
    "人材育成": "人材",
}

# The four self-evaluation scores (進捗度/連携度/効率性/創造性), in the order the report prints them.
SCORE_FIELDS = ("progress", "collaboration", "efficiency", "creativity")

COMMITTEE_SCORE_RE = re.compile(rf"^{COMMITTEE}(?:の)?評価")

# A practice item's number: 27 or N3 (numbered through the plan), or 1-2 (initiative-practice).
CODE_RE = re.compile(r"^(?:N?\d{1,2}|\d{1,2}-\d{1,2})$")
GRADE_RE = re.compile(r"^[A-D]$")
# 【R5内容変更】, 【H30工程確定】: a change tag opens with a fiscal year of any era.
TAG_RE = re.compile(r"\*{0,2}【((?:[RH]|令和|平成)\s*\d+[^】]*)】\*{0,2}")
HTML_TAG_RE = re.compile(r"<[^>]+>")
_BUREAU_RE = re.compile(r"^\(([^)]+)\)\s*")
# A numbered heading of the report's own (「4 取組状況一覧」, 「4．実践項目の評価一覧（令和7年度末現在）」):
# a short line without a sentence's 。, its number closed by a space or a point.
NUMBERED_HEADING_RE = re.compile(r"^\d{1,2}(?:[.．]\s*|\s+)[^\s。]{1,30}$")


def cells(line: str) -> list[str]:
    """A table row's cells, each trimmed (the converter separates cells with tabs)."""
    return list(map(str.strip, line.split("\t")))  # every line of the report, often more than once


def nonempty(row: list[str]) -> list[str]:
    return [c for c in row if c]


def strip_html(text: str) -> str:
    return clean(HTML_TAG_RE.sub(" ", text))


# A legend of lower-case letters in running text (「a：計画どおり達成、b：概ね計画どおり、c：…」).
_LOWER_ENTRY_RE = re.compile(r"(?<![A-Za-z])([a-z])\s*[:：=＝]\s*[^\s、,，;；)）]")


def lower_letter_legend(lines: list[str]) -> tuple[str, ...]:
    """The lower-case letters a legend line lists as grades, in its order (a, b, c, d), when it lists three
    or more consecutive letters from a; () otherwise."""
    for line in lines:
        if ":" not in line and "：" not in line and "=" not in line and "＝" not in line:
            continue
        letters = [m.group(1) for m in _LOWER_ENTRY_RE.finditer(line)]
        if len(letters) >= 3 and "".join(letters) == "abcdefgh"[:len(letters)]:
            return tuple(letters)
    return ()


def grade(cell: str | None, scale: tuple[str, ...] = ()) -> str | None:
    """A grade cell: 'A'..'D' or a mark of the document's own `scale` (◎○△×, read from its legend),
    '-' (not evaluated; a ― or — of the legend's 「取組終了後」 too) or '' (no such year); None if not a grade."""
    if cell is None:
        return None
    value = nfkc(cell).strip()
    if value in _DASHES or value == "/" and "/" not in scale:
        # (a slash of the legend's 「／＝前年度までに完了している年度」: no grade, as a dash after the item's end)
        return "-"
    if value == "" or value == "-" or GRADE_RE.match(value) or value in scale:
        return value
    return None


def legend_scale(lines: list[str]) -> tuple[str, ...]:
    """The marks of a yearly grade scale of the document's own (◎○△×), best first as its legend lists
    them (「◎＝計画以上に進んだ ○＝計画どおり … ×＝未実施 ―＝取組終了後」); () when no line lists three such
    marks. A dash (―, after the item ended) is no grade of the scale (grade() reads it as '-')."""
    for line in lines:
        if "=" not in line and "＝" not in line and ":" not in line and "：" not in line:
            continue  # (no entry: most lines; the question reads every plan report's lines here)
        marks = [m.group(1) for m in _LEGEND_ENTRY_RE.finditer(nfkc(line))]
        marks = [m for m in marks if m not in _DASHES]
        if len(marks) >= 3 and len(set(marks)) == len(marks):
            return tuple(marks)
    from assistant.kinds.plan_report.pillar_heads import spaced_letter_legend  # (it reads cells too)

    return _letter_legend(lines) or _word_legend(lines) or _table_legend(lines) or spaced_letter_legend(lines) \
        or _spaced_marks(lines)


# A legend one mark to a line under a line naming it (〔凡例〕), the meaning after spaces: 「◎　計画を上回って進捗した」.
_SPACED_MARK_RE = re.compile(r"^\s*([^\s0-9A-Za-z\-―—－‐ー:：=＝、（(【〔])\s+(\S.*)$")


def _spaced_marks(lines: list[str]) -> tuple[str, ...]:
    """Marks listed one to a line under a line naming the legend (〔凡例〕), best first; () when none does."""
    for i, line in enumerate(lines):
        if "凡例" not in line:
            continue
        run: list[str] = []
        for row in lines[i + 1:i + 12]:
            match = _SPACED_MARK_RE.match(nfkc(row))
            if not match:
                break
            if match.group(1) not in _DASHES and match.group(1) != "-":
                run.append(match.group(1))
        if len(run) >= 3 and len(set(run)) == len(run):
            return tuple(run)
    return ()


# The second header cell of a legend laid out as a table (「進捗 │ 説明」 over 「達成 │ 当該年度の目標を達成した」).
_LEGEND_HEADS = ("説明", "内容", "意味", "定義", "基準", "評価基準", "判断基準")


def _table_legend(lines: list[str]) -> tuple[str, ...]:
    """A scale of words listed by a legend table (a sheet of its own: 「進捗 │ 説明」, one word to a row, best
    first), whose first header cell heads a column of another table holding those words; () when none does."""
    for index, line in enumerate(lines):
        if "\t" not in line:
            continue
        parts = cells(line)
        if len(parts) != 2:  # (most table lines: not normalised, the plan report has thousands)
            continue
        head = [no_spaces(nfkc(c)) for c in parts]
        if head[1] not in _LEGEND_HEADS or not head[0]:
            continue
        words: list[str] = []
        for row in lines[index + 1:]:
            values = [nfkc(c).strip() for c in cells(row)]
            if "\t" not in row or len(values) != 2 or not re.fullmatch(r"[^\s\d:：=＝、。()（）]{1,6}", values[0]):
                break
            if values[0] not in _DASHES and values[0] not in ("-", "/"):  # (a dash is no grade: 「―│取組期間外」)
                words.append(values[0])
        if len(words) < 2 or len(set(words)) < len(words):
            continue
        if len(words) >= 3 and all(re.fullmatch(r"[A-Z]", w) for w in words) and "".join(words) not in "ABCD":
            # (a scale of letters of the document's own listed as a table, 「区分 │ 評価基準」 over Ｓ │ 計画を上回る …,
            # best first: read as _letter_legend reads the same one to a line)
            return tuple(words)
        if _marks_stand_in_a_column(lines, index, words):
            return tuple(words)
        # (the column the legend explains: a header elsewhere naming the same word, its cells the legend's words)
        for k, other in enumerate(lines):
            if k == index or "\t" not in other:
                continue
            names = [no_spaces(nfkc(c)) for c in cells(other)]
            if head[0] not in names:
                continue
            column = names.index(head[0])
            below = {nfkc(cells(r)[column]).strip() for r in lines[k + 1:k + 400]
                     if "\t" in r and len(cells(r)) > column}
            if len(below & set(words)) >= 2:
                return tuple(words)
    return ()


def _marks_stand_in_a_column(lines: list[str], legend: int, words: list[str]) -> bool:
    """A legend of one-character marks headed 「記号 │ 意味」 explains a column headed by a word of its own
    (評価): the marks are that legend's when three of them stand as whole cells of the rows of other tables."""
    if len(words) < 3 or any(len(w) != 1 or w.isalnum() for w in words):
        return False
    seen: set[str] = set()
    for k, row in enumerate(lines):
        if "\t" in row and not legend <= k <= legend + len(words) + 1:
            seen.update(c for c in (nfkc(c).strip() for c in cells(row)) if c in words)
    return len(seen) >= 3


# A legend entry naming a grade in words, one to a line (「達成：年度目標を達成した」, 「概ね順調：…」).
_WORD_ENTRY_RE = re.compile(r"^([^\s\d:：=＝、。()（）]{1,6})\s*[:：=＝]\s*\S")


def _word_legend(lines: list[str]) -> tuple[str, ...]:
    """A scale of words of the document's own (達成 > 概ね達成 > 未達成), best first as its legend lists
    them one to a line. Legend lines also define columns (「完了年度：…」) and a dash (no grade): the scale
    is the entries that stand as values under a fiscal year's column, with those no table holds (a grade no
    item got), as long as some entry stands so; a column's name stands in a header. () when fewer than two."""
    runs: list[list[str]] = []
    run: list[str] = []
    for line in [*lines, ""]:
        match = (_WORD_ENTRY_RE.match(nfkc(line).strip())
                 if "\t" not in line and (":" in line or "：" in line or "=" in line or "＝" in line) else None)
        if match and match.group(1) not in _DASHES and match.group(1) != "-":
            run.append(match.group(1))
            continue
        if len(run) >= 2 and any(not GRADE_RE.match(w) for w in run):
            runs.append(run)
        run = []
        if "\t" not in line and ("／" in line or "/" in line) and ("：" in line or ":" in line):
            runs.append(_one_line_words(line))
    runs = [r for r in runs if r]
    if not runs:
        return ()
    # The cells under a fiscal year's column (a header naming two or more years: 令和4年度 │ 令和5年度 …).
    under_years: list[str] = []
    anywhere: set[str] = set()
    years: set[int] = set()
    for line in lines:
        if "\t" not in line:
            continue
        row = [nfkc(c) for c in cells(line)]
        anywhere.update(row)
        heads = {j for j, c in enumerate(row) if year_label(c) or _WESTERN_YEAR_RE.match(c)}
        if len(heads) >= 2:
            years = heads
            continue
        under_years += [c for j, c in enumerate(row) if j in years]
    for run in runs:
        graded = set(run) & set(under_years)
        scale = tuple(w for w in dict.fromkeys(run) if w in graded or w not in anywhere)
        if graded and len(scale) >= 2:
            return scale
    return ()


_WESTERN_YEAR_RE = re.compile(r"^(?:19|20)\d{2}\s*年度?$")


# The first entry of a legend on one line may follow the legend's own name (「※進捗状況の区分 完了：…」).
_LEAD_ENTRY_RE = re.compile(r"(?:^|\s)([^\s\d:：=＝、。()（）]{1,6})\s*[:：=＝]\s*\S")


def _one_line_words(line: str) -> list[str]:
    """The words a legend lists on one line, its entries parted by slashes (「完了：取組が完了したもの／順調：計画どおり
    …／やや遅れ：…」), in its order; [] unless three entries or more are read and every part is one."""
    parts = [p.strip() for p in re.split(r"[／/]", nfkc(line))]
    if len(parts) < 3:
        return []
    first = _LEAD_ENTRY_RE.search(parts[0])
    rest = [_WORD_ENTRY_RE.match(p) for p in parts[1:]]
    if first is None or not all(rest):
        return []
    words = [first.group(1), *(m.group(1) for m in rest)]
    words = [w for w in words if w not in _DASHES and w != "-"]
    return words if len(words) >= 3 and len(set(words)) == len(words) else []


# A legend of letters written one to a line (a definition list: 「S：計画を上回って進んでいる」 / 「A：計画どおり」 …).
_LETTER_ENTRY_RE = re.compile(r"^([A-Z])\s*[:：=＝]\s*\S")


def _letter_legend(lines: list[str]) -> tuple[str, ...]:
    """A letter scale of the document's own (S > A > B > C), best first as its legend lists it on
    consecutive lines; () when there is none or when it is the usual A > B > C > D (read without a
    legend), so that only a scale that ranks letters differently is the document's own."""
    run: list[str] = []
    for line in [*lines, ""]:
        # (a line without a colon or an equals sign is no entry: the nfkc of every line is skipped; four
        # `in` tests, not a generator over the four signs, as this runs over every line of every report)
        match = (_LETTER_ENTRY_RE.match(nfkc(line).strip())
                 if ":" in line or "：" in line or "=" in line or "＝" in line else None)
        if match:
            run.append(match.group(1))
            continue
        if len(run) >= 3 and len(set(run)) == len(run) and "".join(run) not in "ABCD":
            return tuple(run)
        run = []
    # (or in one sentence, each letter's meaning in brackets: 「S（計画を上回る）、A（計画どおり）、B（…）、C（…）」)
    for line in lines:
        if "（" in line or "(" in line:
            run = _INLINE_LETTER_RE.findall(nfkc(line))
            if len(run) >= 3 and len(set(run)) == len(run) and "".join(run) not in "ABCD":
                return tuple(run)
    return ()


_INLINE_LETTER_RE = re.compile(r"(?<![A-Za-z])([A-Z])\s*\([^()]{1,20}\)(?=\s*[、,，・]|\s*の|\s*$)")


def score(cell: str | None) -> int | None:
    """A 0–3 self-evaluation score, None when blank, '-' or unreadable."""
    if cell is None:
        return None
    value = nfkc(cell).strip()
    return int(value) if value.isdigit() else None


def number(cell: str | None) -> float | None:
    """A printed decimal such as '2.8' or '4.4 /5'."""
    if cell is None:
        return None
    match = re.search(r"\d+(?:\.\d+)?", nfkc(cell))
    return float(match.group()) if match else None


# An end marker that states its year inside a word of completion (「完了（R6）」, 「R6終了」,
# 「令和6年度完了」), and the words of a marker column (取組状況) that say the item goes on.
_ENDED_WORD_RE = re.compile(r"^(?:(?:完了|終了|廃止)\(?(?P<a>[^()]+)\)?|(?P<b>[^()]+?)(?:に|で)?(?:完了|終了|廃止))$")
_CONTINUING = ("実施中", "継続", "継続中", "取組中")


def ended_year(cell: str | None) -> str | None:
    """The 取組終了 column: a fiscal-year label such as 'R6' or 'H30', or '' (continuing); None if
    the cell is something else. A status column may state the end with its year (完了（R6）) or say
    the item goes on (実施中)."""
    if cell is None:
        return None
    value = nfkc(cell).replace(" ", "")
    if value == "" or value in _CONTINUING:
        return ""
    worded = _ENDED_WORD_RE.match(value)
    if worded:
        return year_label(worded.group("a") or worded.group("b"))
    return year_label(value)


def year_columns(row: list[str]) -> list[tuple[int, str]]:
    """(column, label) of the cells of a header row that are fiscal-year labels (R2, 令和3年度, H30)."""
    return [(j, label) for j, c in enumerate(row) if c and (label := year_label(c))]


def split_title(text: str) -> tuple[str, list[str]]:
    """Title without 【R5内容変更】-style tags, and the tags (as printed, without brackets)."""
    tags = [clean(t) for t in TAG_RE.findall(text)]
    return clean(TAG_RE.sub("", text)), tags


def departments(text: str) -> list[str]:
    """Departments as written, split on 、; only width and spacing normalised ('(消) 総務課' → '(消)総務課')."""
    result = []
    for part in re.split(r"[、,，]", text):
        # Width and spacing only (NFKC leaves kana/kanji as written): '（総） ICT' → '(総)ICT'.
        part = no_spaces(nfkc(clean(part)))
        if not part:
            continue
        result.append(part)
    return result


def department_key(depts: list[str]) -> tuple[str, ...]:
    """Comparison key: a department without prefix after a prefixed one belongs to the same bureau,
    so '(総)行政監理室、ICT推進室' equals '(総)行政監理室、(総)ICT推進室'."""
    keyed = []
    bureau = ""
    for dept in depts:
        match = _BUREAU_RE.match(dept)
        if match:
            bureau = match.group(1)
            name = dept[match.end():]
        else:
            name = dept
        keyed.append(notation_key(f"({bureau}){name}" if bureau else name))
    return tuple(keyed)


def themes_from_marks(marks: list[str]) -> list[str]:
    """Short theme names for ○ marks given in the fixed theme order (position i = THEMES[i])."""
    return [THEMES[i] for i, mark in enumerate(marks[: len(THEMES)]) if mark in MARKS]


def theme_name(cell: str) -> str | None:
    """The short theme a header cell or a listed name stands for (財政, 財政運営 → 財政), None if none."""
    value = no_spaces(nfkc(cell))
    if value in THEMES:
        return value
    return THEME_LABELS.get(value)


def theme_columns(row: list[str]) -> dict[int, str]:
    """Column → theme of a header row that names at least two themes (財政 サービス … in any order)."""
    columns = {j: name for j, c in enumerate(row) if c and (name := theme_name(c))}
    return columns if len(columns) >= 2 else {}


def themes_named(text: str) -> list[str]:
    """Themes as a テーマ cell or line names them: the report's themes it lists (as themes_listed), or,
    when it names none of them, its own wording as one theme (another city's 「財政の健全化」), so
    that a question naming that theme finds it rather than nothing. A theme users call by another
    name (市民サービスの向上 for サービス) is that theme."""
    from assistant.kinds.plan_report.records import THEME_WORDS

    own = clean(nfkc(text))
    said = next((theme for theme, words in THEME_WORDS if own in words), None)
    if said:
        return [said]
    listed = themes_listed(text)
    parts = [clean(part) for part in re.split(r"[、,，・\s]+", nfkc(text)) if clean(part)]
    # A part users call a theme by another name (「歳出削減・住民サービス」: 住民サービス is サービス) makes
    # the text a list too; a name of the town's own alone (「組織・人事」) stays one theme.
    if not listed and not any(name in words for name in parts for _, words in THEME_WORDS):
        return [own] if own else []
    # A list mixing the report's themes with the city's own (「財源確保・施設」): each name is kept, the
    # known ones as the report's theme, the others in the city's wording (dropping one would make a
    # question naming it find nothing).
    result = list(listed)
    for part in re.split(r"[、,，・\s]+", nfkc(text)):
        name = clean(part)
        if not name or theme_name(name):
            continue
        theme = next((t for t, words in THEME_WORDS if name in words), name)
        if theme not in result:
            result.append(theme)
    return result


def themes_listed(text: str) -> list[str]:
    """Themes written as a list (「財政、協働、民活」), in the fixed theme order; unknown names left out."""
    names = {theme_name(part) for part in re.split(r"[、,，・\s]+", nfkc(text)) if part}
    return [t for t in THEMES if t in names]


def average_values(row: list[str]) -> dict[str, Any]:
    """An initiative row's averages from its first average cell on: the four scores, 合計 and the
    self-evaluated 総合評価 (`self_overall`); None where a cell is missing."""
    values: dict[str, Any] = {name: number(cell) for name, cell in zip(SCORE_FIELDS, row[0:4])}
    values["total"] = number(row[4]) if len(row) > 4 else None
    values["self_overall"] = row[5] if len(row) > 5 and GRADE_RE.match(row[5]) else None
    return values


def practice_values(scores: list[int | None], total: int | None, rest: list[str]) -> dict[str, Any]:
    """A practice row's evaluation: the scores and 合計 that are stated, then from `rest` (the cells
    after them) 総合評価, 取組終了 ('' when continuing) and 担当部署."""
    values: dict[str, Any] = {name: value for name, value in zip(SCORE_FIELDS, scores) if value is not None}
    if total is not None:
        values["total"] = total
    overall = rest[0] if rest else ""
    if GRADE_RE.match(overall):
        values["overall"] = overall
    ended = ended_year(rest[1]) if len(rest) > 1 else ""
    values["ended"] = ended or ""
    dept_text = " ".join(c for c in rest[2:] if c)
    if dept_text:
        values["departments"] = departments(dept_text)
    return values


def reiwa_month(text: str) -> tuple[str, str, str]:
    """From '令和 7 年 3 月取組終了' → ('令和7年3月取組終了', '2025-03', 'R6'); 平成 dates alike.

    A month in January–March belongs to the previous fiscal year. Blank year/month (the form left
    unfilled) gives ('', '', '').
    """
    flat = no_spaces(nfkc(text))
    match = re.search(r"(令和|平成)(\d*|元)年(\d*)月取組終了", flat)
    if not match or not match.group(2) or not match.group(3):
        return "", "", ""
    era, month = match.group(1), int(match.group(3))
    year = 1 if match.group(2) == "元" else int(match.group(2))
    western = era_year(era, year)
    fiscal = western if month >= 4 else western - 1
    return f"{era}{match.group(2)}年{month}月取組終了", f"{western}-{month:02d}", fy_label(fiscal)


def round_half_up(value: float, digits: int = 1) -> float:
    """Round as the report does (2.75 → 2.8), not banker's rounding."""
    from decimal import ROUND_HALF_UP, Decimal

    quantum = Decimal(1).scaleb(-digits)
    return float(Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP))
