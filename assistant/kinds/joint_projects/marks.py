"""A joint-projects table that marks each municipality's part with ○ in a column of its own.

Another layout of the same list: a header 番号・分野・事業名・開始年度・事業費（千円）…, then one column per
municipality, headed by its name, holding ○ where it takes part and nothing where it does not. The
layout is found by its shape — a number heading, a name heading and two or more columns headed like a
municipality (…市/町/村/区) whose cells are only marks or blank — never by a document's words or years.
Each record keeps its members as an object municipality → mark ("" where blank), read by the same
questions as a table of departments (「南原村が参加している」「すべて参加」「参加市町村がいちばん少ない」).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.model import ParsedDocument, Passage, Record
from assistant.kinds.joint_projects import span_columns, year_states
from assistant.text.normalize import clean, nfkc
from assistant.text.wareki import year_label

# Marks printed for "takes part" (○ in its several code points, ●, ◎, ✓).
MARKS = frozenset("○◯〇●◎✓✔")
# Marks printed before one name of a list in one cell to single it out (「★楓台市、柳瀬町」): still a member; what
# the mark means is the legend's (「★は幹事団体を示す」).
_NAME_MARKS = MARKS | frozenset("★☆◆◇")
# A municipality's name heading a column: a few characters ending in 市, 町, 村 or 区 (開始年度 never does).
_MUNICIPALITY_RE = MUNICIPALITY_RE = re.compile(r"^[^\s\d()（）:：]{1,10}?[市町村区]$")
# (or its code: 「連-01」, a letter or two, or a word's character, a hyphen and the number)
_ROW_START_RE = re.compile(r"^\s*((?:[^\s\d\-‐－]{1,3}\s*[-‐－]\s*)?[0-9０-９]{1,3})\s*$")
# 「実施年度」 over 「R11～」 (from R11, still going), 「R11～R13」 (R11 to R13, over), 「R12」 (that year alone).
_PERIOD_HEADINGS = ("実施年度", "実施期間", "事業期間", "実施時期", "期間")
_PERIOD_RE = re.compile(r"^(?P<start>[^～〜~\-－]+?)\s*(?:(?P<dash>[～〜~－])\s*(?P<end>[^～〜~\-－]*))?$")
# 「（単位：千円）」「（千円）」「(円)」: the unit of a cost heading or of a note above the table.
_UNIT_RE = re.compile(r"[(（]\s*(?:単位\s*[:：]\s*)?(千円|百万円|万円|円)\s*[)）]|単位\s*[:：]\s*(千円|百万円|万円|円)")
_NOTE_RE = re.compile(r"^\s*(?:※|\*|[(（]?注[)）\d１-９:：]|出典[:：])")


def is_number_heading(cell: str) -> bool:
    """The heading of the projects' numbers: 番号, or 連携番号, 事業番号, No. in other editions."""
    return cell.endswith("番号") and len(cell) <= 6 or cell.rstrip(".．").upper() in ("NO", "ＮＯ")


def is_title_heading(cell: str) -> bool:
    """The heading of the projects' names: 事業項目, or 事業名 (連携事業, 事業名称) in another edition."""
    return cell.startswith("事業項目") or cell in ("事業名", "事業名称", "連携事業", "連携事業名")


def _is_cost_heading(cell: str) -> bool:
    """事業費（千円）, 事業費, 予算額（千円）, 町の負担（千円）: the amount of each project (the reader's share)."""
    # (「市の負担（千円）」「町の負担」: the publisher's own share, named by its kind of body)
    return bool(re.match(r"^(?:(?:市|町|村|本市|本町|本村|当市|当町)の)?(?:事業費|予算額|負担額|負担|経費)", cell)
                or re.match(r"^[^\s(（の]{1,4}の負担(?:額|金)?\s*(?:$|[(（])", cell))


# 「R6事業費（千円）」「令和7年度予算額」「事業費（2025年度）」: one year's amount, a column per year.
_YEAR = r"(?:令和|平成|[RH])\s*(?:\d{1,2}|元)\s*(?:年度)?|(?:19|20)\d{2}\s*年度"
_COST_WORD = r"(?:事業費|予算額|予算|決算額|負担額|経費)"
_YEAR_COST_RE = re.compile(rf"^(?:(?P<y1>{_YEAR})\s*(?:の)?\s*{_COST_WORD}|{_COST_WORD}\s*[(（]\s*(?P<y2>{_YEAR})\s*[)）])")


def year_cost(cell: str) -> str:
    """The fiscal year (R7) a cost heading is of; "" when it is of none."""
    match = _YEAR_COST_RE.match(nfkc(cell).strip())
    return (year_label(re.sub(r"\s+", "", match.group("y1") or match.group("y2"))) or "") if match else ""


@dataclass
class Layout:
    header: int  # 0-based line of the header
    no: int
    title: int
    area: int = -1
    start: int = -1
    description: int = -1
    cost: int = -1
    cost_unit: str = ""
    # 「効果額（千円）」: what each project saves (▲ where it costs more), in the unit its heading says
    effect: int = -1
    effect_unit: str = ""
    # One amount column per fiscal year (「R6事業費（千円）」「R7事業費（千円）」): (column, year label) in order.
    year_costs: list[tuple[int, str]] = field(default_factory=list)
    members: list[tuple[int, str]] = field(default_factory=list)  # (column, municipality) left to right
    # Another layout lists each project's members in ONE cell (「◎白鷺市・朝霧町」): that column, and then
    # `members` holds (column, municipality) for every name the column lists, in order of first mention.
    listed: int = -1
    status: int = -1  # 進捗・状況: each project's state as printed (実施中, 令和8年度開始予定)
    department: int = -1  # 担当課（中心市）: one department per project
    department_of: str = ""  # what the department heading's brackets say it belongs to (中心市, or a name)
    legend: dict[str, str] = field(default_factory=dict)  # mark → meaning (「◎は中心市」)
    # Every member, where some cell says all take part (全市町) instead of naming them; and whence they were
    # read: "list" (the document lists its members above the table) or "column" (the names the column lists).
    all_members: list[str] = field(default_factory=list)
    all_members_from: str = ""
    chair: int = -1  # 主担当・幹事団体: the member leading each project (one name), -1: none
    period: int = -1  # 実施年度: 「R11～」「R11～R13」「R12」, the years each project runs
    member_legend: dict[str, str] = field(default_factory=dict)  # member mark → meaning (●：実施, ○：実施予定)


# A member's cell saying it takes no part: blank, or a dash (「－：参加しない」).
_NO_PART = frozenset({"", "－", "―", "—", "-", "‐", "ー"})
# A legend entry of a member's mark, its meaning maybe with a bracket after it: 「○：実施予定（令和13年度以降）」.
_MEMBER_LEGEND_RE = re.compile(r"([◎●○◯〇✓✔△▲□■])\s*(?:印)?\s*(?:は|[:：＝=])\s*([^\s、。()（）:：]{1,12}(?:[(（][^()（）]{1,20}[)）])?)")


# Marks a legend may give a member's part of its own besides ○ (「△：協力」), taken as marks only where it does.
_LEGEND_MARKS = "△▲□■"


def _legend_marks(lines: list[str]) -> set[str]:
    """The marks of _LEGEND_MARKS a legend line of the document gives a meaning (「△：協力」)."""
    return {mark for mark, meaning in _MEMBER_LEGEND_RE.findall(nfkc("\n".join(lines)))
            if mark in _LEGEND_MARKS and meaning and not meaning.startswith(("不参加", "参加しない", "なし"))}


# A note in brackets closing a heading (「椋平市 （中心市）」「2026年度 （R8）」): the heading without it names the column.
_HEADING_NOTE_RE = re.compile(r"\s*[(（][^()（）]{1,8}[)）]\s*$")


def _bare(cell: str) -> str:
    return _HEADING_NOTE_RE.sub("", nfkc(cell).strip())


def _cells(line: str) -> list[str]:
    return [clean(c) for c in line.split("\t")]


def find_layout(lines: list[str]) -> Layout | None:
    """The header of a table marking its municipalities' part, and its columns; None when no table is one."""
    for index, line in enumerate(lines[:100]):
        if "\t" not in line:
            continue
        cells = _cells(line)
        no = next((i for i, c in enumerate(cells) if is_number_heading(c)), -1)
        title = next((i for i, c in enumerate(cells) if is_title_heading(c)), -1)
        if no < 0 or title < 0:
            continue
        candidates = [(i, _bare(c)) for i, c in enumerate(cells) if _MUNICIPALITY_RE.match(_bare(c))]
        rows = [_cells(l) for _, l in _row_lines(lines, index, no)]
        # A member's column holds only marks and blanks (a dash: no part), and a mark in at least one row.
        # (a legend may give a second mark a part of its own, 「○：主担当　△：協力　－：不参加」: △ then marks a member too)
        taking = MARKS | {m for m in _LEGEND_MARKS if m in _legend_marks(lines)}
        members = [(i, name) for i, name in candidates
                   if rows and all((r[i] if i < len(r) else "") in taking | _NO_PART for r in rows)
                   and any(i < len(r) and r[i] in MARKS for r in rows)]
        listed = -1
        if len(members) < 2:
            listed, members = _listed_members(rows, {no, title})
        if len(members) < 2:
            continue
        layout = Layout(index, no, title, members=members, listed=listed)
        if listed < 0:
            # (what each member's mark means, when the legend gives two marks or more their own meaning:
            # 「●：実施　○：実施予定（令和13年度以降）　－：参加しない」)
            said = {mark: meaning for mark, meaning in _MEMBER_LEGEND_RE.findall(nfkc("\n".join(lines[:index])))
                    if mark in MARKS and any(r[i] == mark for r in rows for i, _ in members if i < len(r))}
            if len(said) < 2:
                # (or under the table, where it gives a mark other than ○ a part: 「【凡例】○：主担当　△：協力」)
                below = {mark: meaning for mark, meaning in _MEMBER_LEGEND_RE.findall(nfkc("\n".join(lines[index:])))
                         if mark in taking and any(r[i] == mark for r in rows for i, _ in members if i < len(r))}
                if any(mark not in MARKS for mark in below):
                    said = below
            if len(said) >= 2 and len(set(said.values())) == len(said):
                layout.member_legend = said
        if listed < 0:
            # (a legend under the table, 「【凡例】◎：幹事町村　○：参加」, says which member's mark leads a project;
            # only marks printed in the members' columns count)
            printed = {r[i] for r in rows for i, _ in members if i < len(r)}
            layout.legend = {m: v for m, v in _legend(lines).items() if m in printed}
        if listed >= 0:
            layout.legend = _legend(lines[:index])
            if any(is_all_members(r[listed]) for r in rows if listed < len(r)):
                # 「全市町」 stands for every member: those the document lists above the table, or failing
                # that every name the column lists (a member taking part only through 全市町 is then unknown).
                above = listed_above(lines[:index])
                layout.all_members = above + [n for _, n in members if n not in above] if above else [n for _, n in members]
                layout.all_members_from = "list" if above else "column"
                layout.members = [(listed, n) for n in layout.all_members]
        for i, c in enumerate(cells):
            if i == listed:
                continue
            heading = _DEPARTMENT_HEADING_RE.match(c)
            if heading and layout.department < 0:
                layout.department, layout.department_of = i, clean(heading.group(1) or "")
                continue
            if c in ("進捗", "進捗状況", "状況", "実施状況") and layout.status < 0:
                layout.status = i
                continue
            if _is_lead_heading(c) and layout.chair < 0:
                layout.chair = i
            elif (c == "分野" or (c.endswith("分野") and len(c) <= 4)) and (
                    layout.area < 0 or (c == "分野" and cells[layout.area] != "分野")):
                # (two: 政策分野 │ 連携分野, the first the wider group the table merges over its rows; but a column
                # headed 分野 itself, beside 政策分野, is the projects' own field, what 「…分野の事業」 asks)
                layout.area = i
            elif c in ("開始年度", "開始時期", "開始"):
                layout.start = i
            elif c in _PERIOD_HEADINGS and layout.period < 0:
                layout.period = i
            elif c.startswith("事業内容") or c in ("概要", "事業概要", "内容"):
                layout.description = i
            elif year_cost(c) or _year_under_cost(c, i, lines[index - 1] if index else ""):
                year = year_cost(c) or year_label(_bare(c))
                layout.year_costs.append((i, year))
                above = _cost_above(i, lines[index - 1]) if index and not year_cost(c) else ""
                layout.cost_unit = layout.cost_unit or _unit(nfkc(c)) or _unit(nfkc(above)) \
                    or _unit("\n".join(nfkc(l) for l in lines[:index]))
            elif re.match(r"^(?:財政)?効果額", c) and layout.effect < 0:
                layout.effect = i
                layout.effect_unit = _unit(nfkc(c))
            elif _is_cost_heading(c) and layout.cost < 0:
                layout.cost = i
                layout.cost_unit = _unit(nfkc(c)) or _unit("\n".join(nfkc(l) for l in lines[:index]))
        if layout.chair < 0 and index + 1 < len(lines) and "\t" in lines[index + 1]:
            # 「参加団体」 merged over a second header row 「構成町 │ 代表町」: the lead's column is headed there
            below = _cells(lines[index + 1])
            lead = [i for i, c in enumerate(below) if c and i != listed and (i >= len(cells) or not cells[i])
                    and _is_lead_heading(nfkc(c).strip())]
            if len(lead) == 1:
                layout.chair = lead[0]
        if layout.cost >= 0 and not layout.year_costs:
            _years_under(layout, lines, index)
        return layout
    return None


def _years_under(layout: Layout, lines: list[str], header: int) -> None:
    """A cost heading merged over a second header row of years (事業費（千円） │ then 2024年度 │ 2025年度 under it):
    each year's column is its amount, and no one of them is the project's 事業費."""
    if header + 1 >= len(lines):
        return
    below = _cells(lines[header + 1])
    own = _cells(lines[header])
    years = [(i, year_label(_bare(c))) for i, c in enumerate(below) if i >= layout.cost and c and year_label(_bare(c))]
    # (a heading spanning both header rows, 番号, is printed again on the lower one: no row's number)
    numbered = layout.no < len(below) and below[layout.no] and not (layout.no < len(own) and below[layout.no] == own[layout.no])
    if len(years) >= 2 and not numbered:
        layout.year_costs = years
        layout.cost = -1


def _is_lead_heading(cell: str) -> bool:
    """主担当, 主担当団体, 幹事団体, 代表団体, 幹事市町村, 事務局: the column naming the member that leads a project."""
    return bool(re.match(r"^(?:主担当|主幹|幹事|代表|事務局)(?:団体|市町村|町村|市町|市村|自治体|市|町|村)?$", cell))


def _cost_above(column: int, above: str) -> str:
    """The heading over `column` in the line above the header: the nearest filled cell at or left of it (a
    merged cell is printed in its first column), when it is a cost heading; else ""."""
    cells = _cells(above) if "\t" in above else []  # (a title line above the table is no merged heading)
    for i in range(min(column, len(cells) - 1), -1, -1):
        if cells[i]:
            return cells[i] if _is_cost_heading(nfkc(cells[i])) else ""
    return ""


def _year_under_cost(cell: str, column: int, above: str) -> bool:
    """A bare year (2025年度, 令和7年度, R7) heading a column under a merged 「事業費（千円）」: one year's amount."""
    return bool(year_label(_bare(cell))) and bool(_cost_above(column, above))


_DEPARTMENT_HEADING_RE = re.compile(r"^(?:担当課|担当部署|担当部局|所管課)\s*(?:[(（]\s*(.+?)\s*[)）])?$")
# A separator between names listed in one cell: ・、, ／ or spaces.
_LIST_SPLIT_RE = re.compile(r"\s*[・、，,／/]\s*|\s+")


# 「全市町」「全市町村」「全構成団体」: a cell saying every member of the 圏域 takes part, naming none.
_ALL_MEMBERS_RE = re.compile(r"^全\s*(?:構成)?\s*(?:市町村|市町|市村|町村|団体|自治体|市|町|村)(?:参加)?(?:\s*[(（][^()（）]*[)）])?$")
# 「構成市町村：北湊市、東浜町、…（連携中枢都市：北湊市）」: the members the document lists above its table.
_MEMBER_LIST_RE = re.compile(r"(?:構成|参加|圏域)(?:市町村|市町|市村|町村|団体|自治体)\s*[:：]\s*(.+)$")


def is_all_members(cell: str) -> bool:
    """The cell says every member takes part (全市町) rather than naming them."""
    return bool(_ALL_MEMBERS_RE.match(nfkc(cell).strip()))


def listed_above(lines: list[str]) -> list[str]:
    """The members a line above the table lists (構成市町村：A市、B町、C村), in its order; [] when none does.
    (a bracket after the list, 「（連携中枢都市：A市）」, says more of one of them and is left out)"""
    for line in lines:
        match = _MEMBER_LIST_RE.search(nfkc(line))
        if match:
            # (the list ends where its names do: 「…、森野村　事業費の単位：千円」 goes on with another note)
            listed = re.sub(r"[(（][^)）]*[)）]", "", match.group(1)).strip(" 。")
            names = split_listed(re.split(r"\s{2,}|\s(?=\S*[:：])", listed)[0])
            if len(names) >= 2:
                return [name for name, _ in names]
    return []


def split_listed(cell: str) -> list[tuple[str, str]]:
    """「◎白鷺市・朝霧町」 → [(白鷺市, ◎), (朝霧町, ○)]: each name and its mark (○ when none is printed);
    [] unless every part is a municipality's name."""
    out = []
    for part in _LIST_SPLIT_RE.split(nfkc(cell).strip()):
        mark = part[:1] if part[:1] in _NAME_MARKS else ""
        name = part[len(mark):].strip()
        if not _MUNICIPALITY_RE.match(name):
            return []
        out.append((name, mark or "○"))
    return out


def _listed_members(rows: list[list[str]], skip: set[int]) -> tuple[int, list[tuple[int, str]]]:
    """The column listing each project's members in one cell, and every name it lists; (-1, []) when none.
    A column qualifies by its shape: every filled cell lists only municipalities' names, and some cell two."""
    width = max((len(r) for r in rows), default=0)
    for i in range(width):
        if i in skip:
            continue
        cells = [r[i] if i < len(r) else "" for r in rows]
        # (a cell saying every member takes part, 全市町, names none and fits any such column)
        parsed = [split_listed(c) for c in cells if c and not is_all_members(c)]
        if not parsed or not all(parsed) or max(len(p) for p in parsed) < 2:
            continue
        names: list[str] = []
        for parts in parsed:
            names += [n for n, _ in parts if n not in names]
        return i, [(i, n) for n in names]
    return -1, []


# 「（◎は中心市）」「◎：中心市」: what a mark printed before a name means.
_LEGEND_RE = re.compile(r"([◎●○◯〇✓✔★☆◆◇])\s*(?:印)?\s*(?:は|[:：＝=])\s*([^\s、。)）]{1,10}?)(?:です|を示す|を表す)?(?=[\s、。)）]|$)")


def _lead_marks(legend: dict[str, str]) -> set[str]:
    """The marks a legend says single out the member leading a project (幹事団体, 主担当, 代表団体)."""
    return {mark for mark, meaning in legend.items() if _is_lead_heading(meaning) or meaning.startswith(("幹事", "主担当"))}


def _legend(lines: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in lines:
        for mark, meaning in _LEGEND_RE.findall(nfkc(line)):
            out.setdefault(mark, meaning)
    return out


def _unit(text: str) -> str:
    match = _UNIT_RE.search(text)
    return (match.group(1) or match.group(2)) if match else ""


def _row_lines(lines: list[str], header: int, no: int) -> list[tuple[int, str]]:
    """(0-based index, line) of the table's rows: each starts with its number; a blank line or a note
    after them ends the table. The same header printed again further on (a workbook's sheet per 分野)
    goes on with the same table."""
    out = _rows_after(lines, header, no)
    for again in range(header + 1, len(lines)):
        if lines[again] == lines[header] and (not out or again > out[-1][0]):
            out += _rows_after(lines, again, no)
    return out


def _rows_after(lines: list[str], header: int, no: int) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for index in range(header + 1, len(lines)):
        line = lines[index]
        if not line.strip() or ("\t" not in line and _NOTE_RE.match(line)):
            if out:
                break
            continue
        cells = line.split("\t")
        if no < len(cells) and _ROW_START_RE.match(cells[no]):
            out.append((index, line))
        elif "\t" not in line and _is_group_row(line) and index + 1 < len(lines) \
                and _ROW_START_RE.match(lines[index + 1].split("\t")[no] if no < len(lines[index + 1].split("\t")) else ""):
            continue  # (a row merged across the table naming the group of the rows under it: 「Ａ 圏域全体の…」)
        elif out:
            break
    return out


# A row merged across a table's full width naming a group of the rows under it: 「Ａ 圏域全体の経済成長のけん引」 (NFKC).
_GROUP_ROW_RE = re.compile(r"^\s*[A-Z]\s+(\S.{1,40}?)\s*$")
# (or a block's name, a tbody's first row 「北部ブロック（樒川・蘆ノ平地域）」: a word ending in ブロック/地域/圏域/エリア/地区/分野,
# maybe with a bracket after it)
_BLOCK_ROW_RE = re.compile(r"^\s*(\S{1,20}?(?:ブロック|地域|圏域|エリア|地区|分野|部会))\s*(?:[(（][^()（）]{1,30}[)）])?\s*$")


# (or a row led by a mark, 「■ 一部事務組合」: a separator naming what the rows under it share, their 方式)
_MARKED_GROUP_ROW_RE = re.compile(r"^\s*[■□◆◇▼▽●◎]\s*(\S.{0,30}?)\s*$")


def _is_group_row(line: str) -> bool:
    return bool(_GROUP_ROW_RE.match(nfkc(line)) or _BLOCK_ROW_RE.match(nfkc(line)) or _MARKED_GROUP_ROW_RE.match(line))


def _group_name(line: str) -> str:
    match = _GROUP_ROW_RE.match(nfkc(line)) or _BLOCK_ROW_RE.match(nfkc(line)) or _MARKED_GROUP_ROW_RE.match(line)
    return clean(match.group(1)) if match else ""


def _merged_groups(lines: list[str], layout: Layout) -> dict[int, str]:
    """Row index → 分野, for a table with no 分野 column whose groups are rows merged across it (「Ａ 圏域全体の…」)."""
    out: dict[int, str] = {}
    group = ""
    for index in range(layout.header + 1, len(lines)):
        line = lines[index]
        name = _group_name(line) if "\t" not in line else ""
        if name:
            group = name
        elif "\t" in line and group:
            out[index] = group
        elif line.strip() and "\t" not in line:
            break
    return out


# 「共同事業一覧（防災分野）」「分野：環境」: the 分野 a title over one sheet's table names.
_AREA_TITLE_RE = re.compile(r"[（(【［\[]\s*([^()（）【】［\]\s]{1,15}?)\s*分野\s*[)）】］\]]|分野\s*[:：]\s*([^\s()（）]{1,15})")


def area_in_title(line: str) -> str:
    match = _AREA_TITLE_RE.search(nfkc(line)) if "\t" not in line else None
    return clean(match.group(1) or match.group(2)) if match else ""


def _areas_of_sheets(lines: list[str], layout: Layout) -> dict[int, str]:
    """Row index → 分野, for a table with no 分野 column printed once per 分野 (a workbook's sheet each), its
    title saying which: the title lines above each printing of the header name the 分野 of the rows under it.
    {} unless every printing names one (a title naming one 分野 over a single table is the document's)."""
    headers = [layout.header] + [i for i in range(layout.header + 1, len(lines)) if lines[i] == lines[layout.header]]
    if len(headers) < 2:
        return {}
    named: list[str] = []
    start = 0
    for header in headers:
        found = ""
        for line in reversed(lines[start:header]):
            if "\t" in line and _ROW_START_RE.match(line.split("\t")[layout.no] if layout.no < len(line.split("\t")) else ""):
                break  # the previous table's rows
            found = found or area_in_title(line)
        named.append(found)
        start = header + 1
    if not all(named):
        # A title naming its sheet's 分野 in brackets without the word (「共同事業一覧（防災・消防）」): read so
        # only when every printing of the header has such a title, each naming a 分野 of its own.
        named = sheet_groups(lines, headers, layout.no)
        if not named:
            return {}
    out: dict[int, str] = {}
    for header, area in zip(headers, named):
        for index, _ in _rows_after(lines, header, layout.no):
            out[index] = area
    return out


# 「共同事業一覧（防災・消防）」: a bracketed name right after the list's word, over one sheet's table.
_LIST_GROUP_RE = re.compile(r"一覧\s*[（(【［\[]\s*([^()（）【】［\]\s]{1,15}?)\s*[)）】］\]]")


def sheet_groups(lines: list[str], headers: list[int], no: int) -> list[str]:
    """The bracketed name of the title over each printing of the header, when each has one and no two agree; []."""
    named: list[str] = []
    start = 0
    for header in headers:
        found = ""
        for line in reversed(lines[start:header]):
            cells = line.split("\t")
            if "\t" in line and no < len(cells) and _ROW_START_RE.match(cells[no]):
                break
            match = _LIST_GROUP_RE.search(nfkc(line)) if "\t" not in line else None
            found = found or (clean(match.group(1)) if match else "")
        named.append(found)
        start = header + 1
    return named if all(named) and len(set(named)) == len(named) else []


def title_above(lines: list[str], header: int) -> str:
    """The title printed over the table (its first line without tabs), without the 分野 of one sheet."""
    for line in lines[:header]:
        text = clean(line)
        if text and "\t" not in line and len(text) <= 60 and "事業" in text:
            match = _AREA_TITLE_RE.search(text)
            return clean(text[:match.start()] + text[match.end():]) if match and match.group(1) else text
    return ""


def _number(printed: str) -> int | float | None:
    text = nfkc(printed).replace(",", "").strip()
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if re.fullmatch(r"-?\d+\.\d+", text):
        return float(text)
    return None


# A state naming the year a project begins: 「令和8年度開始予定」「2026年度から開始」「R8開始」.
_BEGINS_RE = re.compile(r"((?:令和|平成)\s*(?:\d{1,2}|元)\s*年度?|(?:19|20)\d{2}\s*年度?|[RH]\s*\d{1,2}(?:年度)?)\s*(?:から|より)?\s*(?:開始|実施|始)")


def _read_period(fields: dict, printed: str) -> None:
    """A project's 実施年度: its first year (start_year) and its last when the period is closed (end_year: 「R11～R13」,
    or a single year 「R12」); '' while it goes on (「R11～」)."""
    match = _PERIOD_RE.match(nfkc(printed).strip())
    start = year_label(re.sub(r"\s+", "", match.group("start"))) if match else None
    if not start:
        return
    end = year_label(re.sub(r"\s+", "", match.group("end"))) if match.group("end") else None
    if match.group("dash") and match.group("end") and not end:
        return  # (something other than a year after the dash: left as printed)
    closed = end or (start if not match.group("dash") else "")
    fields["start_year"] = start
    fields["end_year"] = closed
    # (no 進捗区分 of its own: the state is the period's, asked by its years and its end)


def _department_owner(layout: Layout, members: dict[str, str]) -> str:
    """Whose department a single 担当課 column holds: the member its heading names (担当課（A市）), or the
    member whose mark the legend gives the heading's meaning (担当課（中心市） with 「◎は中心市」)."""
    said = layout.department_of
    if said in members:
        return said
    marks = [m for m, meaning in layout.legend.items() if meaning and meaning == said]
    owner = next((name for name, mark in members.items() if mark and mark in marks), "")
    return owner or said


def parse(lines: list[str], layout: Layout, source: str, kind: str, record_kind: str, title: str) -> ParsedDocument:
    # (a year's state by symbol and the 事務局, read beside the members: year_states.py)
    states = year_states.find(lines, layout.header, [_cells(line) for _, line in _row_lines(lines, layout.header, layout.no)])
    # (終了, 事業区分, the body's own share of a year: span_columns.py)
    spans = span_columns.find(_cells(lines[layout.header]), [_cells(line) for _, line in _row_lines(lines, layout.header, layout.no)])
    doc = ParsedDocument(kind=kind, title=title)
    area = ""  # a group cell printed once over its rows holds for the rows under it
    seen: set[str] = set()
    areas = (_areas_of_sheets(lines, layout) or _merged_groups(lines, layout)) if layout.area < 0 else {}
    for index, line in _row_lines(lines, layout.header, layout.no):
        cells = _cells(line)

        def cell(i: int) -> str:
            return cells[i] if 0 <= i < len(cells) else ""

        printed_no = re.sub(r"\s+", "", nfkc(cell(layout.no)))
        code = str(int(printed_no)) if printed_no.isdigit() else printed_no.upper()
        if code in seen:
            continue
        seen.add(code)
        line_no = index + 1
        area = cell(layout.area) or area
        notes: list[str] = []
        if layout.listed >= 0 and layout.all_members and is_all_members(cell(layout.listed)):
            members = {name: "○" for name in layout.all_members}
            whence = "資料に記載の構成市町村" if layout.all_members_from == "list" else "表に名前の出る市町村"
            notes.append(f"「{cell(layout.listed)}」を{whence}すべて（{'・'.join(layout.all_members)}）として読んだ")
        elif layout.listed >= 0:
            marked = dict(split_listed(cell(layout.listed)))
            members = {name: marked.get(name, "") for _, name in layout.members}
        else:
            members = {name: "" if cell(i) in _NO_PART else cell(i) for i, name in layout.members}
        fields = {
            "no": int(code) if code.isdigit() else code,
            "title": cell(layout.title),
            "description": cell(layout.description),
            "members": members,
            "n_members": sum(1 for v in members.values() if v),
            "notes": notes,
        }
        if layout.member_legend:
            fields["member_legend"] = layout.member_legend
        if layout.area >= 0:
            fields["area"] = area
        elif areas.get(index):
            fields["area"] = areas[index]
        if layout.chair >= 0 and cell(layout.chair):
            fields["chair_city"] = cell(layout.chair)
        elif _lead_marks(layout.legend):
            # 「★楓台市、柳瀬町」 with 「★は幹事団体を示す」: the member the lead's mark singles out leads the project.
            leads = [name for name, mark in members.items() if mark in _lead_marks(layout.legend)]
            if leads:
                fields["chair_city"] = "・".join(leads)
        if layout.start >= 0:
            printed = cell(layout.start)
            # (「令和４年度（2022）」: the 西暦 in brackets after the 和暦 says the same year)
            fields["start_year"] = year_label(printed) or year_label(_bare(printed)) or printed
            if re.fullmatch(r"(?:19|20)\d{2}\s*年度?", nfkc(printed).strip()):
                # (a 西暦 year, 「2018年度」, kept as printed: the answer gives the year so, not as H30)
                fields["start_year_text"] = nfkc(printed).strip()
            elif re.match(r"\s*(?:令和|平成|昭和)", printed) and fields["start_year"] != printed:
                # (a 和暦 year, 「令和５年度」, kept as printed beside its label: the answer gives both)
                fields["start_year_text"] = clean(printed)
        if layout.effect >= 0:
            # (「▲350」: a saving below zero, the project costing the town more)
            printed = re.sub(r"^\s*[▲△]\s*", "-", nfkc(cell(layout.effect)))
            fields["effect_amount"] = _number(printed)
            fields["effect_unit"] = layout.effect_unit
        if layout.cost >= 0:
            fields["total_cost"] = _number(cell(layout.cost))
            fields["cost_unit"] = layout.cost_unit
        if len(layout.year_costs) >= 2 or (layout.year_costs and layout.cost < 0):
            # A column per year: each year's amount (None where 「－」), never one of them as the project's 事業費.
            fields["costs_by_year"] = {year: {"total_cost": _number(cell(i))} for i, year in layout.year_costs}
            fields["cost_unit"] = layout.cost_unit
            if len(layout.year_costs) == 1:
                # (one year's column is the table's only amount: 「事業費が100万円未満」 asks of it as much as
                # 「令和9年度の事業費」 does)
                fields["total_cost"] = _number(cell(layout.year_costs[0][0]))
        if layout.status >= 0:
            fields["status"] = cell(layout.status)
            begins = _BEGINS_RE.search(nfkc(fields["status"]))
            if layout.start < 0 and begins and year_label(begins.group(1)):
                # 「令和8年度開始予定」: a project not yet begun says in its state the year it begins.
                fields["start_year"] = year_label(begins.group(1))
        if layout.department >= 0 and cell(layout.department):
            fields["departments"] = {_department_owner(layout, members): cell(layout.department)}
        year_states.read_into(fields, cells, states)
        span_columns.read_into(fields, cells, spans)
        if layout.period >= 0:
            _read_period(fields, cell(layout.period))
        key = f"{record_kind}:{code}"
        doc.records.append(Record(record_kind, code, fields, source, line_no, line_no))
        for name in ("title", "description", "area", "status", "chair_city"):
            if fields.get(name):
                doc.passages.append(Passage(key, name, fields[name], source, line_no))
        for department in fields.get("departments", {}).values():
            doc.passages.append(Passage(key, "departments", department, source, line_no))
        taking_part = [m for m, v in members.items() if v]
        if taking_part:
            # (the names alone: a word of the question, 参加, would otherwise be found in every project)
            doc.passages.append(Passage(key, "members", "・".join(taking_part), source, line_no))
    return doc
