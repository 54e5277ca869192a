"""A workbook of one evaluation form per sheet (事務事業評価シート, 調書, 個票): label cells on the left with their
values in merged boxes to the right (「事業番号 │ J-01 │ 事業名 │ …」「所管部 │ 総務部 │ 所管課 │ 危機管理課」), tables of
a column per fiscal year (「区分 │ 令和4年度 │ 令和5年度 …」 over 「事業費（決算額） │ 3,820 │ …」, 「年度 │ Ｒ４ …」 over
目標値 / 実績値), a grade under a label (「評価 │ Ａ」 in a section 「３ 担当課評価」), and a choice printed as tick boxes
(「□拡充 ■継続 □改善」 under 「４ 今後の方向性」: the ticked word is the value). A list sheet may name every item by
number, name and department only.

Each form is one practice item under the number it prints; the list's row of the same number adds what the form
lacks. The form's own words are kept: the grade's section names it (担当課評価 → `grade_word`), the ticked box's
section the choice (今後の方向性 → `future_policy`). Each year's figures of the indicator are a sheet_value (目標,
実績, the indicator's name and unit, and whether a lower figure is the better one, as the form's note 「低下が望ましい
（↓）」 says: `lower_better`); each year's cost is a `cost_<year>` field in the unit the table states.

Known by its shape — two forms or more, each a number label with a code, a name label, and a table of years —
never by the document's words or years. Forms whose year table holds a grade per year are item_pages'."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.kinds.plan_report.cells import cells, departments, grade
from assistant.kinds.plan_report.item_pages import _DEPT_LABELS, _NUMBER_LABELS
from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc, no_spaces
from assistant.text.wareki import label_field, year_label

# 「J-01」「A12」「3-2-1」「No.7」: an item's number as a form prints it.
_CODE_RE = re.compile(r"^(?:No\.?)?(?:[A-Za-z]{1,3}[-‐－]?)?\d{1,3}(?:[-‐－]\d{1,3}){0,2}$")
_TICK_RE = re.compile(r"([□■☐☑☒])\s*([^□■☐☑☒\s]+)")
_TICKED = "■☑☒"
# 「３ 担当課評価（令和６年度）」: a section's heading, its number and a bracket dropped.
_SECTION_RE = re.compile(r"^(?:[0-9０-９]{1,2}|[(（][0-9０-９]{1,2}[)）]|[①-⑳])?\s*(?P<name>[^\s(（]{2,16})\s*(?:[(（](?P<note>[^)）]*)[)）])?$")
_UNIT_RE = re.compile(r"単位\s*[:：]\s*([^)）\s]+)")
_GOAL = ("目標値", "目標", "計画値")
_ACTUAL = ("実績値", "実績")
_COST_RE = re.compile(r"事業費|決算額|予算額|事業経費")
_NAME_LABELS = ("事業名", "項目名", "取組名", "事務事業名", "名称")
_BUREAU_LABELS = ("所管部", "担当部", "部名", "所属部")
_POLICY_LABELS = ("施策", "施策名", "基本施策")
_INDICATOR_LABELS = ("指標名", "成果指標", "指標", "活動指標")
_UNIT_LABELS = ("単位",)
_DIRECTION_LABELS = ("指標の性格", "指標の方向", "方向性")
_INDICATOR_KIND_RE = re.compile(r"(?:活動|成果|アウトプット|アウトカム)指標")
_LOWER_RE = re.compile(r"低下|減少|↓|下降|低い方")
_POLICY_RE = re.compile(r"^(?P<code>\d{1,2}(?:-\d{1,2}){1,2})\s+(?P<title>\S.*)$")


@dataclass
class Form:
    start: int
    end: int
    labels: dict[str, tuple[str, int]] = field(default_factory=dict)  # label → (value, 0-based line)
    years: dict[str, tuple[dict[str, str], int, str]] = field(default_factory=dict)  # row name → ({year: cell}, line, unit)
    ticked: dict[str, tuple[str, int]] = field(default_factory=dict)  # section → (ticked word, line)
    grades: list[tuple[str, str, str, int]] = field(default_factory=list)  # (section, year label or '', grade, line)
    row_sections: dict[str, str] = field(default_factory=dict)  # a row of years → the section it is printed under


def _is_label(text: str) -> bool:
    t = no_spaces(nfkc(text))
    return 0 < len(t) <= 12 and "。" not in t and not re.fullmatch(r"[-+\d,.%]+", t) and year_label(t) is None \
        and bool(re.search(r"[一-龥ぁ-んァ-ヶ]", t))


def _pairs(row: list[str]) -> list[tuple[str, str]]:
    """The label/value pairs of a form's row: its filled cells, every other one a label."""
    filled = [c for c in row if c]
    if len(filled) < 2 or len(filled) % 2 or not all(_is_label(h) for h in filled[0::2]):
        return []
    return [(no_spaces(nfkc(h)), clean(v)) for h, v in zip(filled[0::2], filled[1::2])]


def _section(text: str) -> tuple[str, str]:
    """(the section's name, the year its bracket names or '') of a heading line; ('', '') if it is none."""
    said = _SECTION_RE.match(clean(nfkc(text)))
    if not said:
        return "", ""
    note = said.group("note") or ""
    return said.group("name"), year_label(note) or ""


def _starts(lines: list[str]) -> list[int]:
    out = []
    for i, line in enumerate(lines):
        if "\t" not in line:
            continue
        pairs = _pairs(cells(line))
        if pairs and pairs[0][0] in _NUMBER_LABELS and _CODE_RE.match(no_spaces(nfkc(pairs[0][1]))):
            out.append(i)
    return out


def _read(lines: list[str], start: int, end: int) -> Form:
    form = Form(start, end)
    section, section_year = "", ""
    i = start
    while i < end:
        row = cells(lines[i]) if "\t" in lines[i] else [lines[i].strip()]
        filled = [c for c in row if c]
        years = [(j, label) for j, c in enumerate(row) if j > 0 and c and (label := year_label(c))]
        if len(years) >= 2:
            unit = next((m.group(1) for k in range(max(start, i - 2), i + 1) if (m := _UNIT_RE.search(nfkc(lines[k])))), "")
            i += 1
            while i < end and "\t" in lines[i]:
                below = cells(lines[i])
                if not below[0] or not _is_label(below[0]):
                    break
                form.years.setdefault(no_spaces(nfkc(below[0])),
                                      ({label: below[j] if j < len(below) else "" for j, label in years}, i, unit))
                form.row_sections.setdefault(no_spaces(nfkc(below[0])), section)
                i += 1
            continue
        if filled and _TICK_RE.search(filled[0]) and len(filled) == 1:
            marks = _TICK_RE.findall(filled[0])
            chosen = [word for mark, word in marks if mark in _TICKED]
            if len(marks) >= 2 and len(chosen) == 1 and section:
                form.ticked.setdefault(section, (clean(chosen[0]), i))
        elif len(filled) == 1:
            name, year = _section(filled[0])
            if name:
                section, section_year = name, year
        for label, value in _pairs(row):
            form.labels.setdefault(label, (value, i))
            mark = grade(value)
            if label.endswith("評価") and mark and mark not in ("-", "") and len(no_spaces(nfkc(value))) == 1:
                form.grades.append((section, section_year, mark, i))
        i += 1
    return form


def _forms(lines: list[str]) -> list[Form]:
    starts = _starts(lines)
    forms = []
    for k, begin in enumerate(starts):
        form = _read(lines, begin, starts[k + 1] if k + 1 < len(starts) else len(lines))
        if any(w in _NAME_LABELS for w in form.labels) and form.years:
            forms.append(form)
    return forms


def detect(text: str) -> bool:
    """Two forms or more with distinct numbers, each a name label and a table of years."""
    if "\t" not in text or "年度" not in text and not re.search(r"[RＲ]\s*[0-9０-９]", text):
        return False
    forms = _forms(text.splitlines())
    codes = {no_spaces(nfkc(f.labels[next(w for w in f.labels if w in _NUMBER_LABELS)][0])) for f in forms}
    return len(forms) >= 2 and len(codes) == len(forms)


def _number(value: str) -> int | float | None:
    text = nfkc(value).replace(",", "").strip()
    if not re.fullmatch(r"-?\d+(?:\.\d+)?", text):
        return None
    return float(text) if "." in text else int(text)


def _list_rows(lines: list[str], forms: list[Form]) -> dict[str, dict[str, str]]:
    """Rows of a list sheet outside the forms, keyed by the number column: header label → cell."""
    inside = {i for f in forms for i in range(f.start, f.end)}
    codes = {no_spaces(nfkc(_first(f.labels, _NUMBER_LABELS)[0])) for f in forms}
    out: dict[str, dict[str, str]] = {}
    header: list[str] | None = None
    for i, line in enumerate(lines):
        if i in inside or "\t" not in line:
            header = None if i in inside else header
            continue
        row = [no_spaces(nfkc(c)) if header is None else clean(c) for c in cells(line)]
        if header is None:
            if any(c in _NUMBER_LABELS for c in row) and any(c in _NAME_LABELS for c in row):
                header = row
            continue
        # (the number column whose cells are the forms' numbers: a list's running No. beside it is none of them)
        number = next((row[j] for j, h in enumerate(header) if h in _NUMBER_LABELS and j < len(row)
                       and no_spaces(nfkc(row[j])) in codes), "")
        if number:
            out[no_spaces(nfkc(number))] = {h: row[j] for j, h in enumerate(header) if j < len(row) and h}
    return out


def _first(labels: dict[str, tuple[str, int]], words: tuple[str, ...]) -> tuple[str, int]:
    return next((labels[w] for w in words if w in labels), ("", 0))


def parse(lines: list[str], source: str, title: str) -> ParsedDocument:
    forms = _forms(lines)
    listed = _list_rows(lines, forms)
    doc = ParsedDocument(kind="plan_report", title=title)
    for form in forms:
        code = no_spaces(nfkc(_first(form.labels, _NUMBER_LABELS)[0]))
        listed_row = listed.get(code, {})
        name, name_at = _first(form.labels, _NAME_LABELS)
        name = name or next((v for h, v in listed_row.items() if h in _NAME_LABELS), "")
        dept = _first(form.labels, _DEPT_LABELS)[0] or next((v for h, v in listed_row.items() if h in _DEPT_LABELS), "")
        fields: dict = {"code": code, "title": name, "departments": departments(dept) if dept else [],
                        "themes": [], "tags": [], "ended": "", "ended_month": "", "initiative": "", "initiative_title": ""}
        # (what the forms call their items, their number's label less 番号: 「事業番号」 → 事業; a question saying 事業
        # then names these records, not another plan's 実践項目)
        called = re.sub(r"(?:番号|No\.?|コード)$", "", next(w for w in form.labels if w in _NUMBER_LABELS))
        if len(called) >= 2:
            fields["called"] = called
        bureau = _first(form.labels, _BUREAU_LABELS)[0]
        if bureau:
            fields["bureau"] = bureau
        policy = _POLICY_RE.match(clean(nfkc(_first(form.labels, _POLICY_LABELS)[0])))
        if policy:
            fields["initiative"], fields["initiative_title"] = policy.group("code"), policy.group("title")
        if form.grades:
            section, _year, mark, _ = form.grades[0]
            fields["overall"] = mark
            fields["grade_word"] = section
        for section, (word, _) in form.ticked.items():
            if "方向" in section or "方針" in section:
                fields["future_policy"] = word
        for row_name, (values, _, unit) in form.years.items():
            if _COST_RE.search(row_name):
                for year, cell in values.items():
                    fields[f"cost_{label_field(year)}"] = _number(cell)
                fields["cost_unit"] = unit
                break
        indicator, indicator_at = _first(form.labels, _INDICATOR_LABELS)
        unit = _first(form.labels, _UNIT_LABELS)[0]
        lower = bool(_LOWER_RE.search(_first(form.labels, _DIRECTION_LABELS)[0]))
        goals = next(((v, at) for n, (v, at, _) in form.years.items() if n in _GOAL), None)
        actuals = next(((v, at) for n, (v, at, _) in form.years.items() if n in _ACTUAL), None)
        # (the kind of indicator the form's section names, 「２　成果指標」: 「成果指標の目標を達成」 asks these figures)
        kind_said = next((no_spaces(form.row_sections.get(n, "")) for n in form.years if n in _GOAL + _ACTUAL), "")
        indicator_type = kind_said if _INDICATOR_KIND_RE.fullmatch(kind_said) else ""
        if goals or actuals:
            for year in (goals or actuals)[0]:
                goal = _number(goals[0].get(year, "")) if goals else None
                actual = _number(actuals[0].get(year, "")) if actuals else None
                if goal is None and actual is None:
                    continue
                # (the form prints no 達成率: worked out as the figures' ratio, the other way round where a lower
                # figure is the better one, so that 100 or more is the target reached either way; rate_text stays
                # empty, no rate being printed)
                rate = None
                if goal and actual is not None and (actual or not lower):
                    rate = (goal / actual if lower else actual / goal) * 100 if (actual if lower else goal) else None
                doc.records.append(Record("sheet_value", f"{code}-{year}", {
                    "practice": code, "year": year, "indicator": indicator, "unit": unit, "goal": goal,
                    "actual": actual, "rate": rate, "rate_text": "", "lower_better": int(lower),
                    **({"type": indicator_type} if indicator_type else {})},
                    source, (actuals or goals)[1] + 1))
        if indicator:
            fields["indicator"] = indicator
        key = f"practice:{code}"
        doc.records.append(Record("practice", code, fields, source, form.start + 1, form.end))
        doc.passages.append(Passage(key, "title", name, source, name_at + 1))
        if indicator:
            doc.passages.append(Passage(key, "indicator", indicator, source, indicator_at + 1))
        for label, (value, at) in form.labels.items():
            if "。" in value:  # (the form's sentences: 事業の目的, 評価の理由 — searchable, under the item)
                doc.passages.append(Passage(key, "remarks", value, source, at + 1))
    return doc
