"""A plan report whose items stand in ONE long table of yearly grades (a pdf over pages): a two-row header
naming the item's number (番号), its content (取組内容), its department (所管), a block of fiscal years under one
heading (評価 over 2025 2026 … or 令和7年度 …) and where the item stands (状況: 終了 / 継続中), printed again over
each page the table runs onto; a full-width row opening each group of items (「重点項目Ⅰ　<名称>」); grades as
marks of the document's own legend (◎○△, listed under the table), a dash for a year the item was not graded
(before its start or after its end: '-', never a grade).

Each item is one practice record under the code it prints (「Ⅱ-3-(2)」, read in NFKC as every question is), its
grade of each year under that year's field (2025 → r7), its 状況 as printed (state), the year it ended (its last
graded year, when 状況 says it ended), its first graded year when the plan's first year has a dash (started: it
was added during the plan). Each group is an initiative record, numbered as printed, named as the document names
it (its word, 重点項目, is kept as `called`).

A plan's Word report may lay the same out as one table per upper group, each after its heading (「【基本目標2】
持続可能な財政運営」): the group rows inside it number the initiatives under that group (「施策2-1　歳入の確保」, items
2-1-1 …), the department block splits into the main department and the sub one (担当課 over 主 │ 副), and a column
of where each item ended replaces 状況 (完了年度: a year as printed, R9 / 令和10年度 / 2028年度, or 「（継続）」). The
upper heading is then each item's policy (「基本目標2 持続可能な財政運営」), the sub department its
related one, the printed year its `ended`, 「継続」 its state.

The layout is known by its shape — the header cells and a year block of two years or more, rows coded under group
rows, grade cells that are all marks of one legend — never by the document's words."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.kinds.plan_report.cells import cells, departments, grade, legend_scale
from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc, no_spaces
from assistant.text.wareki import fy_label, label_field, label_fiscal_year, year_label

_CODE_HEADS = ("番号", "No.", "No", "項番", "取組番号", "コード")
_NAME_HEADS = ("取組内容", "取組名", "項目名", "名称", "内容", "事業名", "推進項目", "実施項目")
_DEPT_HEADS = ("所管", "所管課", "担当課", "担当部署", "所管部署", "担当")
_STATE_HEADS = ("状況", "取組状況", "進捗状況", "実施状況", "達成状況")
# (a column of the year each item ended, 「（継続）」 where it goes on, in place of 状況)
_ENDED_HEADS = ("完了年度", "終了年度", "完了", "終了")
# A column of the bureau over the department (担当部 │ 担当課), when the two are printed apart.
_BUREAU_HEADS = ("担当部", "所管部", "担当部局", "所管部局", "部局")
_REMARK_HEADS = ("備考",)
# A column of where each item goes next (見直し後の方向性: 拡充 / 継続 / 縮小 / 廃止 / 完了), in place of 状況.
_COURSE_HEADS = ("方向性", "今後の方向性", "見直し後の方向性", "今後の方針", "後期の方向性")
# A year block split into sub-columns (令和６年度 over 上期 │ 下期 │ 評価): the sub-head of the year's own grade, and
# those of its half-year progress marks (the first half, the second).
_YEAR_GRADE_SUBHEADS = ("評価", "年度末評価", "年度評価", "総合評価", "達成度", "評定")
_HALF_SUBHEADS = {"上期": "h1", "上半期": "h1", "前期": "h1", "下期": "h2", "下半期": "h2", "後期": "h2"}
# The sub-heads splitting a department block into the main department and the sub one (担当課 over 主 │ 副).
_MAIN_SUBHEADS = ("主", "主担当", "主担当課")
_SUB_SUBHEADS = ("副", "副担当", "副担当課", "関係課")
# 「Ⅱ-3-(2)」, 「2-3-(2)」, 「A-1-2」 (NFKC: Ⅱ reads II).
_CODE_RE = re.compile(r"^(?:[IVX]{1,4}|\d{1,2}|[A-Z])-(?:\d{1,2}(?:-(?:\(\d{1,2}\)|\d{1,2}))?|\(\d{1,2}\))$")
# 「重点項目Ⅰ　デジタル技術を…」: a group row (its word, its number, its name), read in NFKC.
# (an initiative under an upper group may print both numbers: 「施策2-1　歳入の確保」)
_GROUP_RE = re.compile(r"^(?P<word>\S{0,6}?(?:項目|方針|分野|施策|目標|の柱|政策))\s*(?P<no>(?:[IVX]{1,4}|\d{1,2})(?:-\d{1,2})?)\s+(?P<title>\S.{0,60})$")
# The heading of an upper group a table stands under (「【基本目標2】持続可能な財政運営」), read in NFKC.
_UPPER_RE = re.compile(r"^【(?P<word>\S{0,6}?(?:方針|目標|の柱|政策|分野))\s*(?P<no>\d{1,2})】\s*(?P<title>\S.{0,60})$")
# A row of a middle group under a group row, coded without a word (「Ⅰ-１ 行政手続のオンライン化」), read in NFKC.
_SUBGROUP_RE = re.compile(r"^(?P<no>(?:[IVX]{1,4}|\d{1,2})-\d{1,2})\s+(?P<title>\S.{0,60})$")
_PAGE_RE = re.compile(r"^[-－―‐\s]*\d{1,3}[-－―‐\s]*$")
# A column of what each item did in the year the sheet reports (「令和６年度の実施状況」, 「実施内容」), read in NFKC
# without spaces: the items' remarks, in place of 状況 (its cells are sentences, never where an item stands).
_DONE_HEAD_RE = re.compile(r"^(?:(?:令和|平成|R|H)(?:\d{1,2}|元)年度|(?:19|20)\d{2}年度)?の?(?:実施状況|取組状況|取組実績|実施内容|実績|取組の状況)$")
# A group row inside the table (blocks of items down one sheet, each under a row of its group): the code cell
# holds the group's word and number (「柱①」 → 柱1 in NFKC, 「重点取組2」), the name cell its name, its year cells
# the group's own figures (its overall grade of the year, 3.4). Read in NFKC without spaces.
_GROUP_CELL_RE = re.compile(r"^(?P<word>[^\W\d_]{0,6}?(?:柱|項目|方針|分野|施策|目標|政策|重点|取組))(?P<no>[IVX]{1,4}|\d{1,2})$")
# A figure a group row prints in a year column (the mean of its items' points: 3.2).
_FIGURE_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})?$")
# A table of one header row naming the years itself (項目番号 │ 推進項目名 │ Ｒ１０ │ Ｒ１１ │ 完了年度), one table per
# group, each under the group's bracketed heading 「【重点1】デジタル技術を活用した窓口改革」 (its word, its number as the
# document prints it, its name): the items' codes are then numbers as printed (101, 新1: a word of one or two
# letters before the digits, an item added later), read in NFKC.
_FLAT_CODE_RE = re.compile(r"^(?:[^\W\d_]{1,2})?\d{1,4}$")
_BRACKET_GROUP_RE = re.compile(r"^【(?P<word>[^\d\s】]{1,8}?)\s*(?P<no>\d{1,2})】\s*(?P<title>\S.{0,60})$")

# A department printed with its bureau before the section (「総務部人事課」「政策企画部地域振興課」).
_BUREAU_OF_SECTION_RE = re.compile(r"^([一-龥ァ-ヶー]{1,10}?部)[一-龥ァ-ヶー]{1,12}?(?:課|室)$")
_ENDED_WORDS = ("終了", "完了", "廃止")
# A group's heading line over its own table (「重点取組１　デジタル化による…」, 「推進項目2 …」), read in NFKC.
_HEADING_GROUP_RE = re.compile(r"^(?P<word>\S{0,6}?(?:取組|項目|方針|分野|施策|目標|の柱|政策))\s*(?P<no>\d{1,2})\s+(?P<title>\S.{0,60})$")
# The group's overall grade said on a line of its own between its heading and its table (「重点取組としての総合評価：Ａ」).
_GROUP_OVERALL_RE = re.compile(r"総合評価\s*[:：]\s*(?P<grade>[A-ES])\s*$")
# Its indicator as labelled values (「成果指標：… ／ 目標値：100件 ／ 実績値（令和３年度）：124件」).
_INDICATOR_PART_RE = re.compile(r"^(?P<label>成果指標|指標|目標値|目標|実績値|実績)(?:[（(][^）)]*[)）])?\s*[:：]\s*(?P<value>\S.*)$")


@dataclass
class Layout:
    header: int
    code: int
    name: int
    dept: int
    state: int
    years: dict[int, str]  # column → year label (R7)
    scale: tuple[str, ...]
    related: int = -1  # the sub department's column (担当課 over 主 │ 副), -1: none
    ended: int = -1  # the column of the year each item ended (完了年度), -1: none
    rows: list[tuple[int, list[str], tuple[str, str, int] | None]] = field(default_factory=list)
    # The middle group row (「Ⅰ-１ 行政手続のオンライン化」) each row stands under, by the row's line.
    subgroups: dict[int, str] = field(default_factory=dict)
    flat: bool = False  # one header row naming the years (tables under bracketed group headings)
    groups: dict[str, tuple[str, str, int]] = field(default_factory=dict)
    # The upper group heading each table (「基本目標2 持続可能な財政運営」) by the row's line.
    policies: dict[int, str] = field(default_factory=dict)
    # Tables each under a heading of its own group (「重点取組１　<名称>」), lines of text between them (headed).
    headed: bool = False
    # What each group's lines above its table say of it (its overall grade, its indicator) by the group's number.
    summaries: dict[str, dict] = field(default_factory=dict)
    # The column of what each item did in the sheet's year (「令和６年度の実施状況」), -1: none.
    done: int = -1
    # Grades printed as points (1–5 of a 5段階 scale) instead of letters or marks.
    points: bool = False
    # The figures a group row prints in the year columns (its overall grade of each year), by group number.
    group_figures: dict[str, dict[str, str]] = field(default_factory=dict)
    # Half-year progress columns of a year block (令和６年度 over 上期 │ 下期 │ 評価): column → (year label, h1 / h2).
    halves: dict[int, tuple[str, str]] = field(default_factory=dict)
    # The column of where each item goes next (方向性), -1: none.
    course: int = -1
    # The year columns of the indicator's figures (実績 over R4 │ R5 │ R6) beside the grades' block: column → year label.
    figures: dict[int, str] = field(default_factory=dict)


def _year(cell: str) -> str | None:
    value = no_spaces(nfkc(cell))
    both = value.split("/")
    if len(both) == 2 and all(both):
        # (a year printed in both eras across a change of era: 「Ｈ31／Ｒ1」, one fiscal year — the later name)
        first, second = _year(both[0]), _year(both[1])
        if first and second and label_fiscal_year(first) == label_fiscal_year(second):
            return second
        return None
    match = re.match(r"^((?:19|20)\d{2})(?:年度)?$", value)
    return fy_label(int(match.group(1))) if match else year_label(value)


def _header(lines: list[str], i: int) -> tuple[int, int, int, int, dict[int, str], int, int] | None:
    head = [no_spaces(nfkc(c)) for c in cells(lines[i])]
    code = next((j for j, c in enumerate(head) if c in _CODE_HEADS), -1)
    name = next((j for j, c in enumerate(head) if c in _NAME_HEADS or re.fullmatch(r"\S{1,4}(?:項目|取組)名", c)), -1)
    state = next((j for j, c in enumerate(head) if c in _STATE_HEADS), -1)
    ended = next((j for j, c in enumerate(head) if c in _ENDED_HEADS), -1)
    course = next((j for j, c in enumerate(head) if c in _COURSE_HEADS), -1)
    done = next((j for j, c in enumerate(head) if c not in _STATE_HEADS and _DONE_HEAD_RE.match(c)), -1)
    if min(code, name) < 0 or i + 1 >= len(lines) or "\t" not in lines[i + 1]:
        return None
    sub = cells(lines[i + 1])
    years = {j: label for j, c in enumerate(sub) if c for label in [_year(c)] if label}
    figures = _figure_years(head, years)
    if figures:
        # (a progress table: 実績 over R4 │ R5 │ R6 and 評価 over R4 │ R5 │ R6 — the grades are the 評価 block's,
        # the other block's years the indicator's figures)
        years = {j: label for j, label in years.items() if j not in figures}
    elif max(state, ended, course, done) < 0:
        return None
    if len(years) < 2:
        blocked = _year_blocks(head, [no_spaces(nfkc(c)) for c in sub])
        if blocked is not None:
            years = blocked[0]
            first = min(blocked[1], default=min(years))
            sub = [c if j < min(first, min(years)) else "" for j, c in enumerate(sub)]
    dept = next((j for j, c in enumerate(head) if c in _DEPT_HEADS), -1)
    related = -1
    subheads = [no_spaces(nfkc(c)) for c in sub]
    if dept >= 0 and dept + 1 < len(subheads) and subheads[dept] in _MAIN_SUBHEADS and subheads[dept + 1] in _SUB_SUBHEADS \
            and not (head[dept + 1] if dept + 1 < len(head) else ""):
        related = dept + 1
    # (the cells before the years are empty, or repeat a head merged over both rows (コード), or split the
    # department block into 主 │ 副)
    if len(years) < 2 or any(sub[j] and subheads[j] != (head[j] if j < len(head) else "") and j not in (dept, related)
                             and j not in figures for j in range(min(years)) if j < len(sub)):
        return None
    return code, name, dept, state, years, related, ended


def _over(head: list[str], j: int) -> str:
    """The head cell a sub-header column sits under (the nearest head at or left of it: a merged cell)."""
    for k in range(min(j, len(head) - 1), -1, -1):
        if head[k]:
            return head[k]
    return ""


def _figure_years(head: list[str], years: dict[int, str]) -> dict[int, str]:
    """The year columns of an indicator's figures (実績 over R4 │ R5 │ R6) beside a block of the same years
    under a grade head (評価 over R4 │ R5 │ R6); {} unless both blocks are there, each of two years or more."""
    graded = {j: label for j, label in years.items() if _over(head, j) in _YEAR_GRADE_SUBHEADS}
    figures = {j: label for j, label in years.items() if j not in graded and _FIGURE_HEAD_RE.match(_over(head, j))}
    if len(graded) < 2 or len(figures) < 2 or len(graded) + len(figures) != len(years):
        return {}
    return figures


# The head of a block of an indicator's yearly figures (実績, 実績値, 目標値).
_FIGURE_HEAD_RE = re.compile(r"^(?:実績|実績値|目標|目標値|計画値)(?:\(.{1,6}\))?$")
# The head of the column of how far the item got (進捗率（％）, 達成率), of its target (目標（R6）), of its indicator.
_RATE_HEAD_RE = re.compile(r"^(?:進捗率|達成率|達成度)(?:\(.{0,6}\))?$")
_TARGET_HEAD_RE = re.compile(r"^(?:目標|目標値)(?:\((?P<year>[^)]{1,8})\))?$")
_INDICATOR_HEAD_RE = re.compile(r"^(?:成果)?指標(?:名)?$")
# A group row's own grades in brackets after its name (「（柱の評価 R4：○ R5：○ R6：◎）」), read in NFKC.
_GROUP_GRADES_RE = re.compile(r"\s*\((?P<said>[^()]*評価[^()]*)\)\s*$")
_YEAR_GRADE_RE = re.compile(r"(?P<year>(?:令和|平成|R|H)\s*(?:\d{1,2}|元)(?:年度)?|(?:19|20)\d{2}年度?)\s*[:：]\s*(?P<mark>\S)")


def _year_blocks(head: list[str], sub: list[str]) -> tuple[dict[int, str], dict[int, tuple[str, str]]] | None:
    """Years heading blocks of sub-columns (令和６年度 over 上期 │ 下期 │ 評価): each year's grade column (the
    sub-head 評価) and its half-year columns (上期, 下期) by column; None unless every year's block has its grade."""
    starts = [(j, label) for j, c in enumerate(head) if c for label in [_year(c)] if label]
    if len(starts) < 2:
        return None
    years: dict[int, str] = {}
    halves: dict[int, tuple[str, str]] = {}
    for n, (j, label) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(sub)
        for k in range(j, end):
            if k > j and k < len(head) and head[k]:
                break  # (the next head: 方向性)
            cell = sub[k] if k < len(sub) else ""
            if cell in _YEAR_GRADE_SUBHEADS and label not in years.values():
                years[k] = label
            elif cell in _HALF_SUBHEADS:
                halves[k] = (label, _HALF_SUBHEADS[cell])
        if label not in years.values():
            return None
    return years, halves


def _flat_header(lines: list[str], i: int) -> tuple[int, int, int, int, dict[int, str], int, int] | None:
    """A header of one row whose cells name the years (Ｒ１０ │ Ｒ１１ │ Ｒ１２) between the name and 完了年度."""
    head = [no_spaces(nfkc(c)) for c in cells(lines[i])]
    code = next((j for j, c in enumerate(head) if c in _CODE_HEADS or c == "項目番号"), -1)
    name = next((j for j, c in enumerate(head) if c in _NAME_HEADS or re.fullmatch(r"\S{1,6}項目名", c)), -1)
    ended = next((j for j, c in enumerate(head) if c in _ENDED_HEADS), -1)
    state = next((j for j, c in enumerate(head) if c in _STATE_HEADS), -1)
    years = {j: label for j, c in enumerate(head) if c for label in [_year(c)] if label}
    if min(code, name, max(state, ended)) < 0 or len(years) < 2 or min(years) < name:
        return None
    dept = next((j for j, c in enumerate(head) if c in _DEPT_HEADS), -1)
    return code, name, dept, state, years, -1, ended


def layout(lines: list[str]) -> Layout | None:
    found: Layout | None = None
    group: tuple[str, str, int] | None = None
    heading: tuple[str, str, str, int] | None = None  # (word, no, title, line) of a heading line not yet under a table
    summaries: dict[str, dict] = {}
    upper = ""
    subgroup: tuple[str, str] | None = None
    groups_ahead: dict[str, tuple[str, str, int]] = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        if "\t" in line:
            header = _header(lines, i)
            flat = header is None and (found is None or found.flat)
            if flat:
                header = _flat_header(lines, i)
            if header is not None:
                if found is None:
                    found = Layout(i, *header[:5], scale=(), related=header[5], ended=header[6], flat=flat)
                    if heading is not None and not flat:
                        # (the table stands under its group's own heading: each next table under the next)
                        found.headed = True
                        group = (heading[1], heading[2], heading[3])
                        found.groups.setdefault(heading[1], (heading[0], heading[2], heading[3]))
                elif header != (found.code, found.name, found.dept, found.state, found.years, found.related, found.ended):
                    break  # (another table)
                i += 1 if flat else 2
                continue
            if found is not None:
                row = cells(line)
                code = no_spaces(nfkc(row[found.code])) if found.code < len(row) else ""
                said = _GROUP_CELL_RE.match(code) if not found.flat else None
                if said and found.name < len(row) and clean(row[found.name]):
                    # (a group row inside the table: its items follow it, its year cells hold its own figures)
                    group = (said.group("no"), clean(row[found.name]), i)
                    found.groups.setdefault(said.group("no"), (said.group("word"), group[1], i))
                    found.group_figures[said.group("no")] = {
                        label: re.sub(r"\.0+$", "", nfkc(row[j]).strip()) for j, label in found.years.items()
                        if j < len(row) and _FIGURE_RE.match(nfkc(row[j]).strip())}
                elif _CODE_RE.match(code) or found.flat and group is not None and _FLAT_CODE_RE.match(code):
                    found.rows.append((i, row, group))
                    if subgroup and code.startswith(f"{subgroup[0]}-"):
                        found.subgroups[i] = f"{subgroup[0]} {subgroup[1]}"
                    if upper:
                        found.policies[i] = upper
                elif found.rows:
                    break
        else:
            text = clean(line)
            said = _HEADING_GROUP_RE.match(nfkc(text)) if text and (found is None or found.headed) else None
            if said:
                heading = (said.group("word"), said.group("no"), clean(said.group("title")), i)
                summaries.setdefault(said.group("no"), {})
                if found is not None:
                    group = (said.group("no"), heading[2], i)
                    found.groups.setdefault(said.group("no"), (said.group("word"), heading[2], i))
                i += 1
                continue
            if heading is not None and text:
                _summary(nfkc(text), summaries[heading[1]])
            if found is not None and found.headed:
                i += 1
                continue  # (text between the tables: the next group's heading, its summary, a caption)
            above = _UPPER_RE.match(nfkc(text)) if text.startswith("【") else None
            bracket = _BRACKET_GROUP_RE.match(nfkc(text)) if text.startswith("【") and not above else None
            if bracket and (found is None or found.flat):
                # (a group's own heading over its table: 「【重点1】…」, coded as printed, 重点1)
                no = f"{bracket.group('word')}{bracket.group('no')}"
                group = (no, clean(bracket.group("title")), i)
                groups_ahead.setdefault(no, (bracket.group("word"), group[1], i))
            elif text.startswith("【") and found is not None and found.flat and found.rows:
                break  # (a heading of another part: the tables end)
            elif above:
                # (an upper group's heading over its table: its items' policy)
                upper = f"{above.group('word')}{above.group('no')} {clean(above.group('title'))}"
            elif found is not None:
                said = _GROUP_RE.match(nfkc(text)) if text else None
                middle = _SUBGROUP_RE.match(nfkc(text)) if text and not said and group else None
                if said:
                    title = clean(said.group("title"))
                    graded = _GROUP_GRADES_RE.search(title)
                    if graded:
                        # (「改革の柱Ⅰ <名称> （柱の評価 R4：○ R5：○ R6：◎）」: the group's own grade of each year)
                        title = title[:graded.start()].strip()
                        found.group_figures.setdefault(said.group("no"), {
                            label: m.group("mark") for m in _YEAR_GRADE_RE.finditer(graded.group("said"))
                            for label in [_year(m.group("year"))] if label})
                    group = (said.group("no"), title, i)
                    found.groups.setdefault(said.group("no"), (said.group("word"), group[1], i))
                elif middle and middle.group("no").startswith(f"{group[0]}-"):
                    # (a middle group under the group row: its items' 取組)
                    subgroup = (middle.group("no"), clean(middle.group("title")))
                elif text and i + 1 < len(lines) and "\t" in lines[i + 1] and not found.flat and \
                        _header(lines, i + 1) == (found.code, found.name, found.dept, found.state, found.years,
                                                  found.related, found.ended):
                    pass  # (the table's heading again over its header on the next page: 「…（続き）」)
                elif text and not _PAGE_RE.match(text) and found.rows and not found.flat:
                    break  # (tables under bracketed headings have lines of their own between them: 所管部：…, （注）…)
        i += 1
    if found is None or len(found.rows) < 3:
        return None
    if found.flat:
        if not groups_ahead:
            return None
        for no, said in groups_ahead.items():
            found.groups.setdefault(no, said)
    if found.headed:
        found.summaries = summaries
    head = [no_spaces(nfkc(c)) for c in cells(lines[found.header])]
    found.course = next((j for j, c in enumerate(head) if c in _COURSE_HEADS), -1)
    if not found.flat and found.header + 1 < len(lines):
        blocked = _year_blocks(head, [no_spaces(nfkc(c)) for c in cells(lines[found.header + 1])])
        if blocked is not None and blocked[0] == found.years:
            found.halves = blocked[1]
    found.done = next((j for j, c in enumerate(head) if c not in _STATE_HEADS and _DONE_HEAD_RE.match(c)), -1)
    if not found.flat and found.header + 1 < len(lines):
        sub = cells(lines[found.header + 1])
        found.figures = _figure_years(head, {j: label for j, c in enumerate(sub) if c for label in [_year(c)] if label})
        if found.figures:
            found.done = -1  # (実績 over years: the indicator's figures, not what the item did)
    found.scale = legend_scale(lines)
    # (grades as points, 1–5, where the document says its scale has steps: 「評価（5段階）」, a 評価基準 of numbers)
    found.points = any("段階" in line or "評価基準" in line for line in lines)
    for _, row, _ in found.rows:
        for j in [*found.years, *found.halves]:
            mark = row[j] if j < len(row) else ""
            if _grade(mark, found) is None:
                return None
    return found


def _grade(cell: str, found: Layout) -> str | None:
    """A grade cell as grade() reads it, or its points (「4」) where the layout grades in points."""
    own = grade(cell, found.scale)
    if own is None and found.points:
        value = nfkc(cell).strip()
        return value if value.isdigit() and 0 <= int(value) <= 10 else None
    return own


# A legend's entry for the dash (「－：当該年度は取組期間外（開始前又は終了後）」), read in NFKC.
_DASH_LEGEND_RE = re.compile(r"^\s*[-－―‐ー]\s*[:：=＝]\s*(?P<meaning>\S.*)$")


def _dash_means_ended(lines: list[str]) -> bool:
    """Whether the document's legend says a dash marks a year after the item ended (「…終了後」)."""
    for line in lines:
        said = _DASH_LEGEND_RE.match(nfkc(line)) if "\t" not in line else None
        if said and re.search(r"終了後|完了後|廃止後|終了した", said.group("meaning")):
            return True
    return False


def _summary(text: str, into: dict) -> None:
    """What a line under a group's heading says of the group: its overall grade, its indicator's parts."""
    overall = _GROUP_OVERALL_RE.search(text)
    if overall:
        into["self_overall"] = overall.group("grade")
        return
    if "／" not in text and "/" not in text:
        return
    for part in re.split(r"\s*[／/]\s*", text):
        said = _INDICATOR_PART_RE.match(part.strip())
        if said:
            key = {"成果指標": "indicator", "指標": "indicator", "目標値": "target", "目標": "target"}.get(said.group("label"), "actual")
            into.setdefault(key, said.group("value").strip())


_ADDED_NOTE_RE = re.compile(r"^[(（]注\d*[)）]\s*(\S{1,6}?)は.{0,20}?追加")


def _longer_word(lines: list[str], word: str) -> str:
    """The word a header cell of the document says holding `word` (重点 → 重点取組 of 「重点取組名」, テーマ → 推進テーマ)."""
    for line in lines:
        if "\t" in line and word in line:
            for cell in cells(line):
                said = re.fullmatch(rf"([一-龥ァ-ヶー]{{0,4}}{re.escape(word)}[一-龥ァ-ヶー]{{0,4}}?)名", no_spaces(nfkc(cell)))
                if said:
                    return said.group(1)
    return word


def _ended_year(cell: str) -> str:
    """The year a 完了年度 cell prints (R9, 令和10年度, 2028年度 → its label); '' for 「（継続）」 or a dash."""
    value = no_spaces(nfkc(cell)).strip("()（）")
    return _year(value) or "" if value else ""


def _side_box(doc: ParsedDocument, lines: list[str], found: Layout, source: str) -> None:
    """A box printed beside the table (「評価基準」 over 5 計画以上に進捗 / 4 … in columns right of it, past an empty
    column): each of its lines a row of a table of its own under the box's heading (「評価基準: 3 / 概ね計画どおり」)."""
    last = max(at for at, _, _ in found.rows)
    table = [cells(lines[i]) for i in range(found.header, last + 1) if "\t" in lines[i]]
    head = table[0] if table else []
    width = max((len(r) for r in table), default=0)
    start = next((j for j in range(max(found.years) + 2, len(head)) if clean(head[j])
                  and all(not clean(r[j - 1]) for r in table if j - 1 < len(r))), -1)
    if start < 0 or start >= width:
        return
    heading = clean(head[start])
    box: list[str] = []
    for i in range(found.header + 1, last + 1):
        row = cells(lines[i]) if "\t" in lines[i] else []
        said = [clean(c) for c in row[start:] if clean(c)]
        if said:
            # (a row of a table of its own, as a table the reader has no rule for keeps its rows: the box's)
            text = f"{heading}: {' / '.join(said)}"
            doc.records.append(Record("table_row", f"{source}:{i + 1}", {
                "table": heading, "cells": {heading: said[0], **{f"列{n + 2}": v for n, v in enumerate(said[1:])}},
                "text": text, "heading": ""}, source, i + 1))
            doc.passages.append(Passage(f"table_row:{source}:{i + 1}", "text", text, source, i + 1))
            box.append(" ".join(said))
    if box:
        # (the box as one passage of the document, each line under its heading: what a search for the heading finds)
        doc.passages.append(Passage(f"doc:{source}", "text", "\n".join(f"{heading} {line}" for line in box), source, found.header + 1))



def _number(cell: str) -> float | int | None:
    """A figure as printed (「30,000」 → 30000, 「99.0」 → 99.0); None for a dash or words."""
    value = no_spaces(nfkc(cell)).replace(",", "")
    if not re.fullmatch(r"-?\d+(?:\.\d+)?", value):
        return None
    return float(value) if "." in value else int(value)


def _figures(doc: ParsedDocument, head: list[str], row: list[str], found: Layout, fields: dict, code: str,
             source: str, at: int) -> None:
    """A progress table's figures of an item: its indicator (指標名, 単位), its target (目標（R6）: the goal of that
    year), its actual figure of each year (a sheet_value per year, with the year's grade) and how far it got
    (進捗率（％）: progress_rate, as printed)."""
    def col(pattern: re.Pattern) -> int:
        return next((j for j, c in enumerate(head) if c and pattern.match(c) and j not in found.figures), -1)
    def cell(j: int) -> str:
        return clean(row[j]) if 0 <= j < len(row) else ""
    indicator, unit = cell(col(_INDICATOR_HEAD_RE)), cell(col(re.compile(r"^単位$")))
    target_at = col(_TARGET_HEAD_RE)
    target = _number(cell(target_at))
    said = _TARGET_HEAD_RE.match(head[target_at]) if target_at >= 0 else None
    target_year = _year(said.group("year")) if said and said.group("year") else max(found.years.values(), key=label_fiscal_year)
    rate = _number(cell(col(_RATE_HEAD_RE)))
    if indicator:
        fields["indicator"] = indicator
        doc.passages.append(Passage(f"practice:{code}", "indicator", indicator, source, at + 1))
    if unit:
        fields["unit"] = unit
    if target is not None:
        fields["target"] = target
    if rate is not None:
        fields["progress_rate"] = rate
    for j, label in found.figures.items():
        actual = _number(cell(j))
        goal = target if label == target_year else None
        if actual is None and goal is None:
            continue
        doc.records.append(Record("sheet_value", f"{code}-{label}", {
            "practice": code, "year": label, "indicator": indicator, "unit": unit, "goal": goal, "actual": actual,
            "rate": rate if label == target_year else None, "rate_text": "",
            "grade": fields.get(label_field(label), "")}, source, at + 1))


def detect(text: str) -> bool:
    if "\t" not in text or "年" not in text and "20" not in text:
        return False
    return layout(text.splitlines()) is not None


def parse(lines: list[str], source: str, title: str) -> ParsedDocument:
    found = layout(lines)
    assert found is not None  # detect() found it
    doc = ParsedDocument(kind="plan_report", title=title)
    labels = sorted(found.years.values(), key=label_fiscal_year)
    name_head = no_spaces(nfkc(cells(lines[found.header])[found.name]))
    called = re.sub(r"(内容|名|名称)$", "", name_head) or name_head
    members: dict[str, list[str]] = {}
    head = [no_spaces(nfkc(c)) for c in cells(lines[found.header])]
    bureau_col = next((j for j, c in enumerate(head) if c in _BUREAU_HEADS and j != found.dept), -1)
    if found.dept < 0 and bureau_col >= 0 and found.figures:
        # (a progress table's one 所管部局 column, 「総務部人事課」「嶺北県税事務所」: the item's department itself)
        found.dept, bureau_col = bureau_col, -1
    remark_col = next((j for j, c in enumerate(head) if c in _REMARK_HEADS), -1)
    # The word the header heads the year block with (「年度別の達成状況」 → 達成状況): what users call the grades.
    over_years = next((head[j] for j in range(min(found.years), -1, -1) if j < len(head) and head[j]), "")
    grade_word = re.sub(r"^(?:年度別|年度ごと|各年度)の?", "", over_years)
    grade_word = re.sub(r"\(\d{1,2}段階\)$", "", grade_word)  # (「評価（5段階）」: the grades are 評価)
    if found.flat:
        grade_word = ""  # (the years head their own cells: nothing heads the block)
    if found.halves:
        # (years heading blocks of sub-columns: the year's grade is its sub-head's, 年度末評価 / 評価)
        sub = [no_spaces(nfkc(c)) for c in cells(lines[found.header + 1])]
        grade_word = sub[min(found.years)] if min(found.years) < len(sub) else ""
    # Items a note under a table says were added (「（注）新1は令和１１年度に追加した推進項目です。」): when the
    # document says so, those are the items added during the plan, not every item first graded after the
    # plan's first year (「603は…取組開始を計画していた項目のため、令和１０年度は「－」」 was planned so).
    added = {no_spaces(nfkc(m.group(1))) for line in lines if "追加" in line
             for m in [_ADDED_NOTE_RE.match(nfkc(clean(line)))] if m} if found.flat else set()
    # A group row whose number heads other groups' numbers (「基本方針Ⅱ」 over 「重点項目Ⅱ-1」) is the upper
    # group of those: the items' policy, no initiative of its own.
    uppers = {no: (word, title) for no, (word, title, _) in found.groups.items()
              if any(other.startswith(f"{no}-") for other in found.groups)}
    for no in uppers:
        del found.groups[no]
    dash_ends = _dash_means_ended(lines)
    for at, row, group in found.rows:
        code = no_spaces(nfkc(row[found.code]))
        name = clean(row[found.name]) if found.name < len(row) else ""
        dept_cell = clean(row[found.dept]) if 0 <= found.dept < len(row) else ""
        state = clean(row[found.state]) if 0 <= found.state < len(row) else ""
        ended_cell = clean(row[found.ended]) if 0 <= found.ended < len(row) else ""
        ended = _ended_year(ended_cell)
        if found.ended >= 0 and not state:
            # (完了年度: a year, or 「（継続）」 — where the item stands as the column says it)
            state = "完了" if ended else "継続" if "継続" in ended_cell else ""
        related = departments(row[found.related]) if 0 <= found.related < len(row) else []
        depts = [d for part in re.split(r"[／/・]", dept_cell) for d in departments(part)]
        group_no, group_title, _ = group or ("", "", -1)
        fields: dict = {"code": code, "title": name, "departments": depts, "initiative": group_no,
                        "initiative_title": group_title, "themes": [], "tags": [], "ended": "", "ended_month": "",
                        "called": called, "state": state}
        if related:
            fields["related"] = related
        if grade_word and grade_word != "評価" and grade_word not in _CODE_HEADS + _NAME_HEADS + _DEPT_HEADS:
            fields["grade_word"] = grade_word
        if at in found.policies:
            fields["policy"] = found.policies[at]
        upper = next((no for no in uppers if group_no.startswith(f"{no}-")), None) if group_no else None
        if at in found.subgroups:
            fields["item_group"] = found.subgroups[at]
        if upper is not None:
            fields["policy"] = f"{uppers[upper][0]}{upper} {uppers[upper][1]}"
        if bureau_col >= 0 and bureau_col < len(row) and clean(row[bureau_col]):
            fields["bureau"] = clean(row[bureau_col])
        elif found.figures and len(depts) == 1 and (said := _BUREAU_OF_SECTION_RE.match(depts[0])):
            # (a 所管部局 cell 「総務部人事課」: the section of a bureau, 総務部, which holds its sections' items)
            fields["bureau"] = said.group(1)
        if remark_col >= 0 and remark_col < len(row) and clean(row[remark_col]):
            fields["remarks"] = clean(row[remark_col])
        elif 0 <= found.done < len(row) and clean(row[found.done]):
            fields["remarks"] = clean(row[found.done])
        course = clean(row[found.course]) if 0 <= found.course < len(row) else ""
        if course:
            fields["future_policy"] = course
        for j, (label, half) in found.halves.items():
            fields[f"{label_field(label)}_{half}"] = _grade(row[j] if j < len(row) else "", found) or ""
        graded: list[str] = []
        for j, label in found.years.items():
            own = _grade(row[j] if j < len(row) else "", found) or ""
            fields[label_field(label)] = own
            if own and own != "-":
                graded.append(label)
                doc.records.append(Record("grade", f"{code}-{label}", {"practice": code, "year": label,
                                          "fiscal_year": label_fiscal_year(label), "grade": own}, source, at + 1))
        graded.sort(key=label_fiscal_year)
        if graded and graded[0] != labels[0]:
            fields["started"] = graded[0]
            if not added or code in added:
                fields["tags"] = ["新規"]
        if ended:
            fields["ended"] = ended
        elif graded and (any(w in state for w in _ENDED_WORDS) or course == "完了") and found.ended < 0:
            fields["ended"] = graded[-1]
        elif graded and dash_ends and found.ended < 0 and graded[-1] != labels[-1] and all(
                fields[label_field(label)] == "-" for label in labels[labels.index(graded[-1]) + 1:]):
            # (dashes after its last grade, where the legend says a dash is a year after the item ended)
            fields["ended"] = graded[-1]
        if found.figures:
            _figures(doc, head, row, found, fields, code, source, at)
        doc.records.append(Record("practice", code, fields, source, at + 1))
        doc.passages.append(Passage(f"practice:{code}", "title", name, source, at + 1))
        if group_no:
            members.setdefault(group_no, []).append(code)
    _side_box(doc, lines, found, source)
    if found.flat:
        # (the groups' word as the document's own header cells print it: 【重点1】 under a list headed 重点取組名)
        found.groups = {no: (_longer_word(lines, word), title, at) for no, (word, title, at) in found.groups.items()}
    for no, (word, group_title, at) in found.groups.items():
        fields = {"no": no, "title": group_title, "themes": [], "n_practice": len(members.get(no, [])), "called": word}
        fields.update(found.summaries.get(no, {}))
        for label, figure in found.group_figures.get(no, {}).items():
            # (the group row's own figure of the year: its overall grade, the mean of its items' points)
            fields[label_field(label)] = figure
        doc.records.append(Record("initiative", no, fields, source, at + 1))
        doc.passages.append(Passage(f"initiative:{no}", "title", group_title, source, at + 1))
    return doc
