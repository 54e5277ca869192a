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

from assistant.kinds.plan_report.cells import cells, departments
from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc, no_spaces
from assistant.text.wareki import label_field, label_fiscal_year, year_label

_YEAR_RE = re.compile(r"(?:令和|平成|R|H)\s*(?:\d{1,2}|元)\s*年度|(?:19|20)\d{2}\s*年度")
# Sub-heads of a year's block, by what they hold.
_GRADE_HEADS = ("判定", "評価", "評定", "総合評価", "総合判定")
_GOAL_HEADS = ("目標値", "目標")
_ACTUAL_HEADS = ("実績値", "実績")
_RATE_PREFIXES = ("達成率", "達成度")
_DEPT_HEADS = ("主管課", "所管課", "担当課", "担当部署", "所管部署", "所管", "担当")
_INDICATOR_HEADS = ("成果指標", "指標", "指標名", "成果指標名", "活動指標")
_UNIT_HEADS = ("単位",)
_ITEM_CODE_RE = re.compile(r"^\d{1,2}-\d{1,2}$")
_GROUP_NO_RE = re.compile(r"^\d{1,2}$")
_LETTER_RE = re.compile(r"^[A-ES]$")
_DASHES = ("-", "―", "—", "－", "‐", "ー")


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


def _year(cell: str) -> str | None:
    match = _YEAR_RE.search(nfkc(cell))
    return year_label(no_spaces(match.group())) if match else None


def _blocks(top: list[str], sub: list[str]) -> tuple[dict[str, dict[str, int]], str]:
    """The year blocks of a two-row header: the year over its first cell, its sub-heads under it."""
    starts = [(j, label) for j, c in enumerate(top) if c and (label := _year(c))]
    out: dict[str, dict[str, int]] = {}
    word = ""
    for n, (j, label) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else max(len(top), len(sub))
        heads = {k: no_spaces(nfkc(sub[k])) for k in range(j, min(end, len(sub))) if sub[k]}
        grade = next((k for k, h in heads.items() if h in _GRADE_HEADS), -1)
        if grade < 0 or any(top[k] for k in range(j + 1, min(end, len(top)))):
            continue
        out[label] = {"grade": grade,
                      "goal": next((k for k, h in heads.items() if h in _GOAL_HEADS), -1),
                      "actual": next((k for k, h in heads.items() if h in _ACTUAL_HEADS), -1),
                      "rate": next((k for k, h in heads.items() if h.startswith(_RATE_PREFIXES)), -1)}
        word = word or heads[grade]
    return out, word


def layout(lines: list[str]) -> Layout | None:
    for i in range(len(lines) - 2):
        if "\t" not in lines[i] or "\t" not in lines[i + 1]:
            continue
        top, sub = cells(lines[i]), cells(lines[i + 1])
        years, grade_word = _blocks(top, sub)
        if len(years) < 2:
            continue
        first = min(min(v.values()) for v in years.values())
        head = [no_spaces(nfkc(c)) for c in top[:first]]
        numbers = [j for j, c in enumerate(head) if len(c) > 2 and c.endswith("番号")]
        rows: list[tuple[int, list[str]]] = []
        for k in range(i + 2, len(lines)):
            if not lines[k].strip():
                if rows:
                    break
                continue
            if "\t" not in lines[k]:
                break
            rows.append((k, cells(lines[k]) + [""] * len(top)))
        if len(numbers) < 2 or len(rows) < 3:
            continue

        def share(j: int, pattern: re.Pattern) -> bool:
            return all(pattern.match(nfkc(r[j]).strip()) for _, r in rows)

        code = next((j for j in numbers if share(j, _ITEM_CODE_RE)), -1)
        group = next((j for j in numbers if j != code and share(j, _GROUP_NO_RE)), -1)
        if code < 0 or group < 0:
            continue
        item_word, group_word = head[code][:-2], head[group][:-2]

        def named(word: str) -> int:
            return next((j for j, c in enumerate(head) if c in (f"{word}名", f"{word}名称")), -1)

        name, group_name = named(item_word), named(group_word)
        if name < 0:
            continue
        graded = [nfkc(r[v["grade"]]).strip() for _, r in rows for v in years.values()]
        if not all(_LETTER_RE.match(g) or g in _DASHES or not g for g in graded) or not any(graded):
            continue

        def find(heads: tuple[str, ...]) -> int:
            return next((j for j, c in enumerate(head) if c in heads), -1)

        return Layout(i, code, name, group, group_name, item_word, group_word, grade_word, years,
                      find(_DEPT_HEADS), find(_INDICATOR_HEADS), find(_UNIT_HEADS), rows)
    return None


def detect(text: str) -> bool:
    if "\t" not in text or "番号" not in text:
        return False
    return layout(text.splitlines()) is not None


def _value(cell: str) -> float | int | None:
    value = nfkc(cell).replace(",", "").strip()
    try:
        number = float(value)
    except ValueError:
        return None
    return int(number) if number == int(number) and "." not in value else number


def parse(lines: list[str], source: str, title: str) -> ParsedDocument:
    found = layout(lines)
    assert found is not None  # detect() found it
    doc = ParsedDocument(kind="plan_report", title=title)
    labels = sorted(found.years, key=label_fiscal_year)
    groups: dict[str, tuple[str, int]] = {}
    members: dict[str, list[str]] = {}
    for at, row in found.rows:
        code = nfkc(row[found.code]).strip()
        group = nfkc(row[found.group]).strip()
        group_title = clean(row[found.group_name]) if found.group_name >= 0 else ""
        groups.setdefault(group, (group_title, at))
        members.setdefault(group, []).append(code)
        name = clean(row[found.name])
        indicator = clean(row[found.indicator]) if found.indicator >= 0 else ""
        unit = clean(row[found.unit]) if found.unit >= 0 else ""
        fields: dict = {"code": code, "title": name, "initiative": group, "initiative_title": group_title,
                        "departments": departments(row[found.dept]) if found.dept >= 0 else [],
                        "themes": [], "tags": [], "ended": "", "ended_month": "", "called": found.item_word}
        if found.grade_word and found.grade_word != "評価":
            fields["grade_word"] = found.grade_word
        if indicator:
            fields["indicator"] = indicator
        for label in labels:
            columns = found.years[label]
            own = nfkc(row[columns["grade"]]).strip()
            own = "-" if own in _DASHES else own
            fields[label_field(label)] = own
            if own and own != "-":
                doc.records.append(Record("grade", f"{code}-{label}", {"practice": code, "year": label,
                                          "fiscal_year": label_fiscal_year(label), "grade": own}, source, at + 1))

            def at_column(key: str) -> str:
                return row[columns[key]] if columns[key] >= 0 else ""

            doc.records.append(Record("sheet_value", f"{code}-{label}", {
                "practice": code, "year": label, "indicator": indicator, "unit": unit,
                "goal": _value(at_column("goal")), "actual": _value(at_column("actual")),
                "rate": _value(at_column("rate")), "rate_text": clean(at_column("rate")),
                "grade": own if own != "-" else "",
            }, source, at + 1))
        doc.records.append(Record("practice", code, fields, source, at + 1))
        doc.passages.append(Passage(f"practice:{code}", "title", name, source, at + 1))
        if indicator:
            doc.passages.append(Passage(f"practice:{code}", "indicator", indicator, source, at + 1))
    for no, (group_title, at) in groups.items():
        doc.records.append(Record("initiative", no, {"no": no, "title": group_title, "themes": [],
                                                     "n_practice": len(members[no]), "called": found.group_word},
                                  source, at + 1))
        doc.passages.append(Passage(f"initiative:{no}", "title", group_title, source, at + 1))
    return doc
