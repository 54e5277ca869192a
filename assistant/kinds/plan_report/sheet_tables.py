"""A document made only of progress sheets, one small table per item (a city's 進行管理表 as a web page):
each table is headed 「推進事項4　補助金の整理合理化（所管：財政課）」 (its caption), has a header row
年度 │ 計画 │ 実績 │ 自己評価 (in any order, some maybe absent), one row per fiscal year, and may close with
a labelled row of its own (「今後の方向性 │ 見直し」).

Nothing else of the plan is printed (no list, no committee), so each sheet is the item's only reading:
a practice record under the number its heading prints, named as the document names its items (its
word, 推進事項, read from the headings), with the year's 自己評価 as that year's grade (r5 …), the
closing row's value as its 今後の方向性, and each year's plan and result as the year's entry. The layout
is known by its shape — two headings or more of a word, a number and a title, each over a table of
years with a grade column — never by the document's words or years.

A plan's own report may print its items the same way (a Word report: one heading per item, a table whose
rows are the years): each row may name the year's department (担当課 │ 企画課, another name the next
year), labelled lines between the heading and its table state when the item was added or completed
(「追加年度：令和7年度　完了年度：―（継続）」), the items stand under headings of the plan's groups
(「基本目標2 財政の健全化」: its initiatives, numbered in a word of their own) and an item
added later keeps the code it prints (「追1」). Those groups are the items' initiatives; the tables end at
the first line that is no row, so that a closing table of counts is no year of the last item.

A plan's progress sheets in Word may head each sheet with the sheet's name before the item's
(「進捗シート　実践項目 1-3　<名称>」, the item coded as its list codes it), put a table of labels between the
heading and the table of years (基本方針 │ 1 市民サービスの向上, 所管課 │ 市民課: the item's department and
initiative), give the years' figures only (年度 │ 目標 │ 実績 │ 達成率) and grade each year on a line of its own
under a bracketed heading (【自己評価】 then 「平成29年度：－　平成30年度：B　令和元年度：A」): that line is the
years' grades, its heading the sheet's grade word.
"""
from __future__ import annotations

import re

from assistant.errors import DocumentError
from assistant.kinds.plan_report.cells import cells, departments, grade, legend_scale
from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc, no_spaces
from assistant.text.wareki import fy_label, label_field, label_fiscal_year, year_label

# 「推進事項4 補助金の整理合理化（所管：財政課）」: the item's word (…事項, …項目), its number, its title.
# (an item added to the plan later may print a mark before its number: 「改革項目 新1 …」, its code as printed)
# (a sheet's name may come first, 「進捗シート　実践項目 1-3 …」, the item coded by initiative and item as its list codes it)
_HEAD_RE = re.compile(r"^(?:\S{0,8}シート\s+)?(\S{0,6}?(?:事項|項目))\s*(?:No\.?\s*)?([^\x00-\x7f\d\s]?\d{1,3}(?:-\d{1,2})?)\s+(\S.*)$")
# The years graded on a line of their own under a bracketed heading (【自己評価】): 「平成30年度：B　令和元年度：A」.
_GRADED_HEAD_RE = re.compile(r"^【([^【】]{2,8})】$")
# (the year may name itself both ways: 「平成31年度（令和元年度）：B」)
_GRADED_YEAR_RE = re.compile(r"((?:(?:令和|平成|[RH])\s*(?:元|\d{1,2})\s*年度|(?:19|20)\d{2}\s*年度)"
                             r"(?:\s*[(（]\s*(?:令和|平成)\s*(?:元|\d{1,2})\s*年度\s*[)）])?)\s*[:：]\s*(\S{1,3})")
# The labels of a table between a sheet's heading and its table of years (所管課 │ 市民課).
_INFO_DEPT = ("所管課", "担当課", "担当部署", "所管")
_INFO_INITIATIVE = ("取組項目",)
_INFO_POLICY = ("基本方針",)
# A group heading the items stand under (「基本目標2 財政の健全化」): a word, a number, a title.
_GROUP_RE = re.compile(r"^([^\d\s:：()（）【】「」]{2,8}?)\s*(?:No\.?\s*)?(\d{1,2})[\s.．]+(\S.{0,60})$")
# A labelled year between an item's heading and its table (「完了年度：令和7年度」「追加年度：令和7年度」).
_YEAR_LABEL_RE = re.compile(r"(\S{1,4}年度)\s*[:：]\s*(\S+)")
_ENDED_LABELS = ("完了年度", "終了年度", "取組終了")
_STARTED_LABELS = ("追加年度", "開始年度", "着手年度")
# The department closing the title: 「（所管：財政課）」「（担当課：…）」.
_DEPT_RE = re.compile(r"\s*[(（]\s*(?:所管|担当|所管課|担当課|担当部署)\s*[:：]\s*([^)）]+)[)）]\s*$")
_PLAN_WORDS = ("計画", "取組予定", "予定", "取組内容")
_RESULT_WORDS = ("実績", "取組結果", "結果", "実施状況")
_GRADE_WORDS = ("自己評価", "評価", "達成度", "進捗", "進捗度", "達成状況", "評価結果")
# The grade words the questions know as such already (自己評価がC): no heading of the report's own.
_KNOWN_GRADE_WORDS = ("自己評価", "評価")
# The department of the year's row (a department renamed from one year to the next prints its new name).
_DEPT_WORDS = ("担当課", "所管課", "担当部署", "担当", "所管", "担当部", "担当部局", "所管部署", "主管課")
# The closing row's label saying where the item goes next (今後の方向性, 今後の方針).
_DIRECTION_RE = re.compile(r"^今後の(?:方向性|方針)$")


def _labelled(line: str) -> bool:
    """A labelled year above an item's table: 「完了年度：令和7年度」, or its label and value in two cells of a sheet."""
    if "\t" not in line:
        return bool(_YEAR_LABEL_RE.search(nfkc(line)))
    row = [no_spaces(nfkc(c)) for c in cells(line) if c.strip()]
    return len(row) % 2 == 0 and all(label in _ENDED_LABELS + _STARTED_LABELS for label in row[::2])


def _head(line: str) -> re.Match | None:
    return None if "\t" in line else _HEAD_RE.match(clean(nfkc(line)))


def _columns(row: list[str], graded_below: bool = False) -> dict[str, int] | None:
    header = [no_spaces(nfkc(c)) for c in row]

    def find(words: tuple[str, ...]) -> int:
        return next((j for j, c in enumerate(header) if c in words), -1)

    columns = {"year": find(("年度",)), "plan": find(_PLAN_WORDS), "result": find(_RESULT_WORDS),
               "grade": find(_GRADE_WORDS), "dept": find(_DEPT_WORDS), "target": find(("目標", "目標値"))}
    if columns["year"] < 0 or columns["grade"] < 0 and not graded_below or (columns["plan"] < 0 and columns["result"] < 0):
        return None
    return columns


def _graded_line(lines: list[str], header: int, end: int) -> tuple[str, dict[str, str]] | None:
    """The years' grades a sheet states under a bracketed heading below its table (【自己評価】 then
    「平成30年度：B　令和元年度：A」): (the heading's word, {year label: grade as printed}); None when it has none."""
    for i in range(header + 1, min(end, len(lines)) - 1):
        head = _GRADED_HEAD_RE.match(clean(nfkc(lines[i]))) if "\t" not in lines[i] else None
        if not head or head.group(1) not in _GRADE_WORDS:
            continue
        said = {_fiscal_label(y): g for y, g in _GRADED_YEAR_RE.findall(nfkc(lines[i + 1]))}
        if len(said) >= 2 and all(said):
            return head.group(1), said
    return None


def _sheets(lines: list[str]) -> list[tuple[int, re.Match, dict[str, int], int]]:
    """(0-based head line, head, columns, 0-based header line) of each sheet: a head whose next non-blank
    line is a header of years and grades."""
    out = []
    for i, line in enumerate(lines):
        head = _head(line)
        if not head:
            continue
        # (labelled lines may stand between the heading and its table: 「完了年度：令和7年度」)
        nxt = next((j for j in range(i + 1, min(i + 8, len(lines))) if lines[j].strip() and not _labelled(lines[j])), None)
        columns = _columns(cells(lines[nxt])) if nxt is not None and "\t" in lines[nxt] else None
        if columns is None and nxt is not None:
            # (a table of labels and a bracketed heading between them: 所管課 │ 市民課, 【目標と実績】; the years
            # graded on a line below the table)
            nxt = next((j for j in range(nxt, min(i + 16, len(lines))) if "\t" in lines[j]
                        and no_spaces(nfkc(cells(lines[j])[0])) == "年度"), None)
            following = next((j for j in range(i + 1, len(lines)) if _head(lines[j])), len(lines))
            columns = _columns(cells(lines[nxt]), graded_below=True) \
                if nxt is not None and _graded_line(lines, nxt, following) else None
        if columns is not None:
            out.append((i, head, columns, nxt))
    return out


def _fiscal_label(cell: str) -> str | None:
    """A year cell as the label of its fiscal year (平成31年度, 令和元年度 and 「平成31年度（令和元年度）」 are R1)."""
    from assistant.kinds.plan_report.evaluation_list import _year_cell

    label = _year_cell(no_spaces(nfkc(cell))) or _year_cell(nfkc(cell))
    return fy_label(label_fiscal_year(label)) if label else None


# 「電子決裁率（単位：％）」: a measure named with its unit in brackets.
_MEASURE_UNIT_RE = re.compile(r"^(?P<name>.+?)\s*[(（]\s*単位\s*[:：]\s*(?P<unit>[^)）]+?)\s*[)）]\s*$")
_GOAL_HEADS = ("目標", "目標値")
_ACTUAL_HEADS = ("実績", "実績値")
_RATE_HEADS = ("達成率", "達成率(%)", "達成度")


def _number(cell: str) -> float | int | None:
    """A figure cell as a number (「3,000」「103.6％」); None for 「－」 or words."""
    value = re.sub(r"[%％,\s]", "", nfkc(cell))
    if not re.fullmatch(r"[+-]?\d+(?:\.\d+)?", value):
        return None
    number = float(value)
    return int(number) if number.is_integer() and "." not in value else number


def _measure_value(code: str, year: str, measure: str, heads: list[str], row: list[str], source: str,
                   at: int) -> Record:
    """One year's row of a sheet's measure (年度 │ 目標 │ 実績 │ 達成率) as its sheet_value, by the headings."""
    named = _MEASURE_UNIT_RE.match(nfkc(measure))
    said = [no_spaces(nfkc(h)) for h in heads]

    def under(words: tuple[str, ...]) -> str:
        j = next((j for j, h in enumerate(said) if h in words), -1)
        return _cell(row, j)

    rate = under(_RATE_HEADS)
    return Record("sheet_value", f"{code}-{year}", {
        "practice": code, "year": year, "indicator": clean(named.group("name")) if named else clean(measure),
        "unit": clean(named.group("unit")) if named else "",
        "goal": _number(under(_GOAL_HEADS)), "actual": _number(under(_ACTUAL_HEADS)), "rate": _number(rate),
        "goal_text": under(_GOAL_HEADS), "actual_text": under(_ACTUAL_HEADS), "rate_text": rate, "grade": ""}, source, at)


def _info(lines: list[str], begin: int, header: int) -> dict[str, str]:
    """The labelled cells of the table between a sheet's heading and its table of years (所管課 │ 市民課)."""
    out: dict[str, str] = {}
    for line in lines[begin + 1:header]:
        row = cells(line) if "\t" in line else []
        if len(row) >= 2 and row[0].strip():
            out[no_spaces(nfkc(row[0]))] = clean(row[1])
    return out


def detect(text: str) -> bool:
    """Two sheets or more of one word (推進事項 4 …, 推進事項 7 …), each over a table of years and grades."""
    found = _sheets(text.splitlines())
    return len(found) >= 2 and len({h.group(1) for _, h, _, _ in found}) == 1


def _cell(row: list[str], j: int) -> str:
    return clean(row[j]) if 0 <= j < len(row) else ""


def _code(printed: str) -> str:
    """「4」「04」 → '4'; a code with a mark (「追1」) as printed."""
    printed = nfkc(printed)
    if re.fullmatch(r"\d{1,3}-\d{1,2}", printed):
        return "-".join(str(int(p)) for p in printed.split("-"))  # (「01-3」 as its list codes it: 1-3)
    return str(int(printed)) if printed.isdigit() else printed


def _groups(lines: list[str], found: list[tuple[int, re.Match, dict[str, int], int]]) -> dict[int, tuple[str, str, str, int]]:
    """Each sheet's group: (word, number, title, 0-based line) of the nearest group heading above it (「基本目標2
    財政の健全化」), when two or more headings of one word other than the items' own stand
    between the sheets and over no table of their own; {} otherwise."""
    heads = {i for i, *_ in found}
    items_word = found[0][1].group(1)
    candidates = []
    for i, line in enumerate(lines[:found[-1][0]]):
        match = None if "\t" in line or i in heads else _GROUP_RE.match(clean(nfkc(line)))
        if match and match.group(1) != items_word:
            candidates.append((match.group(1), str(int(match.group(2))), clean(match.group(3)), i))
    words = {c[0] for c in candidates}
    if len(candidates) < 2 or len(words) != 1 or candidates[0][3] > found[0][0]:
        return {}
    out: dict[int, tuple[str, str, str, int]] = {}
    for begin, *_ in found:
        out[begin] = next(c for c in reversed(candidates) if c[3] < begin)
    return out


def _labelled_years(lines: list[str], begin: int, header: int) -> dict[str, str]:
    """`ended` and `started` from the labelled lines between a heading and its table: a year, or '' where the
    label says none (「完了年度：―（継続）」)."""
    out: dict[str, str] = {}
    for line in lines[begin + 1:header]:
        # (a sheet's two cells 「完了年度 │ 令和7年度」 read as the line 「完了年度：令和7年度」)
        pairs = cells(line) if "\t" in line else []
        line = "　".join(f"{a}：{b}" for a, b in zip(pairs[::2], pairs[1::2])) if pairs else line
        for label, value in _YEAR_LABEL_RE.findall(nfkc(line)):
            name = "ended" if label in _ENDED_LABELS else "started" if label in _STARTED_LABELS else None
            if name:
                out[name] = year_label(value) or ""
    return out


def parse(lines: list[str], source: str, title: str) -> ParsedDocument:
    found = _sheets(lines)
    if len(found) < 2:
        raise DocumentError(source, "進捗の表（見出し・年度・自己評価）が見つかりません")
    doc = ParsedDocument(kind="plan_report", title=title)
    starts = [i for i, *_ in found] + [len(lines)]
    groups = _groups(lines, found)
    # (a scale of letters of the report's own, S > A > B > C, read from its legend)
    scale = legend_scale(lines)
    members: dict[str, list[str]] = {}
    for k, (begin, head, columns, header) in enumerate(found):
        word, code, rest = head.group(1), _code(head.group(2)), clean(head.group(3))
        dept = _DEPT_RE.search(rest)
        name = clean(rest[:dept.start()]) if dept else rest
        below = _graded_line(lines, header, starts[k + 1]) if columns["grade"] < 0 else None
        fields = {"code": code, "title": name, "departments": departments(dept.group(1)) if dept else [],
                  "themes": [], "tags": [], "ended_month": "", "called": word,
                  "sheet_grade_word": below[0] if below else no_spaces(nfkc(cells(lines[header])[columns["grade"]])),
                  **_labelled_years(lines, begin, header)}
        info = _info(lines, begin, header) if below else {}
        said_dept = next((info[w] for w in _INFO_DEPT if info.get(w)), "")
        if said_dept and not fields["departments"]:
            fields["departments"] = departments(said_dept)
        said_initiative = re.match(r"^(\d{1,2})[\s.．]+(\S.*)$", nfkc(next((info[w] for w in _INFO_INITIATIVE if info.get(w)), "")))
        if said_initiative:
            fields["initiative"], fields["initiative_title"] = str(int(said_initiative.group(1))), clean(said_initiative.group(2))
        said_policy = next((info[w] for w in _INFO_POLICY if info.get(w)), "")
        if said_policy:
            fields["policy"] = said_policy
        if fields["sheet_grade_word"] not in _KNOWN_GRADE_WORDS:
            # (a heading of the report's own, 達成度 or 進捗: said with a year, it names that year's grade)
            fields["grade_word"] = fields["sheet_grade_word"]
        if begin in groups:
            group = groups[begin]
            fields["initiative"], fields["initiative_title"] = group[1], group[2]
            members.setdefault(group[1], []).append(code)
        entries: list[tuple[str, str, str, int]] = []
        figures: list[tuple[str, int]] = []
        values: list[Record] = []
        result_heading = no_spaces(nfkc(cells(lines[header])[columns["result"]])) if columns["result"] >= 0 else ""
        end = header + 1
        for i in range(header + 1, starts[k + 1]):
            line = lines[i]
            if "\t" not in line:
                if end > header + 1:
                    break  # (the table ends at its first line that is no row: what follows is no year of the item)
                continue
            row = cells(line)
            label = no_spaces(nfkc(row[0]))
            if label == "年度" and end > header + 1:
                break  # (another table's header right under the rows: a closing table of counts)
            end = i + 1
            if _DIRECTION_RE.match(label):
                fields["future_policy"] = next((clean(c) for c in row[1:] if c.strip()), "")
                continue
            year = year_label(_cell(row, columns["year"]))
            if below:
                # (a sheet made over an era change names its year either way, or both: 「平成31年度（令和元年度）」;
                # one fiscal year, under the label its list and a question of either name read: R1)
                year = _fiscal_label(_cell(row, columns["year"]))
            if year is None:
                continue
            if columns["dept"] >= 0 and (named := departments(_cell(row, columns["dept"]))):
                fields["departments"] = list(dict.fromkeys(fields["departments"] + named))
                fields[f"{label_field(year)}_dept"] = named
            printed = below[1].get(year, "") if below else _cell(row, columns["grade"])
            own = grade(printed, scale)
            if own is None and re.fullmatch(r"[A-Z]", nfkc(printed)):
                # (a letter of the grade column no legend lists, S: kept as printed rather than lost)
                own = nfkc(printed)
            fields[label_field(year)] = own or ""
            if own:
                doc.records.append(Record("grade", f"{code}-{year}", {"practice": code, "year": year,
                                          "fiscal_year": label_fiscal_year(year), "grade": own}, source, i + 1))
            entries.append((year, _cell(row, columns["plan"]), _cell(row, columns["result"]), i + 1))
            if below:
                # (a row of figures: its cells under their headings, as the text a search for them finds)
                heads = cells(lines[header])
                # (led by the sheet's indicator, 「指標 │ 電子決裁率（単位：％）」: the figures are of that measure)
                measure = info.get("指標", "")
                figures.append(((f"{measure}　" if measure else "")
                                + "　".join(f"{clean(h)}：{clean(c)}" for h, c in zip(heads, row) if clean(h) and clean(c)), i + 1))
                if measure:
                    # (the year's figures of that measure, 目標 │ 実績 │ 達成率 as their headings say, as the
                    # item's indicator of the year: 「電子決裁率の平成31年度の目標値は」)
                    values.append(_measure_value(code, year, measure, heads, row, source, i + 1))
        doc.records.append(Record("practice", code, fields, source, begin + 1, end))
        doc.records.extend(values)
        key = f"practice:{code}"
        doc.passages.append(Passage(key, "title", name, source, begin + 1))
        if fields.get("future_policy"):
            doc.passages.append(Passage(key, "future_policy", fields["future_policy"], source, end))
        for text, at in figures:
            doc.passages.append(Passage(key, "text", text, source, at))
        for n, (year, plan, result, at) in enumerate(entries, start=1):
            # The year's plan and what was done, as the year's entry of the item's progress.
            ecode = f"{code}-{n}"
            doc.records.append(Record("sheet_entry", ecode, {"practice": code, "year": year, "n": n, "status": "",
                                                            "plan": plan, "result": result,
                                                            "result_heading": result_heading}, source, at))
            for part, text in (("plan", plan), ("result", result)):
                if text:
                    doc.passages.append(Passage(f"sheet_entry:{ecode}", part, text, source, at))
    _initiatives(doc, source, groups, members)
    return doc


def _initiatives(doc: ParsedDocument, source: str, groups: dict[int, tuple[str, str, str, int]],
                 members: dict[str, list[str]]) -> None:
    """The groups as the plan's initiatives, named by the report's own word (重点事項, 推進方針), with their items' count."""
    seen: set[str] = set()
    for word, no, title, at in groups.values():
        if no in seen:
            continue
        seen.add(no)
        fields = {"no": int(no), "title": title, "themes": [], "n_practice": len(members.get(no, [])),
                  "called": word, "n_comments": 0}
        doc.records.append(Record("initiative", no, fields, source, at + 1))
        doc.passages.append(Passage(f"initiative:{no}", "title", title, source, at + 1))
