"""The plan report's two lists read by their column headers, for an edition whose lists carry no
title the positional readers know (「II 取組項目一覧」, 「III 実践項目一覧」) and whose columns stand in an
order of the city's own (番号│取組項目No│実践項目│担当部署│scores│合計│総合評価│years│取組終了).

Each cell is read under the header above it, so no column order is assumed: a column the header
does not print is left unstated (the other copies, or nothing, give it)."""
from __future__ import annotations

import re
from typing import Any

from assistant.kinds.plan_report.cells import (
    CODE_RE,
    COMMITTEE_SCORE_RE,
    GRADE_RE,
    MARKS,
    SCORE_FIELDS,
    cells,
    departments,
    ended_year,
    grade,
    number,
    score,
    split_title,
    theme_columns,
    themes_named,
    year_columns,
)
from assistant.kinds.plan_report.lists import Copy, PracticeList
from assistant.kinds.plan_report.rows import BadRow
from assistant.text.normalize import clean, nfkc, no_spaces, notation_key
from assistant.text.wareki import fy_label, label_field

_SCORE_WORDS = dict(zip(("進捗度", "連携度", "効率性", "創造性"), SCORE_FIELDS))
# A 総括 may name two of its scores by the bare word (連携, 効率); its other words (成果, 工夫) name
# something else than 進捗度 and 創造性 and are left unread rather than taken for them.
_SCORE_WORDS.update({"連携": "collaboration", "効率": "efficiency"})
_AXIS_WORD_RE = re.compile(r"[一-龥]{2,4}")
_CODE_WORDS = ("番号", "No.", "No", "小No.", "実践No.", "実践項目No.", "実践項目No")
_TITLE_WORDS = ("実践項目", "実践項目名")


def _header(row: list[str]) -> list[str]:
    return [no_spaces(nfkc(c)) for c in row]


def _first(header: list[str], test) -> int:
    return next((j for j, c in enumerate(header) if c and test(c)), -1)


def practice_columns(row: list[str]) -> dict[str, Any] | None:
    """Column of each practice field a header row names, or None when the row is no practice
    list's header (it must name the code, the title, the initiative and some evaluation)."""
    header = _header(row)
    columns: dict[str, Any] = {
        "code": _first(header, lambda c: c in _CODE_WORDS),
        "title": _first(header, lambda c: c in _TITLE_WORDS),
        # 取組項目No, 大No., 取組No: the initiative's number (not its title, which the list may add).
        "initiative": _first(header, lambda c: c.startswith(("取組項目No", "取組No", "大No"))),
        # 取組項目 alone: the initiative as the list names it (its title, or its number and title).
        "initiative_named": _first(header, lambda c: c in ("取組項目", "取組項目名")),
        "departments": _first(header, lambda c: c.startswith(("担当部署", "担当課"))),
        "total": _first(header, lambda c: c in ("合計", "計")),  # (計: the sum of the scores beside it)
        "overall": _first(header, lambda c: c == "総合評価"),
        # 取組終了, 終了年度, or a status column (取組状況: 完了（R6）／実施中, read by ended_year).
        "ended": _first(header, lambda c: c.startswith(("取組終了", "終了年度", "取組状況"))),
    }
    for word, name in _SCORE_WORDS.items():
        if columns.get(name, -1) < 0:  # (連携度 found stands; 連携 is only another header for it)
            columns[name] = _first(header, lambda c, w=word: c == w)
    columns["years"] = year_columns(row) or _western_year_columns(row)
    # The report's own axes of its 総括 (成果, 工夫 beside 連携, 効率): a short word of kanji no field claims,
    # among the score columns (after the years, before 計). Its scores are kept under the report's word,
    # never taken for a declared score (成果 is not said to be 進捗度).
    scored = [j for name in (*SCORE_FIELDS, "total") if (j := columns.get(name, -1)) >= 0]
    after_years = max((j for j, _ in columns["years"]), default=-1)
    taken = {j for j in columns.values() if isinstance(j, int)}
    columns["axes"] = {j: c for j, c in enumerate(header) if scored and j not in taken and after_years < j
                       <= max(scored) and _AXIS_WORD_RE.fullmatch(c)}
    # Without an initiative column, the list may group its rows under heading rows
    # (「取組項目1 自主財源の確保」): find_headed_lists accepts it only when such a row follows the header.
    if min(columns["code"], columns["title"]) < 0:
        return None
    if columns["overall"] < 0 and not columns["years"] and columns["progress"] < 0:
        return None
    return columns


_WESTERN_YEAR_RE = re.compile(r"^((?:19|20)\d{2})\s*年度$")


def _western_year_columns(row: list[str]) -> list[tuple[int, str]]:
    """(column, label) of the fiscal years a header prints in the western calendar (2018年度 → H30)."""
    return [(j, fy_label(int(m.group(1)))) for j, c in enumerate(row) if (m := _WESTERN_YEAR_RE.match(nfkc(c).strip()))]


def initiative_columns(row: list[str]) -> dict[str, int] | None:
    """Column of each initiative field a header row names (No│取組項目│テーマ│実践項目数│担当課自己評価│
    審議会評価平均 in any order), or None when the row is no initiative list's header."""
    header = _header(row)
    columns = {
        "no": _first(header, lambda c: c in ("No.", "No", "番号", "取組No.", "取組No", "取組項目No.", "取組項目No")),
        "title": _first(header, lambda c: c in ("取組項目", "取組項目名")),
        # (a 名称 column beside a bare 取組項目 is the title; 取組項目 then holds the number: below)
        "name": _first(header, lambda c: c == "名称"),
        "themes": _first(header, lambda c: c == "テーマ"),
        "n_practice": _first(header, lambda c: c == "実践項目数"),
        "total": _first(header, lambda c: c == "合計"),
        # 担当課自己評価, 自己評価(総合評価), 総合評価: the departments' own grade of the initiative.
        "self_overall": _first(header, lambda c: "自己評価" in c or c == "総合評価"),
        # 委員評価, 審議会評価平均, 懇話会評価平均: the committee's score, however the body is named.
        "committee_score": _first(header, lambda c: bool(COMMITTEE_SCORE_RE.match(c))),
    }
    if columns["no"] < 0 and columns["name"] >= 0 and columns["title"] >= 0 and header[columns["title"]] == "取組項目":
        columns["no"], columns["title"] = columns["title"], columns["name"]
    for word, name in _SCORE_WORDS.items():
        if columns.get(name, -1) < 0:  # (連携度 found stands; 連携 is only another header for it)
            columns[name] = _first(header, lambda c, w=word: c == w or c == f"{w}平均")
    # Themes as ○ columns, each headed by the theme's name (a second header row under テーマ).
    columns["theme_marks"] = theme_columns(row)
    # Columns no field claims (a city's own theme names: 歳入確保, 業務改善 …): themes when their rows
    # hold only ○ marks, which parse_headed_initiatives checks before reading them so.
    taken = {j for name, j in columns.items() if isinstance(j, int) and j >= 0}
    columns["unclaimed"] = {j: clean(row[j]) for j, c in enumerate(header) if c and j not in taken}
    if min(columns["no"], columns["title"]) < 0 or (columns["n_practice"] < 0 and columns["committee_score"] < 0):
        return None
    return columns


# A heading row grouping a list's practice items under their initiative (a line of its own, no cells).
GROUP_RE = re.compile(r"^取組(?:項目)?\s*(?:No\.?\s*)?(\d{1,2})(?:\s+\S.*)?$")


def _group(line: str) -> str | None:
    """The initiative number a heading row inside a practice list names, None for any other line."""
    if "\t" in line:
        return None
    match = GROUP_RE.match(nfkc(line).strip())
    return match.group(1) if match else None


def _grouped(lines: list[str], i: int, columns: dict[str, Any]) -> bool:
    """A practice header without an initiative column is a list's when a heading row naming the
    initiative opens its rows, or when the header alone is unmistakable: it names the yearly grades,
    the 総合評価 and the self-evaluation's scores or the departments besides the number and the title.
    The loader then ties such rows to their initiatives by what else the report states (each
    initiative's 実践項目数 in print order, the progress sheets), or says it cannot."""
    if columns["initiative"] >= 0 or columns["initiative_named"] >= 0:
        return True
    following = next((lines[j] for j in range(i + columns.get("header_rows", 1), len(lines)) if lines[j].strip()), "")
    if _group(following) is not None:
        return True
    scores = sum(columns[name] >= 0 for name in SCORE_FIELDS)
    return bool(columns["years"]) and columns["overall"] >= 0 and (scores >= 2 or columns["departments"] >= 0)


def _subheader(lines: list[str], i: int) -> list[str] | None:
    """The header row under a merged heading (年度別評価 over 平成28年度…令和元年度, テーマ over 財政…,
    総括 over 進捗度…総合評価): the next line when it is a table row that names years, scores or
    themes and holds no record's number; None otherwise."""
    if i + 1 >= len(lines) or "\t" not in lines[i + 1]:
        return None
    sub = cells(lines[i + 1])
    if sub and CODE_RE.match(nfkc(sub[0]).strip()):
        return None
    named = [c for c in sub if c and (year_columns([c]) or no_spaces(nfkc(c)) in _SCORE_WORDS or theme_columns([c, c]))]
    return sub if len(named) >= 2 else None


def _merged(top: list[str], sub: list[str]) -> list[str]:
    """One header row from two: each column is named by its lower cell, or by the upper one where the
    lower is empty (a heading merged down over both rows)."""
    width = max(len(top), len(sub))
    return [(sub[j] if j < len(sub) and sub[j] else (top[j] if j < len(top) else "")) for j in range(width)]


def find_headed_lists(lines: list[str], start: int) -> dict[str, tuple[int, dict[str, Any]]]:
    """0-based line and columns of the first initiative list and practice list headers from `start` on.
    A header of two rows (a heading merged over the columns it names) is read as one, and its
    columns say so (`header_rows`)."""
    found: dict[str, tuple[int, dict[str, Any]]] = {}
    for i in range(start, len(lines)):
        if "\t" not in lines[i]:
            continue
        row = cells(lines[i])
        sub = _subheader(lines, i)
        if sub is not None:
            merged = _merged(row, sub)
            if ("practices" not in found and (columns := practice_columns(merged)) is not None
                    and _grouped(lines, i, {**columns, "header_rows": 2})):
                found["practices"] = (i, {**columns, "header_rows": 2})
            elif "initiatives" not in found and (icolumns := initiative_columns(merged)) is not None:
                found["initiatives"] = (i, {**icolumns, "header_rows": 2})
            if len(found) == 2:
                break
        if "practices" not in found and (columns := practice_columns(row)) is not None and _grouped(lines, i, columns):
            found["practices"] = (i, columns)
        elif "initiatives" not in found and (icolumns := initiative_columns(row)) is not None:
            found["initiatives"] = (i, icolumns)
        if len(found) == 2:
            break
    return found


def _cell(row: list[str], j: int) -> str | None:
    """The cell under column `j`: '' past the row's end (a converter drops trailing empty cells)."""
    if j < 0:
        return None
    return row[j] if j < len(row) else ""


def _header_lines(lines: list[str], start: int, columns: dict[str, Any]) -> set[str]:
    """The header's rows as printed: a PDF prints them again at the top of each page the list runs onto."""
    return {lines[j].strip() for j in range(start, min(len(lines), start + columns.get("header_rows", 1)))}


def _header_follows(lines: list[str], i: int, heads: set[str]) -> bool:
    """Whether the next line with text after `i` repeats the header (the list goes on over a page break)."""
    following = next((lines[j] for j in range(i + 1, len(lines)) if lines[j].strip()), "")
    return following.strip() in heads


def _marked_columns(lines: list[str], start: int, columns: dict[str, Any], heads: set[str]) -> dict[int, str]:
    """Column → theme of the unclaimed columns whose rows hold nothing but ○ marks (at least one):
    themes named in the city's wording, each read as the report's theme where it is one."""
    rows = []
    for i in range(start + columns.get("header_rows", 1), len(lines)):
        if lines[i].strip() in heads:
            continue
        if "\t" not in lines[i]:
            break
        rows.append(cells(lines[i]))
    out: dict[int, str] = {}
    for j, name in columns["unclaimed"].items():
        values = {(_cell(r, j) or "").strip() for r in rows}
        if rows and values <= {"", *MARKS} and values & set(MARKS):
            out[j] = (themes_named(name) or [name])[0]
    return out if len(out) >= 2 else {}


def parse_headed_initiatives(lines: list[str], start: int, columns: dict[str, int], where: str) -> dict[str, Copy]:
    """The initiative rows under the header at `start`, up to the first line that is no such row."""
    result: dict[str, Copy] = {}
    heads = _header_lines(lines, start, columns)
    if columns["themes"] < 0 and not columns.get("theme_marks") and columns.get("unclaimed"):
        columns = {**columns, "theme_marks": _marked_columns(lines, start, columns, heads)}
    for i in range(start + columns.get("header_rows", 1), len(lines)):
        if not lines[i].strip():
            if result and not _header_follows(lines, i, heads):
                break
            continue
        if lines[i].strip() in heads:
            continue  # the header printed again over the list's next page
        row = cells(lines[i])
        no = nfkc(_cell(row, columns["no"]) or "").strip()
        if "\t" not in lines[i] or not no.isdigit():
            break
        values: dict[str, Any] = {"no": int(no), "title": clean(_cell(row, columns["title"]) or "")}
        if columns["themes"] >= 0:
            values["themes"] = themes_named(_cell(row, columns["themes"]) or "")
        elif columns.get("theme_marks"):
            values["themes"] = [t for j, t in columns["theme_marks"].items() if (_cell(row, j) or "").strip() in MARKS]
        if columns["n_practice"] >= 0 and nfkc(_cell(row, columns["n_practice"]) or "").strip().isdigit():
            values["n_practice"] = int(nfkc(_cell(row, columns["n_practice"])))
        for name in (*SCORE_FIELDS, "total", "committee_score"):
            if columns[name] >= 0 and (value := number(_cell(row, columns[name]))) is not None:
                values[name] = value
        own = nfkc(_cell(row, columns["self_overall"]) or "").strip()
        if GRADE_RE.match(own):
            values["self_overall"] = own
        result[no] = Copy(where, i + 1, values)
    return result


def _practice_row(row: list[str], columns: dict[str, Any], group: str = "") -> dict[str, Any] | None:
    """A practice row's values read under the header, or None when its cells are not such a row.
    `group` is the initiative of the heading row above it, for a list without an initiative column."""
    code = nfkc(_cell(row, columns["code"]) or "").strip()
    initiative = nfkc(_cell(row, columns["initiative"]) or "").strip() if columns["initiative"] >= 0 else group
    initiative = re.sub(r"^No\.?", "", initiative)
    named = ""
    if columns["initiative"] < 0 and not group and columns["initiative_named"] >= 0:
        said = clean(nfkc(_cell(row, columns["initiative_named"]) or ""))
        number_said = re.match(r"^(?:No\.?\s*)?(\d{1,2})(?:\s|$)", said)
        initiative = number_said.group(1) if number_said else ""
        named = "" if number_said else said  # a title: the loader finds the initiative that bears it
    if columns["initiative"] < 0 and not group and not initiative and re.match(r"^\d{1,2}-\d{1,2}$", code):
        initiative = code.split("-")[0]  # a number of the form 1-2 names its initiative first
    title_cell = _cell(row, columns["title"]) or ""
    # Without an initiative column or a heading row above, the initiative stays '' here: the loader
    # ties the row to one (assign_initiatives) or refuses the list.
    unplaced = columns["initiative"] < 0 and not group and not initiative
    if not CODE_RE.match(code) or not (initiative.isdigit() or unplaced) or not clean(title_cell):
        return None
    grades = {label: grade(_cell(row, j), columns.get("scale", ())) for j, label in columns["years"]}
    if any(g is None for g in grades.values()):
        return None
    title, tags = split_title(title_cell)
    values: dict[str, Any] = {"initiative": initiative, "title": title, "tags": tags, "grades": grades}
    if named and not initiative:
        values["initiative_named"] = named
    for name in SCORE_FIELDS:
        if columns[name] >= 0 and (value := score(_cell(row, columns[name]))) is not None:
            values[name] = value
    if columns["total"] >= 0 and (total := score(_cell(row, columns["total"]))) is not None:
        values["total"] = total
    axes = {word: value for j, word in columns.get("axes", {}).items() if (value := score(_cell(row, j))) is not None}
    if axes:
        values["axes"] = axes
    overall = nfkc(_cell(row, columns["overall"]) or "").strip()
    if GRADE_RE.match(overall) or overall in columns.get("scale", ()):
        values["overall"] = overall
    if columns["ended"] >= 0:
        ended = ended_year(_cell(row, columns["ended"]))
        if ended is None:
            return None
        values["ended"] = ended
    if columns["departments"] >= 0 and clean(_cell(row, columns["departments"]) or ""):
        values["departments"] = departments(_cell(row, columns["departments"]))
    return values


def _row_follows(lines: list[str], i: int, columns: dict[str, Any], group: str) -> bool:
    """Whether the next line with text after `i` is a row of the list's part under way (a page break
    inside an initiative's own table, the header not printed again)."""
    following = next((lines[j] for j in range(i + 1, len(lines)) if lines[j].strip()), "")
    return bool(group) and "\t" in following and _practice_row(cells(following), columns, group) is not None


def _group_above(lines: list[str], start: int) -> str:
    """The initiative of a heading row just above a list's header (「取組項目1 自主財源の確保」, maybe with
    its テーマ line between): a list printed in parts, one per initiative, opens under it."""
    above = [j for j in range(start - 1, max(-1, start - 6), -1) if lines[j].strip()][:3]
    for j in above:
        if "\t" in lines[j]:
            return ""
        if (named := _group(lines[j])) is not None:
            return named
    return ""


def _next_group(lines: list[str], i: int, heads: set[str]) -> tuple[str, int] | None:
    """(initiative, line of the header) of the list's next part: the next table row is its header printed
    again, under an initiative's heading row that no other table row precedes; None otherwise."""
    group = None
    for j in range(i, len(lines)):
        if lines[j].strip() in heads:
            return (group, j) if group is not None else None
        if "\t" in lines[j]:
            return None
        if (named := _group(lines[j])) is not None:
            group = named
    return None


def parse_headed_practices(lines: list[str], start: int, columns: dict[str, Any], where: str) -> PracticeList:
    """The practice rows under the header at `start`, up to the first line that is no such row; a
    numbered row whose cells do not read under the header is kept as a bad row (reported, nothing guessed)."""
    table = PracticeList(where, years=[label for _, label in columns["years"]], header_line=start + 1)
    heads = _header_lines(lines, start, columns)
    group = _group_above(lines, start) if columns["initiative"] < 0 else ""
    i = start + columns.get("header_rows", 1) - 1
    while i + 1 < len(lines):
        i += 1
        if not lines[i].strip():
            if table.rows and not _header_follows(lines, i, heads) and not _row_follows(lines, i, columns, group):
                following = _next_group(lines, i, heads) if group else None
                if following is None:
                    break
                group, i = following  # the next part, over a page break
            continue
        if lines[i].strip() in heads:
            continue  # the header printed again over the list's next page
        if columns["initiative"] < 0 and (named := _group(lines[i])) is not None:
            group = named  # the rows under it belong to this initiative
            continue
        row = cells(lines[i])
        code = nfkc(_cell(row, columns["code"]) or "").strip()
        values = _practice_row(row, columns, group) if "\t" in lines[i] else None
        if values is None:
            if "\t" in lines[i] and CODE_RE.match(code):
                # A row of the list whose cells do not read under the header: reported, not guessed.
                table.bad.append(BadRow(i, lines[i]))
                continue
            following = _next_group(lines, i, heads) if group else None
            if following is not None:
                # A list printed in parts, one under each initiative's heading (its own table, then
                # its evaluation and remarks): the next part goes on under the next heading.
                group, i = following
                continue
            break
        if code in table.rows:
            continue  # a code printed twice: the first row stands
        for label, value in values.pop("grades").items():
            values[label_field(label)] = value
        table.rows[code] = Copy(where, i + 1, values)
    return table


def assign_initiatives(table: PracticeList, counts: list[tuple[str, int | None]], stated: dict[str, str],
                       titles: dict[str, str] | None = None) -> str:
    """Tie the rows of a list without an initiative column to their initiatives; '' when done, else
    why it cannot be done (the caller then refuses the list rather than guess).

    `counts` holds each initiative's number and the 実践項目数 the report states for it, in print
    order; `stated` the initiative other parts state for some items (a progress sheet's 取組項目:1).
    A list printed in initiative order is cut by those counts when they add up to its rows exactly,
    and every item another part places must land where that part says. A row naming its initiative
    by title is tied to the initiative of that title (`titles`: notation key of a title → number)."""
    for code, copy in table.rows.items():
        named = copy.values.pop("initiative_named", "")
        if named and not copy.values.get("initiative"):
            no = (titles or {}).get(notation_key(named))
            if no is None:
                return f"実践項目一覧の取組項目「{named}」（実践項目{code}）が取組項目の評価にありません"
            copy.values["initiative"] = no
    unplaced = [code for code, copy in table.rows.items() if not copy.values.get("initiative")]
    if not unplaced:
        return ""
    if len(unplaced) < len(table.rows):
        return "実践項目一覧の一部の行だけ取組項目が分かりません"
    if not counts or any(n is None for _, n in counts):
        return "実践項目一覧に取組項目の列がなく、取組項目ごとの実践項目数も記載されていません"
    if sum(n for _, n in counts) != len(unplaced):  # type: ignore[misc]
        return (f"実践項目一覧に取組項目の列がなく、取組項目ごとの実践項目数の合計"
                f"（{sum(n for _, n in counts)}）が一覧の行数（{len(unplaced)}）と合いません")  # type: ignore[misc]
    placed: dict[str, str] = {}
    codes = iter(unplaced)
    for no, n in counts:
        for _ in range(n):  # type: ignore[arg-type]
            placed[next(codes)] = no
    wrong = [code for code, no in stated.items() if code in placed and placed[code] != no]
    if wrong:
        return (f"実践項目一覧に取組項目の列がなく、実践項目数で区切った取組項目が進捗状況シートの取組項目と"
                f"食い違います（実践項目{'、'.join(wrong)}）")
    for code, no in placed.items():
        table.rows[code].values["initiative"] = no
    return ""
