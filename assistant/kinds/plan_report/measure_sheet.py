"""A plan's evaluation sheet of measures (施策評価シート, a workbook): ONE table, a row per item, under a
two-row header — the leading cells merged over both rows (an upper group's number and name, the item's
number and name, its department, its indicator, unit, direction and baseline), then a block per fiscal
year, its year printed once over the block (「令和4年度（2022年度）」) and the block's sub-heads under it
(目標値 │ 実績値 │ 達成率(%) │ 判定): the year's target, result, rate and grade.

The words are the document's own: the item's number column 「<W2>番号」 (its codes 1-1, 1-2 …) names the items
(施策), the other number column 「<W1>番号」 (plain numbers, merged over its items) the upper group (政策), both
kept as `called`; the word over the grades (判定) is the items' grade word. Each item is a practice record with
its grade of each year, a grade record per year and its indicator's figures per year (sheet_value: target,
result, rate, grade); each upper group is an initiative record. Found by the header's shape — year blocks each
holding a grade sub-head, two number columns, grade cells that are single letters — never by the words."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.kinds.plan_report import paired_rows
from assistant.kinds.plan_report.cells import cells, departments, ended_year
from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc, no_spaces
from assistant.text.wareki import label_field, label_fiscal_year, year_label

_YEAR_RE = re.compile(r"(?:令和|平成|R|H)\s*(?:\d{1,2}|元)\s*年度|(?:19|20)\d{2}\s*年度")
# Sub-heads of a year's block, by what they hold.
_GRADE_HEADS = ("判定", "評価", "評定", "総合評価", "総合判定")
# (計画: a reform plan's year block 計画 │ 実績 │ 評価, its cells words of what was planned and done)
_GOAL_HEADS = ("目標値", "目標", "計画")
_ACTUAL_HEADS = ("実績値", "実績")
_RATE_PREFIXES = ("達成率", "達成度")
_DEPT_HEADS = ("主管課", "所管課", "担当課", "担当部署", "所管部署", "所管", "担当")
_INDICATOR_HEADS = ("成果指標", "指標", "指標名", "成果指標名", "活動指標")
_UNIT_HEADS = ("単位",)
_ITEM_CODE_RE = re.compile(r"^\d{1,2}-\d{1,2}$")
_GROUP_NO_RE = re.compile(r"^\d{1,2}$")
_LETTER_RE = re.compile(r"^[A-ES]$")
_DASHES = ("-", "―", "—", "－", "‐", "ー")
# A single column of the items' codes (「番号」 over 1-1-1 …) when no group number column stands beside it.
_NUMBER_HEADS = ("番号", "No.", "No", "項番", "コード")
# (or under a group numbered in roman figures: 「Ⅱ-3」, II-3 in NFKC)
_CODE_RE = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})(?:-\d{1,2}){1,2}$")
# A name column headed by the items' word alone (「実施項目」, not 「実施項目名」): the column after the codes.
_ITEM_WORD_HEAD_RE = re.compile(r"^\S{0,4}(?:項目|取組|事業|施策)$")
_BUREAU_HEADS = ("所属部", "所管部", "担当部", "部名", "部局")
_ENDED_HEADS = ("完了年度", "終了年度", "取組終了", "完了予定年度")
_EFFECT_PREFIXES = ("財政効果額", "効果額", "財政効果")
_REMARK_HEADS = ("備考",)
# What the item does, in a sentence (「取組内容」): kept as the item's text.
_CONTENT_HEADS = ("取組内容", "取組概要", "事業内容", "内容", "概要")
# 「【重点取組1】名（基本方針1 …）」 or 「重点取組1 名」: a group row (its word, number, name, the upper group in brackets).
_GROUP_ROW_RE = re.compile(r"^【?(?P<word>[^\s【】\d]{1,8}?)\s*(?P<no>\d{1,2}|[IVX]{1,4})】?\s*(?P<title>[^\s（(【】][^（(]*?)\s*"
                           r"(?:[（(](?P<upper>[^）)]+)[）)])?$")
# 「１　組織体制の見直しと人材育成」: a group row printing only its number and name (the sheet merges it over the
# table's width); taken only when every item under it carries the number as its code's head (2-① under ２).
_BARE_GROUP_ROW_RE = re.compile(r"^(?P<no>\d{1,2}|[IVX]{1,4})[\s.．、]+(?P<title>[^\s（(【】\d][^（(]*?)\s*"
                                r"(?:[（(](?P<upper>[^）)]+)[）)])?$")


@dataclass
class Layout:
    header: int  # the first header row (0-based); the sub-heads are on the next
    code: int
    name: int
    group: int
    group_name: int
    item_word: str
    group_word: str
    grade_word: str
    years: dict[str, dict[str, int]] = field(default_factory=dict)  # label → {"grade", "goal", "actual", "rate"}
    dept: int = -1
    indicator: int = -1
    unit: int = -1
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    bureau: int = -1
    ended: int = -1
    effect: int = -1
    remarks: int = -1
    effect_head: str = ""
    group_rows: dict[int, tuple[str, str, str, str]] = field(default_factory=dict)
    content: int = -1
    sub: list[str] = field(default_factory=list)  # the header's second row (the year blocks' sub-heads)


def _year(cell: str) -> str | None:
    match = _YEAR_RE.search(nfkc(cell))
    return year_label(no_spaces(match.group())) if match else None


def _blocks(top: list[str], sub: list[str]) -> tuple[dict[str, dict[str, int]], str]:
    """The year blocks of a two-row header: the year over its first cell, its sub-heads under it, the block
    running to the next cell of the upper row (a heading merged over its cells prints only in its first). A
    block of a target only (the plan's last year, its results not reported yet: 「2030年度」 over 目標) is a year
    of targets: its grade is -1."""
    starts = [(j, label) for j, c in enumerate(top) if c and (label := _year(c))]
    out: dict[str, dict[str, int]] = {}
    word = ""
    for n, (j, label) in enumerate(starts):
        end = next((k for k in range(j + 1, max(len(top), len(sub))) if k < len(top) and top[k]),
                   max(len(top), len(sub)))
        heads = {k: no_spaces(nfkc(sub[k])) for k in range(j, min(end, len(sub))) if sub[k]}
        grade = next((k for k, h in heads.items() if h in _GRADE_HEADS), -1)
        goal = next((k for k, h in heads.items() if h in _GOAL_HEADS), -1)
        if grade < 0 and (goal < 0 or len(heads) != 1):
            continue
        out[label] = {"grade": grade, "goal": goal,
                      "actual": next((k for k, h in heads.items() if h in _ACTUAL_HEADS), -1),
                      "rate": next((k for k, h in heads.items() if h.startswith(_RATE_PREFIXES)), -1)}
        if grade >= 0:
            word = word or heads[grade]
    return out, word


def _group_row(line: str) -> tuple[str, str, str, str] | None:
    """A row of its own between the items naming the group those under it belong to (「【重点取組1】行政手続の
    デジタル化（基本方針1 住民サービスの質の向上）」): its word, its number, its name and the upper group it names."""
    if "\t" in line.strip():
        return None
    match = _GROUP_ROW_RE.match(clean(nfkc(line))) or _BARE_GROUP_ROW_RE.match(clean(nfkc(line)))
    if not match:
        return None
    return match.groupdict().get("word") or "", match.group("no"), clean(match.group("title")), clean(match.group("upper") or "")


def layout(lines: list[str]) -> Layout | None:
    for i in range(len(lines) - 2):
        if "\t" not in lines[i] or "\t" not in lines[i + 1]:
            continue
        top, sub = cells(lines[i]), cells(lines[i + 1])
        years, grade_word = _blocks(top, sub)
        if sum(v["grade"] >= 0 for v in years.values()) < 2:
            continue
        spanned = {k for v in years.values() for k in v.values() if k >= 0}
        first = min(spanned)
        last = max(spanned)
        head = [no_spaces(nfkc(c)) if j < first else "" for j, c in enumerate(top)]
        # (the columns after the year blocks, merged over both rows: 完了年度 │ 財政効果額（千円） │ 備考)
        tail = {j: no_spaces(nfkc(c)) for j, c in enumerate(top) if j > last and c}
        numbers = [j for j, c in enumerate(head) if len(c) > 2 and c.endswith("番号")]
        rows: list[tuple[int, list[str]]] = []
        groups: dict[int, tuple[str, str, str, str]] = {}
        for k in range(i + 2, len(lines)):
            if not lines[k].strip():
                if rows:
                    break
                continue
            if "\t" not in lines[k].strip():
                found = _group_row(lines[k])
                if found is None:
                    break
                groups[k] = found
                continue
            rows.append((k, cells(lines[k]) + [""] * len(top)))
        if len(rows) < 3:
            continue

        def share(j: int, pattern: re.Pattern) -> bool:
            return all(pattern.match(nfkc(r[j]).strip()) for _, r in rows)

        code = next((j for j in numbers if share(j, _ITEM_CODE_RE)), -1)
        group = next((j for j in numbers if j != code and share(j, _GROUP_NO_RE)), -1)
        item_word, group_word = (head[code][:-2], head[group][:-2]) if code >= 0 else ("", "")
        if code < 0 or group < 0:
            # One column of codes (「番号」 over 1-1-1 …) under group rows naming the items' group: the group is
            # the row above each item, the items' word that of their name column (「推進項目名」).
            if not groups or not rows or rows[0][0] < min(groups):
                continue
            code = next((j for j, c in enumerate(head) if c in _NUMBER_HEADS and share(j, _CODE_RE)), -1)
            names = [j for j, c in enumerate(head) if len(c) > 1 and c.endswith(("名", "名称")) and j != code]
            bare = code + 1 < len(head) and _ITEM_WORD_HEAD_RE.match(head[code + 1]) is not None
            if code < 0 or not (names or bare):
                continue
            if not _bare_groups_head_codes(groups, rows, code):
                continue
            group = -1
            if names:
                item_word = head[names[0]][:-2] if head[names[0]].endswith("名称") else head[names[0]][:-1]
            else:
                item_word = head[code + 1]
            group_word = next(iter(groups.values()))[0]

        def named(word: str) -> int:
            found = next((j for j, c in enumerate(head) if word and c in (f"{word}名", f"{word}名称")), -1)
            return found if found >= 0 or word != head[code + 1] else code + 1

        name, group_name = named(item_word), (named(group_word) if group >= 0 else -1)
        if name < 0:
            continue
        graded = [nfkc(r[v["grade"]]).strip() for _, r in rows for v in years.values() if v["grade"] >= 0]
        if not all(_LETTER_RE.match(g) or g in _DASHES or not g for g in graded) or not any(graded):
            continue

        def find(heads: tuple[str, ...], within: dict[int, str] | None = None) -> int:
            where = within if within is not None else dict(enumerate(head))
            return next((j for j, c in where.items() if c in heads), -1)

        def find_prefix(prefixes: tuple[str, ...]) -> int:
            return next((j for j, c in tail.items() if c.startswith(prefixes)), -1)

        return Layout(i, code, name, group, group_name, item_word, group_word, grade_word, years,
                      find(_DEPT_HEADS), _indicator_column(head), find(_UNIT_HEADS), rows,
                      bureau=find(_BUREAU_HEADS), ended=find(_ENDED_HEADS, tail), effect=find_prefix(_EFFECT_PREFIXES),
                      remarks=find(_REMARK_HEADS, tail), effect_head=tail.get(find_prefix(_EFFECT_PREFIXES), ""),
                      group_rows=groups, content=find(_CONTENT_HEADS), sub=sub)
    return None


def _bare_groups_head_codes(groups: dict[int, tuple[str, str, str, str]], rows: list[tuple[int, list[str]]],
                            code: int) -> bool:
    """Whether the group rows printed without a word (「１　…」) are the groups of the items under them: each item's
    code opens with its group's number (1-① …), so that a numbered line of another meaning is never taken as one."""
    if all(word for word, *_ in groups.values()):
        return True
    ordered = sorted(groups.items())
    for at, row in rows:
        above = [g for k, g in ordered if k < at]
        if not above or not nfkc(row[code]).strip().startswith(f"{above[-1][1]}-"):
            return False
    return True


def _indicator_column(head: list[str]) -> int:
    """The indicator's column: headed by its word, maybe with its unit in brackets (「指標（単位）」)."""
    return next((j for j, c in enumerate(head) if c in _INDICATOR_HEADS
                 or re.fullmatch(r"(?:%s)[(（][^)）]{1,6}[)）]" % "|".join(_INDICATOR_HEADS), c)), -1)


def detect(text: str) -> bool:
    if "\t" not in text or "番号" not in text:
        return False
    lines = text.splitlines()
    folded = paired_rows.fold(lines)  # (items of two rows each, 計画 / 実績: paired_rows.py)
    return layout(folded[0] if folded else lines) is not None


def _value(cell: str) -> float | int | None:
    value = nfkc(cell).replace(",", "").strip()
    # (「▲3,200」, 「△850」: a negative amount as a printed report marks it)
    if value[:1] in ("▲", "△"):
        value = "-" + value[1:].strip()
    try:
        number = float(value)
    except ValueError:
        return None
    return int(number) if number == int(number) and "." not in value else number


def _worded_entries(doc: ParsedDocument, found: Layout, row: list[str], code: str, labels: list[str], source: str,
                    line: int) -> None:
    """The years whose 計画 / 実績 cells hold words, not figures (「係の統合（２係）」「…：計画どおり実施」): each year's plan
    and what was done, as the year's entry of the item's progress (sheet_entry, as a progress sheet's are)."""
    for n, label in enumerate(labels, start=1):
        columns = found.years[label]
        plan, result = (clean(row[columns[k]]) if columns[k] >= 0 else "" for k in ("goal", "actual"))
        if not (plan or result) or all(_value(t) is not None or t in _DASHES or not t for t in (plan, result)):
            continue
        ecode = f"{code}-{n}"
        # (the sub-head over the results, 実績: 「令和７年度の実績は」 asks this entry, sheet_tables.py's result_heading)
        heading = no_spaces(nfkc(found.sub[columns["actual"]])) if 0 <= columns["actual"] < len(found.sub) else ""
        doc.records.append(Record("sheet_entry", ecode, {"practice": code, "year": label, "n": n, "status": "",
                                                        "plan": plan, "result": result, "result_heading": heading},
                                  source, line))
        for part, text in (("plan", plan), ("result", result)):
            if text and found.content >= 0:
                # (a sheet printing the items' 取組内容 in a column of its own: the years' words are no 取組内容, but
                # the item's text, found by words said without that label)
                doc.passages.append(Passage(f"practice:{code}", part, text, source, line))
            elif text:
                doc.passages.append(Passage(f"sheet_entry:{ecode}", part, text, source, line))


def _departments(cell: str) -> list[str]:
    """The departments of a cell: several one a line (the main one first), or as cells.departments splits them."""
    return paired_rows.departments(cell) or departments(cell)


_UNIT_IN_HEAD_RE = re.compile(r"[(（]\s*((?:千|百万|万)?円)\s*[)）]")


def parse(lines: list[str], source: str, title: str) -> ParsedDocument:
    # (a table of two rows per item is read folded into one row per item, each record kept at its first row)
    folded = paired_rows.fold(lines)
    if folded is not None and layout(folded[0]) is not None:
        return paired_rows.restore_lines(_parse(folded[0], source, title), folded[1])
    return _parse(lines, source, title)


def _parse(lines: list[str], source: str, title: str) -> ParsedDocument:
    found = layout(lines)
    assert found is not None  # detect() found it
    doc = ParsedDocument(kind="plan_report", title=title)
    labels = sorted(found.years, key=label_fiscal_year)
    groups: dict[str, tuple[str, int]] = {}
    members: dict[str, list[str]] = {}
    uppers: dict[str, str] = {}
    group_rows = sorted(found.group_rows.items())
    effect_unit = _UNIT_IN_HEAD_RE.search(found.effect_head)
    for at, row in found.rows:
        code = nfkc(row[found.code]).strip()
        if found.group >= 0:
            group = nfkc(row[found.group]).strip()
            group_title = clean(row[found.group_name]) if found.group_name >= 0 else ""
            groups.setdefault(group, (group_title, at))
        else:
            above = [(k, g) for k, g in group_rows if k < at]
            _, (_, group, group_title, upper) = above[-1]
            groups.setdefault(group, (group_title, above[-1][0]))
            if upper:
                uppers[group] = upper
        members.setdefault(group, []).append(code)
        name = clean(row[found.name])
        indicator = clean(row[found.indicator]) if found.indicator >= 0 else ""
        unit = clean(row[found.unit]) if found.unit >= 0 else ""
        fields: dict = {"code": code, "title": name, "initiative": group, "initiative_title": group_title,
                        "departments": _departments(row[found.dept]) if found.dept >= 0 else [],
                        "themes": [], "tags": [], "ended": "", "ended_month": "", "called": found.item_word}
        if found.bureau >= 0 and clean(row[found.bureau]):
            fields["bureau"] = clean(row[found.bureau])
        if uppers.get(group):
            fields["policy"] = uppers[group]
        if found.ended >= 0:
            cell = clean(row[found.ended])
            ended = ended_year(cell)
            if ended:
                fields["ended"] = ended
            elif ended == "" and cell:
                fields["state"] = cell  # (継続: an item that goes on)
        if found.effect >= 0:
            amount = _value(row[found.effect])
            if amount is not None:
                fields["effect_amount"] = amount
                if effect_unit:
                    fields["effect_unit"] = effect_unit.group(1)
        if found.remarks >= 0 and clean(row[found.remarks]):
            fields["remarks"] = clean(row[found.remarks])
        if found.grade_word and found.grade_word != "評価":
            fields["grade_word"] = found.grade_word
        if indicator:
            fields["indicator"] = indicator
        for label in labels:
            columns = found.years[label]

            def at_column(key: str) -> str:
                return row[columns[key]] if columns[key] >= 0 else ""

            own = nfkc(at_column("grade")).strip()
            own = "-" if own in _DASHES else own
            if columns["grade"] >= 0:
                fields[label_field(label)] = own
            if own and own != "-":
                doc.records.append(Record("grade", f"{code}-{label}", {"practice": code, "year": label,
                                          "fiscal_year": label_fiscal_year(label), "grade": own}, source, at + 1))
            if columns["grade"] < 0 and _value(at_column("goal")) is None:
                continue  # (a year of targets only, none set for this item: 「－」)
            if not indicator and _value(at_column("goal")) is None and _value(at_column("actual")) is None:
                continue  # (no figures: a year of words, 計画 │ 実績 what was planned and done, _worded_entries)
            doc.records.append(Record("sheet_value", f"{code}-{label}", {
                "practice": code, "year": label, "indicator": indicator, "unit": unit,
                "goal": _value(at_column("goal")), "actual": _value(at_column("actual")),
                "rate": _value(at_column("rate")), "rate_text": clean(at_column("rate")),
                "grade": own if own != "-" else "",
            }, source, at + 1))
        doc.records.append(Record("practice", code, fields, source, at + 1))
        doc.passages.append(Passage(f"practice:{code}", "title", name, source, at + 1))
        if found.content >= 0 and clean(row[found.content]):
            # (the item's 取組内容 over all its years, as the entry 「取組内容に「構成団体」って書いてある」 searches: the
            # years' 計画 │ 実績 words are kept apart, as the item's own text)
            content = clean(row[found.content])
            doc.records.append(Record("sheet_entry", f"{code}-0", {"practice": code, "year": "", "n": 0, "status": "",
                                                                  "plan": content, "result": ""}, source, at + 1))
            doc.passages.append(Passage(f"sheet_entry:{code}-0", "plan", content, source, at + 1))
        _worded_entries(doc, found, row, code, labels, source, at + 1)
        if indicator:
            doc.passages.append(Passage(f"practice:{code}", "indicator", indicator, source, at + 1))
    for no, (group_title, at) in groups.items():
        record = {"no": no, "title": group_title, "themes": [], "n_practice": len(members[no]), "called": found.group_word}
        if uppers.get(no):
            record["policy"] = uppers[no]
        doc.records.append(Record("initiative", no, record, source, at + 1))
        doc.passages.append(Passage(f"initiative:{no}", "title", group_title, source, at + 1))
    return doc
