"""Progress sheets printed as plain text, one block per item, each part under a bracketed label (a city's
推進項目進捗管理シート as a .txt): the block opens 「【推進項目】2-1-1　市税収納率の向上」 (the items' word, the code, the
name), then labelled lines 「【施策】2-1　歳入の確保」 「【担当課】主：納税課　副：税務課」 「【完了年度】（継続）」, then
parts each under a label of its own line: 【指標の推移】 (indicators, each 「■ 名称（単位：…）」 over a table
区分 │ 令和８年度 … with rows 目標 / 実績 / 達成率; a ▽ before the name marks one where lower is better),
【取組内容】 (a year's line 「令和８年度（2026年度）」 over its entries 「①…（新）」), 【自己評価】 (「R8：B　R9：B …」),
【取組上の課題】 (a paragraph).

Each block is one practice record under its printed code, named as the document names its items (推進項目), its
initiative the labelled group (its code and name), its main department and the sub one (主 / 副: `related`), the
year it ended (a year as printed, '' for （継続）), its yearly self-grades under their years (r8 …: the sheet's
grades; the index attaches them beside a list's own where the plan's list holds the same items,
store/sheet_joins). Each indicator's year is a sheet_value (目標, 実績, 達成率 as printed, the unit; a ▽ kept in
`lower_better` of the indicator's name said in the note of the record), each entry a sheet_entry of its year,
the problems a challenge. The layout is known by its shape — two blocks or more headed by one bracketed word and
a code, each grading its years after a bracketed label — never by the document's words."""
from __future__ import annotations

import re

from assistant.kinds.plan_report.cells import cells, departments, grade
from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc, no_spaces
from assistant.text.wareki import label_field, label_fiscal_year, year_label

# 「【推進項目】2-1-1　市税収納率の向上」: the items' word, the code, the name (read in NFKC).
_HEAD_RE = re.compile(r"^【(?P<word>[^】\s]{0,6}?(?:項目|事項|事業|取組))】\s*(?P<code>\d{1,2}(?:-\d{1,2}){0,2})\s+(?P<title>\S.*)$")
# Any other bracketed label, its value maybe after it on the line.
_LABEL_RE = re.compile(r"^【(?P<label>[^】]{1,12})】\s*(?P<value>.*)$")
# 「2-1　歳入の確保」: a group's code and name.
_GROUP_RE = re.compile(r"^(?P<code>\d{1,2}(?:-\d{1,2})?)\s+(?P<title>\S.*)$")
# 「主：納税課　副：税務課」
_MAIN_RE = re.compile(r"主(?:担当)?(?:課)?\s*[:：]\s*(\S+)")
_SUB_RE = re.compile(r"副(?:担当)?(?:課)?\s*[:：]\s*(\S+)")
# 「R8：B」: a year's grade.
_YEAR_GRADE_RE = re.compile(r"((?:R|H|令和|平成)\s*\d{1,2}(?:年度)?|(?:19|20)\d{2}年度)\s*[:：]\s*(\S)")
_DEPT_LABELS = ("担当課", "所管課", "担当", "所管", "担当部署")
_ENDED_LABELS = ("完了年度", "終了年度")
_GRADE_LABELS = ("自己評価", "評価", "年度評価")
_INDICATOR_LABELS = ("指標の推移", "指標", "成果指標", "目標指標")
_ENTRY_LABELS = ("取組内容", "取組実績", "主な取組")
_CHALLENGE_LABELS = ("取組上の課題", "課題")
# 「■ ▽滞納繰越額（単位：千円）」
_INDICATOR_RE = re.compile(r"^[■◆●□]\s*(?P<down>▽)?\s*(?P<name>.+?)\s*(?:[(（]\s*単位\s*[:：]\s*(?P<unit>[^)）]+)[)）])?\s*$")
_ENTRY_RE = re.compile(r"^[①-⑳]\s*(?P<text>.+?)\s*(?:[(（](?P<status>新|継)[)）])?\s*$")
# A rule between blocks (====) or the closing mark (（以上）): no text of the block.
_FURNITURE_RE = re.compile(r"^(?:[=＝\-－─━]{3,}|[(（]以上[)）]|以上)$")
_NUMBER_RE = re.compile(r"^-?\d[\d,]*(?:\.\d+)?")


def _heads(lines: list[str]) -> list[tuple[int, re.Match]]:
    return [(i, m) for i, line in enumerate(lines) if "\t" not in line and (m := _HEAD_RE.match(nfkc(line).strip()))]


def _graded(lines: list[str], begin: int, end: int) -> dict[str, str]:
    """The block's yearly grades, read from the lines of its grade label (its value and the lines under it)."""
    out: dict[str, str] = {}
    inside = False
    for line in lines[begin:end]:
        text = nfkc(line).strip()
        label = _LABEL_RE.match(text)
        if label:
            inside = no_spaces(label.group("label")) in _GRADE_LABELS
            text = label.group("value") if inside else ""
        if inside:
            for year, mark in _YEAR_GRADE_RE.findall(text):
                said = year_label(year)
                if said and grade(mark) is not None:
                    out[said] = grade(mark) or ""
    return out


def detect(text: str) -> bool:
    if "【" not in text:
        return False
    lines = text.splitlines()
    heads = _heads(lines)
    if len(heads) < 2 or len({m.group("word") for _, m in heads}) != 1:
        return False
    ends = [i for i, _ in heads[1:]] + [len(lines)]
    return all(len(_graded(lines, begin, end)) >= 2 for (begin, _), end in zip(heads, ends))


def _number(cell: str) -> float | int | None:
    m = _NUMBER_RE.match(no_spaces(nfkc(cell)))
    if not m:
        return None
    value = float(m.group(0).replace(",", ""))
    return int(value) if value.is_integer() and "." not in m.group(0) else value


def parse(lines: list[str], source: str, title: str) -> ParsedDocument:
    doc = ParsedDocument(kind="plan_report", title=title)
    heads = _heads(lines)
    ends = [i for i, _ in heads[1:]] + [len(lines)]
    for (begin, head), end in zip(heads, ends):
        code, name = head.group("code"), clean(head.group("title"))
        fields: dict = {"code": code, "title": name, "departments": [], "themes": [], "tags": [], "ended": "",
                        "ended_month": "", "called": head.group("word"), "sheet_grade_word": ""}
        key = f"practice:{code}"
        part = ""
        year = ""
        entries = 0
        indicator: dict | None = None
        years: dict[int, str] = {}
        challenge: list[tuple[int, str]] = []
        indicators: list[dict] = []
        for i in range(begin + 1, end):
            raw = lines[i]
            text = nfkc(raw).strip()
            label = _LABEL_RE.match(text) if "\t" not in raw else None
            if label:
                word, value = no_spaces(label.group("label")), clean(label.group("value"))
                part = word
                if word in _DEPT_LABELS:
                    main, sub = _MAIN_RE.search(value), _SUB_RE.search(value)
                    fields["departments"] = departments(main.group(1)) if main else departments(value)
                    if sub:
                        fields["related"] = departments(sub.group(1))
                elif word in _ENDED_LABELS:
                    said = year_label(no_spaces(value).strip("()（）"))
                    fields["ended"] = said or ""
                    if not said and "継続" in value:
                        fields["state"] = "継続"
                    elif said:
                        fields["state"] = "完了"
                elif word in _GRADE_LABELS:
                    fields["sheet_grade_word"] = word
                elif value and (group := _GROUP_RE.match(value)) and code.startswith(group.group("code") + "-"):
                    fields["initiative"], fields["initiative_title"] = group.group("code"), clean(group.group("title"))
                    fields["initiative_word"] = word
                continue
            if not text:
                continue
            if part in _INDICATOR_LABELS:
                said = _INDICATOR_RE.match(text) if "\t" not in raw else None
                if said:
                    indicator = {"name": clean(said.group("name")), "unit": clean(said.group("unit") or ""),
                                 "down": bool(said.group("down")), "n": (indicator or {}).get("n", 0) + 1, "values": {}}
                    indicators.append(indicator)
                    years = {}
                    continue
                if indicator is None or "\t" not in raw:
                    continue
                row = cells(raw)
                if not years:
                    years = {j: y for j, c in enumerate(row) if (y := year_label(c))}
                    continue
                what = no_spaces(nfkc(row[0]))
                for j, y in years.items():
                    if j >= len(row) or not row[j].strip():
                        continue
                    slot = indicator["values"].setdefault(y, {"line": i + 1})
                    if what.startswith("目標") and "goal" not in slot:
                        slot["goal"] = _number(row[j])
                    elif what.startswith("実績") and "actual" not in slot:
                        slot["actual"] = _number(row[j])
                    elif what.startswith("達成") and "rate" not in slot:
                        slot["rate"], slot["rate_text"] = _number(row[j]), clean(row[j])
                if what.startswith("達成"):
                    _indicator_records(doc, source, code, indicator)
            elif part in _ENTRY_LABELS:
                said_year = re.match(r"^((?:令和|平成|R|H)\s*(?:\d{1,2}|元)\s*年度|(?:19|20)\d{2}年度)", text)
                if said_year and (y := year_label(said_year.group(1))):
                    year = y
                    continue
                entry = _ENTRY_RE.match(raw.strip())  # (NFKC reads ① as 1)
                if entry and year:
                    entries += 1
                    ecode = f"{code}-{entries}"
                    doc.records.append(Record("sheet_entry", ecode, {
                        "practice": code, "year": year, "n": entries, "status": entry.group("status") or "",
                        "plan": "", "result": clean(entry.group("text")), "result_heading": part}, source, i + 1))
                    doc.passages.append(Passage(f"sheet_entry:{ecode}", "result", clean(entry.group("text")), source, i + 1))
            elif part in _CHALLENGE_LABELS and not _FURNITURE_RE.match(text):
                challenge.append((i + 1, clean(raw)))
        for y, mark in _graded(lines, begin, end).items():
            fields[label_field(y)] = mark
            if mark and mark != "-":
                doc.records.append(Record("grade", f"{code}-{y}", {"practice": code, "year": y,
                                          "fiscal_year": label_fiscal_year(y), "grade": mark}, source, begin + 1))
        word = fields.pop("initiative_word", "")
        named = [v.get("name", "") for v in indicators]
        if named:
            fields["indicator"] = "／".join(named)
        doc.records.append(Record("practice", code, fields, source, begin + 1, end))
        # (the block itself, the item's sheet: 「進捗管理シートに載っている推進項目」)
        doc.records.append(Record("sheet", code, {"practice": code, "initiative": fields.get("initiative", ""),
                                                  "schedule": "", "ended_text": "", "notes": "", "themes": [],
                                                  "called": ""}, source, begin + 1, end))
        doc.passages.append(Passage(key, "title", name, source, begin + 1))
        if word and fields.get("initiative_title"):
            doc.passages.append(Passage(key, "initiative_title", f"{word} {fields['initiative']} {fields['initiative_title']}",
                                        source, begin + 1))
        if challenge:
            text = "".join(t for _, t in challenge)
            doc.records.append(Record("challenge", code, {"practice": code, "year": "", "problem": text, "solution": ""},
                                      source, challenge[0][0]))
            doc.passages.append(Passage(f"challenge:{code}", "problem", text, source, challenge[0][0]))
    # (the lines above the first block: the sheets' title and their note on how 達成率 is worked out)
    for i in range(heads[0][0] if heads else len(lines)):
        if lines[i].strip() and not _FURNITURE_RE.match(nfkc(lines[i]).strip()):
            doc.passages.append(Passage(f"doc:{source}", "text", clean(lines[i]), source, i + 1))
    return doc


def _indicator_records(doc: ParsedDocument, source: str, code: str, indicator: dict) -> None:
    """An indicator's years as sheet_value records, once (a 達成率 row printed twice adds nothing)."""
    if indicator.get("done"):
        return
    indicator["done"] = True
    name = indicator["name"] + ("（数値が小さいほど良い指標）" if indicator["down"] else "")
    for y, slot in sorted(indicator["values"].items(), key=lambda kv: label_fiscal_year(kv[0])):
        key = f"{code}-{indicator['n']}-{y}"
        doc.records.append(Record("sheet_value", key, {
            "practice": code, "year": y, "indicator": name, "unit": indicator["unit"],
            "goal": slot.get("goal"), "actual": slot.get("actual"), "rate": slot.get("rate"),
            "rate_text": slot.get("rate_text", ""), "grade": ""}, source, slot["line"]))
    doc.passages.append(Passage(f"practice:{code}", "indicator", name, source, next(iter(indicator["values"].values()))["line"]
                                if indicator["values"] else 1))
