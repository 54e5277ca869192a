"""Section I of the plan report: one block per initiative with its (参考) row, its practice items,
the committee score (委員評価 x.x/5) and the committee members' remarks (委員の意見)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.errors import DocumentError
from assistant.kinds.plan_report.cells import (
    CODE_RE,
    COMMITTEE,
    NUMBERED_HEADING_RE,
    MARKS,
    THEMES,
    GRADE_RE,
    average_values,
    cells,
    ended_year,
    grade,
    number,
    practice_values,
    score,
    split_title,
    strip_html,
    themes_from_marks,
    theme_columns,
    themes_named,
    year_columns,
)
from assistant.kinds.plan_report.headed import practice_columns
from assistant.kinds.plan_report.lists import Copy
from assistant.kinds.plan_report.rows import BadRow, TableRow, read_table
from assistant.text.normalize import clean, nfkc
from assistant.text.wareki import label_field, year_label

# An initiative's heading: 「3 窓口サービスの向上」, or 「取組項目3 窓口サービスの向上」 in an edition
# that names what it numbers, or 「No.3 公共施設の最適配置」 (a progress sheet's first page opens the
# same way: _opens_block tells them apart by what follows), or 「【取組項目3】窓口サービスの向上」 with the
# number in brackets. A Word document may separate the number from the title with an ideographic space
# (「取組項目1　…」). An edition may call its initiatives 取組 alone (「取組1　自主財源の確保」).
_HEADER_RE = re.compile(r"^(?:取組(?:項目)?\s?|No\.\s?|【\s*取組項目\s?(?=\d{1,2}\s*】))?(\d{1,2})(?:\s*】\s*|[ \u3000])(\S.*)$")
# The block's practice items listed under its heading (「対象の実践項目：7、8、9、N2」): the lists and
# the sheets state each item's initiative, so the line only tells a block's heading from a sheet's.
# The numbers may be separated by 、 or by ・ (「実践項目：1・2・3」).
_MEMBERS_RE = re.compile(r"^(?:対象の)?実践項目\s*[:：]\s*(?:N?\d{1,2}|\d{1,2}-\d{1,2})(?:\s*[、,，・]\s*(?:N?\d{1,2}|\d{1,2}-\d{1,2}))*$")
# A bullet is a ・ (or a 〇, ◆ … of the town's own) at the start of a remark; ・ inside a remark
# (経営・財政) follows a character.
_BULLETS = "・〇○◯●◆◇■□"
_BULLET_SPLIT_RE = re.compile(rf"(?:^|\s)[{_BULLETS}]\s*")
# Where the converter lost the bullets, remarks are still separated by a space after 。 (inside a
# remark, sentences follow each other without a space — checked on every bulleted block).
_SENTENCE_GAP_RE = re.compile(r"(?<=。)\s+")


@dataclass
class InitiativeBlock:
    no: int
    title: str
    line: int
    end_line: int
    reference: Copy | None = None
    years: list[str] = field(default_factory=list)  # the yearly 総合評価 the (参考) row prints
    practices: dict[str, Copy] = field(default_factory=dict)
    committee_score: float | None = None
    committee_line: int = 0
    comments: list[str] = field(default_factory=list)
    # A note printed after the score instead of remarks (「委員の意見は別冊の意見書のとおり」).
    note: str = ""
    repaired: list[TableRow] = field(default_factory=list)
    bad: list[BadRow] = field(default_factory=list)
    cut: list[tuple[int, int]] = field(default_factory=list)  # (first line, line of the rest), 1-based


def split_comments(text: str) -> list[str]:
    """The committee block's separate remarks, with bullets (・) or, where they were lost, by the
    space the converter left between remarks."""
    body = strip_html(text)
    if not body:
        return []
    if re.match(rf"^[{_BULLETS}]", body) or re.search(r"\s・", body):
        parts = _BULLET_SPLIT_RE.split(body)
    else:
        parts = _SENTENCE_GAP_RE.split(body)
    return [clean(p) for p in parts if clean(p)]


def _reference_row(row: list[str], line: int, header_years: list[str],
                   names: list[str] | None = None) -> tuple[Copy, list[str]]:
    """(参考) row: 7 theme cells, 4 averages, 合計, 総合評価, then one yearly 総合評価 per printed year
    and 今回 under the current year (which is the committee's, not a grade). Returns the copy and the
    years whose grades it holds.

    An edition with themes of its own number (six, 協働 left out) names them in the header row over
    the marks: the theme cells are those the header names, each mark the theme above it, when the
    row's first figure stands right after them.

    Initiatives 16 and 21 of the shipped report print one yearly grade fewer before 今回 (one cell
    lost in conversion, an empty one appended). The grades are kept right-aligned on the last year —
    for initiative 21 the item grades make that certain — and the year that cannot be recovered (the
    first) stays ''.
    """
    named = theme_columns(names or [])
    width = max(named) + 1 if named and sorted(named) == list(range(len(named))) else 0
    if width and len(row) > width and number(row[width]) is not None \
            and all(c in MARKS or not c for c in row[:width]):
        marked = {named[j] for j in range(width) if row[j] in MARKS}
        values: dict = {"themes": [t for t in THEMES if t in marked], **average_values(row[width:])}
        rest = row[width:]
    else:
        marks, rest = row[:7], row[7:]
        values = {"themes": themes_from_marks(marks), **average_values(rest)}
    yearly = rest[6:]
    years = list(header_years)
    if "今回" in yearly:
        yearly = yearly[: yearly.index("今回")]
        years = years[:-1]
    n = len(years)
    yearly = [g for g in (grade(c) for c in yearly) if g is not None][-n:] if n else []
    yearly = [""] * (n - len(yearly)) + yearly
    for year, value in zip(years, yearly):
        values[label_field(year)] = value
    return Copy("section_1", line, values), years


# The (参考) figures written as one line of labelled values: 「テーマ：財政・協働 平均値 進捗度 2.5 連携度 2.2
# 効率性 2.8 創造性 2.5 合計 10.0 総合評価 A」.
_THEME_LINE_RE = re.compile(r"^テーマ\s*[:：]\s*(\S+)(.*)$")
# The committee's score printed on that line (「テーマ:… 担当課自己評価:A 委員評価 4.2/5」): the remarks
# then follow the line, under their label. The committee may name itself (委員会評価:3.6/5).
_THEME_SCORE_RE = re.compile(r"委員会?評価\s*[:：]?\s*(\d+(?:\.\d+)?)\s*(?:[/／]\s*5|点)?(?![\d.])")
_LABELLED = {"進捗度": "progress", "連携度": "collaboration", "効率性": "efficiency", "創造性": "creativity",
             "合計": "total"}
# Counts the line may state (実践項目数:4): an edition whose practice list has no initiative column
# ties its rows to the initiatives by these counts.
_COUNTED = {"実践項目数": "n_practice"}


# A figure of the (参考) line written on a line of its own under the テーマ line (実践項目数：5,
# 担当部局の自己評価：A): a definition list's term and its value.
_FIGURE_LINE_RE = re.compile(r"^(?:実践項目数|\S{0,8}自己評価\S{0,6})\s*[:：]\s*(\S+)$")


def _figure_line(line: str, reference: Copy) -> bool:
    """Add a figure written on a line of its own to the block's (参考) figures; False for another line."""
    match = _FIGURE_LINE_RE.match(nfkc(line).strip())
    if match is None:
        return False
    value = match.group(1)
    if nfkc(line).startswith("実践項目数"):
        if value.isdigit():
            reference.values.setdefault("n_practice", int(value))
    elif GRADE_RE.match(value) or re.fullmatch(r"[A-Z]", value):
        # (a letter of the document's own scale too: S where its legend ranks S above A)
        reference.values.setdefault("self_overall", value)
    return True


def _theme_line(line: str, line_no: int) -> Copy | None:
    """The (参考) figures of a テーマ line: the themes listed, each labelled average, 合計 and the
    self-evaluated 総合評価 (`self_overall`); a label the line leaves out stays unstated."""
    match = _THEME_LINE_RE.match(nfkc(line).replace("\t", " ").strip())
    if not match:
        return None
    values: dict = {"themes": themes_named(match.group(1))}
    for word, name in _LABELLED.items():
        figure = re.search(rf"{word}\s*[:：]?\s*(\d+(?:\.\d+)?)", match.group(2))
        if figure:
            values[name] = float(figure.group(1))
    for word, name in _COUNTED.items():
        figure = re.search(rf"{word}\s*[:：]?\s*(\d+)(?![\d.])", match.group(2))
        if figure:
            values[name] = int(figure.group(1))
    # 総合評価 A, or the departments' own grade labelled as such (担当課自己評価:A).
    overall = re.search(r"(?:総合評価|自己評価)\s*[:：]?\s*([A-D])(?![A-Za-z])", match.group(2))
    if overall:
        values["self_overall"] = overall.group(1)
    return Copy("section_1", line_no, values)


def _is_theme_header(row: list[str]) -> bool:
    """The top row of an initiative's theme table printed without (参考) (「テーマ │ … │ 合計 │ 総合評価」)."""
    return len(row) > 1 and nfkc(row[0]).strip() == "テーマ"


def _labelled_reference(row: list[str], top: list[str], names: list[str], line: int) -> Copy:
    """A theme table's row read by its headers: the second header row names the themes (in an order
    of the city's own) and maybe the averages, the top row what lies beside them (合計, 総合評価). A
    Word table's merged heading leaves each label over its own column."""
    label = {j: c for j, c in enumerate(top) if c}
    label.update({j: c for j, c in enumerate(names) if c})
    marked = {name for j, name in theme_columns(names).items() if j < len(row) and row[j] in MARKS}
    values: dict = {"themes": [t for t in THEMES if t in marked]}
    for j, text in label.items():
        cell = row[j] if j < len(row) else ""
        word = re.sub(r"\s+", "", nfkc(text))
        if word in _LABELLED and number(cell) is not None:
            values[_LABELLED[word]] = number(cell)
        elif word == "総合評価" and GRADE_RE.match(cell):
            values["self_overall"] = cell
    return Copy("section_1", line, values)


def _read_practice_row(row: list[str], initiative: int) -> dict | None:
    """A section-I practice row (No.│実践項目名│4 scores│合計│総合評価│取組終了│担当部署), or None when
    the cells are not such a row."""
    if len(row) < 9 or not CODE_RE.match(row[0]) or not row[1]:
        return None
    if any(c and not nfkc(c).isdigit() for c in row[2:7]):
        return None
    if (row[7] and not GRADE_RE.match(row[7])) or ended_year(row[8]) is None:
        return None
    title, _tags = split_title(row[1])
    values: dict = {"initiative": str(initiative), "title": title}
    values.update(practice_values([score(c) for c in row[2:6]], score(row[6]), row[7:]))
    return values


def _is_practice_start(row: list[str]) -> bool:
    return bool(CODE_RE.match(row[0])) and len(row) > 1


def _is_practice_noise(row: list[str]) -> bool:
    text = "".join(row)
    return "進捗度" in text or "実践項目名" in text or bool(re.fullmatch(r"[-\s]*", text))


_SEPARATOR_RE = re.compile(r"^-{3,}")
_HEADER_WORDS = {*THEMES, "進捗度", "連携度", "効率性", "創造性", "合計", "総合評価"}


def _continued_row(
    lines: list[str], i: int, end: int, row: list[str], in_reference: bool, header_years: list[str]
) -> tuple[str, int] | None:
    """A row of the block cut in two, whose end is known: the (参考) header ends with its years, the
    (参考) row with 今回 (or one grade per year), the 委員評価 row with the remarks. Returns the joined
    text and the 0-based line of the rest, or None."""
    k = next((j for j in range(i + 1, end) if lines[j].strip()), None)
    if k is None:
        return None
    nxt = cells(lines[k])
    rest = [c for c in nxt if c]
    if not rest or _SEPARATOR_RE.match(lines[k]) or (_HEADER_RE.match(lines[k]) and "\t" not in lines[k]):
        return None
    if row[0] == "財政":
        # The header names the themes, the scores and the years; a rest made only of such names
        # belongs to it (the row under it holds marks and figures).
        if not all(year_label(c) or c in _HEADER_WORDS for c in rest):
            return None
    elif in_reference and row[0] != "財政":
        if "今回" in row or (header_years and len(row) >= 13 + len(header_years)) or "No." in rest[0]:
            return None
    elif row[0] == "委員評価":
        if len([c for c in row[1:] if c and c not in ("意見", "/5") and not re.search(r"\d\.\d", c)]) and not _cut_inside(row):
            return None
        if rest[0] in ("委員評価", "No.") or rest[0].startswith(("委員の意見", "(参考)")):
            return None
    else:
        return None
    sep = "" if _cut_inside(row) else "\t"
    return lines[i] + sep + lines[k], k


def _cut_inside(row: list[str]) -> bool:
    """Whether a committee row ends inside its remarks: its last text does not close a sentence."""
    last = next((c for c in reversed(row) if c), "")
    return row[0] == "委員評価" and len(last) > 8 and not last.rstrip().endswith(("。", "</ul>", "</li>", "）", ")"))


# The score on a line of its own, maybe with a note in brackets after it that says where the remarks
# are printed (「（委員の意見は別冊の意見書のとおり）」): a note, not a remark.
# The label of the remarks may open the line (委員会の意見 委員評価 4.2 /5).
# The committee may name itself (委員会評価 4.2点／5点: a score in 点 out of 5点).
# The departments' own grade may open the line (所管課の自己評価：A ／ 委員会評価：4.0点（5点満点）): the
# lists state it, so it is skipped here; 「（5点満点）」 is the scale, not a note.
# The committee is named as the report names it (懇話会評価 4.1／5.0: the scale with its decimal).
# The departments' grade may be labelled with what it sums up and stand before the score without a
# slash (担当部署の自己評価（総合）：A 委員会評価：4.1点（5点満点）): an edition without lists states it only there.
_COMMITTEE_ALONE_RE = re.compile(
    r"^(?:\S{0,6}意見等?\s+|\S{0,8}自己評価(?:\([^()]{1,6}\))?\s*:?\s*(?P<own>[A-D])\s*/?\s*)?" + COMMITTEE
    + r"評価\s*:?\s*(\d+(?:\.\d+)?)\s*点?"
    r"\s*(?:/\s*5(?:\.0)?\s*点?|\(5点満点\))?\s*(\([^()]*\))?$")
# The label over the remarks written one to a line (委員の意見, 委員の意見等, 委員会の意見), maybe in
# brackets (＜委員の意見＞, 【懇話会の意見】), or as a definition list's term (委員の意見：).
_REMARKS_LABEL_RE = re.compile(r"^[<＜〈《【\[［]?(?:" + COMMITTEE + r"|\S{0,8}" + COMMITTEE + r")の意見等?[>＞〉》】\]］]?\s*[:：]?$")


def _opens_block(lines: list[str], i: int, end: int) -> bool:
    """An initiative's heading (「3 窓口サービスの向上」): a numbered line of its own followed by the
    block's (参考) table or, in editions without one, its practice table."""
    if "\t" in lines[i] or not _HEADER_RE.match(lines[i]):
        return False
    following = [lines[j] for j in range(i + 1, min(end, i + 4)) if lines[j].strip()][:2]
    if following and _THEME_LINE_RE.match(nfkc(following[0]).strip()):
        if _THEME_SCORE_RE.search(nfkc(following[0])):
            return True  # the figures and the committee's score on one line, the remarks under it
        # the (参考) figures written as a line of their own, or one label to a line (a definition
        # list: テーマ：… / 実践項目数：5 / 担当部局の自己評価：A) before the committee's score
        rest = [lines[j] for j in range(i + 1, min(end, i + 12)) if lines[j].strip()][1:]
        while rest and _FIGURE_LINE_RE.match(nfkc(rest[0]).strip()):
            rest = rest[1:]
        following = rest[:1]
    if following and _MEMBERS_RE.match(nfkc(following[0]).strip()):
        following = [lines[j] for j in range(i + 1, min(end, i + 5)) if lines[j].strip()][1:2]
    nxt = following[0] if following else ""
    # The committee's opinions published alone: the heading is followed by the score.
    # (a practice table read by its headers, 「番号│実践項目│担当課│H29…」, opens a block laid out per initiative)
    return (nxt.startswith("(参考)") or ("実践項目名" in nxt and "\t" in nxt) or _is_theme_header(cells(nxt))
            or ("\t" in nxt and practice_columns(cells(nxt)) is not None)
            or bool(_COMMITTEE_ALONE_RE.match(nfkc(nxt).strip())))


# An initiative's heading laid out as a table row of labelled cells (a workbook's sheet of remarks):
# 「取組項目1 │ 税・料金の収納率向上 │ 懇話会評価 │ 3.6/5」, the committee named as the document names it,
# its score in the cell after the label or in the label's own cell (「委員評価 4.2/5」).
_ROW_HEAD_RE = re.compile(r"^(?:取組項目|No\.?)\s*(\d{1,2})$")
_ROW_SCORE_RE = re.compile(rf"^{COMMITTEE}の?評価(?:平均)?\s*[:：]?\s*(\d+(?:\.\d+)?)?")
_SCORE_CELL_RE = re.compile(r"^(\d+(?:\.\d+)?)\s*点?\s*(?:[/／]\s*5\s*点?)?$")
# A remark in a row of its own under such a heading: numbered 「1-2」 (initiative-remark) or bulleted.
_REMARK_NO_RE = re.compile(r"^(\d{1,2})\s*[-－]\s*\d{1,2}$|^[・●○◆■]$")


def _row_head(row: list[str]) -> tuple[int, str, float] | None:
    """(number, title, committee score) of an initiative's heading printed as a labelled table row."""
    head = _ROW_HEAD_RE.match(nfkc(row[0]).strip()) if len(row) >= 3 else None
    if head is None or not row[1]:
        return None
    for j in range(2, len(row)):
        label = _ROW_SCORE_RE.match(nfkc(row[j]).strip())
        if label is None:
            continue
        value = label.group(1) or (nfkc(row[j + 1]).strip() if j + 1 < len(row) else "")
        figure = _SCORE_CELL_RE.match(value) if label.group(1) is None else label
        if figure:
            return int(head.group(1)), clean(row[1]), float(figure.group(1))
    return None


def row_head(row: list[str]) -> tuple[int, str, float] | None:
    """Whether (and what) a table row heads an initiative with the committee's score (for detection)."""
    return _row_head(row)


def _row_remark(row: list[str], no: int) -> str | None:
    """The remark of a row 「1-2 │ text」 under initiative `no`'s labelled heading, None for another row."""
    if len(row) < 2 or not clean(row[1]):
        return None
    numbered = _REMARK_NO_RE.match(nfkc(row[0]).strip())
    if numbered is None or (numbered.group(1) and int(numbered.group(1)) != no):
        return None
    return clean(" ".join(c for c in row[1:] if c))


def _remark_lines(lines: list[str], start: int, end: int) -> tuple[list[str], int]:
    """The committee's remarks written one to a line from index `start`: up to the next initiative's
    heading, a table row or a separator. Returns them and the 0-based index of the last one."""
    remarks: list[str] = []
    last = start - 1
    for j in range(start, end):
        if not lines[j].strip():
            continue
        # A numbered heading (「4．実践項目の評価一覧」) ends the remarks of the section's last initiative.
        if ("\t" in lines[j] or _SEPARATOR_RE.match(lines[j]) or _opens_block(lines, j, end)
                or NUMBERED_HEADING_RE.match(clean(lines[j]))):
            break
        if not remarks and _REMARKS_LABEL_RE.match(clean(lines[j])):
            continue
        remarks.append(lines[j])
        last = j
    return remarks, last


def opens_block(lines: list[str], i: int, end: int) -> bool:
    """Whether line `i` is an initiative's heading in section I (not a progress sheet's first page)."""
    return _opens_block(lines, i, end)


def parse_section1(lines: list[str], start: int, end: int, source: str) -> dict[int, InitiativeBlock]:
    """Initiative blocks between section I's heading (index `start`) and section II (`end`)."""
    blocks: dict[int, InitiativeBlock] = {}
    current: InitiativeBlock | None = None
    in_reference = False
    header_years: list[str] = []
    top: list[str] = []  # the theme table's top header row and the row naming the themes
    names: list[str] = []
    lines_skipped: set[int] = set()
    i = start - 1
    while i + 1 < end:
        i += 1
        if i in lines_skipped:
            continue
        line = lines[i]
        labelled = _row_head(cells(line)) if "\t" in line else None
        if labelled is not None:
            # The heading states the committee's score; the remarks are the rows under it.
            no, title, figure = labelled
            current = InitiativeBlock(no, title, i + 1, i + 1, committee_score=figure, committee_line=i + 1)
            blocks[current.no] = current
            in_reference = False
            top = []
            continue
        if current is not None and current.committee_line == current.line and "\t" in line:
            remark = _row_remark(cells(line), current.no)
            if remark is not None:
                current.comments.append(remark)
                current.end_line = i + 1
                continue
        if _opens_block(lines, i, end):
            header = _HEADER_RE.match(line)
            current = InitiativeBlock(int(header.group(1)), clean(header.group(2)), i + 1, i + 1)
            blocks[current.no] = current
            in_reference = False
            top = []
            continue
        if current is None:
            continue
        current.end_line = i + 1 if line.strip() else current.end_line
        row = cells(line)
        joined = _continued_row(lines, i, end, row, in_reference, header_years)
        if joined is not None:
            line, k = joined
            row = cells(line)
            current.cut.append((i + 1, k + 1))
            lines_skipped.add(k)
        theme_line = _theme_line(line, i + 1) if current.reference is None else None
        if theme_line is not None:
            current.reference = theme_line
            scored = _THEME_SCORE_RE.search(nfkc(line))
            if scored:
                # The score closes the figures' line: the remarks are the lines under it.
                current.committee_score = float(scored.group(1))
                current.committee_line = i + 1
                remarks, last = _remark_lines(lines, i + 1, end)
                current.comments = [c for text in remarks for c in split_comments(text)]
                current.end_line = max(current.end_line, last + 1)
                i = max(i, last)
            continue
        if current.reference is not None and "\t" not in line and _figure_line(line, current.reference):
            continue
        if _is_theme_header(row):
            top = row
            continue
        if row[0] == "財政" and "サービス" in row:
            header_years = [label for _, label in year_columns(row)]
            names = row
            in_reference = True
            continue
        if in_reference and len(row) >= 12:
            current.reference, current.years = _reference_row(row, i + 1, header_years, names)
            in_reference = False
            continue
        if in_reference and top and any(c in MARKS for c in row):
            # A short row under two header rows (no averages, no yearly grades): read by its labels.
            current.reference = _labelled_reference(row, top, names, i + 1)
            in_reference = False
            continue
        if "実践項目名" in line:
            # The practice table runs to the committee's block; rows cut in conversion are joined.
            stop = next((j for j in range(i + 1, end) if lines[j].startswith(("委員の意見", "委員会の意見", "委員評価"))
                         or (_HEADER_RE.match(lines[j]) and "\t" not in lines[j])), end)
            no = current.no
            rows, bad = read_table(lines, i + 1, stop, _is_practice_start, _is_practice_noise,
                                   lambda r: _read_practice_row(r, no))
            for trow in rows:
                if trow.cells[0] not in current.practices:
                    current.practices[trow.cells[0]] = Copy("section_1", trow.index + 1, trow.value)
                    if trow.repaired:
                        current.repaired.append(trow)
            current.bad.extend(bad)
            if stop > i + 1:
                last = max([r.index for r in rows] + [p for r in rows for p in r.pieces] + [b.index for b in bad] + [i])
                current.end_line = max(current.end_line, last + 1)
            i = stop - 1
            continue
        alone = _COMMITTEE_ALONE_RE.match(nfkc(line).strip())
        if alone:
            # The score on a line of its own (委員評価 4.3 /5): the remarks are the lines under it.
            current.committee_score = float(alone.group(2))
            current.committee_line = i + 1
            current.note = alone.group(3)[1:-1].strip() if alone.group(3) else ""
            if alone.group("own") and current.reference is not None and not current.reference.values.get("self_overall"):
                current.reference.values["self_overall"] = alone.group("own")
            remarks, last = _remark_lines(lines, i + 1, end)
            current.comments = [c for text in remarks for c in split_comments(text)]
            current.end_line = max(current.end_line, last + 1)
            i = last
            continue
        if row[0] == "委員評価":
            score_cell = next((c for c in row[1:] if re.search(r"\d\.\d", c)), None)
            current.committee_score = number(score_cell)
            current.committee_line = i + 1
            text = " ".join(c for c in row[1:] if c and c not in ("意見", "/5") and c != score_cell)
            current.comments = split_comments(text)
    # An edition of the committee's opinions alone has no practice item anywhere; otherwise every
    # block prints its (参考) figures or its practice table.
    opinions_only = not any(block.reference is not None or block.practices for block in blocks.values())
    for no, block in blocks.items():
        if (block.reference is None and not block.practices and not opinions_only) or block.committee_score is None:
            raise DocumentError(source, f"取組項目{no}の(参考)表または委員評価が読み取れません", block.line)
    return blocks
