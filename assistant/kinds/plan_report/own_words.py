"""A plan report laid out as tables that names its items in words of its own: 重点項目 for the
initiatives, 実施項目 for the practice items, 進捗管理シート for the progress sheets (any words: they are
read from the document, never assumed).

The layout is found by what its tables hold, not by a heading:
- an initiatives table whose header names a number, the initiative (its word, W1), how many items it
  holds (「<W2>数」, which gives the practice word W2) and the committee's score (「委員会評価（10点満点）」:
  the scale is read from the header or from the opinions' 「8.5点／10点」), maybe its 評価区分;
- a list of the practice items under a header naming the number, W1, W2 and a block of fiscal years
  (a two-row header: 年度別評価 over 2023 2024 …, years in the western calendar or as 令和N年度), maybe
  担当課, 所管部 and 備考 (where the list states an item's start and end: 「令和6年度から実施」「令和6年度で終了」);
  the header is printed again over each page the list runs onto;
- the committee's opinions: a line 「<W1>1 <title>（委員会評価 8.5点／10点）」 over its bullets;
- progress sheets, each on its own page: 「<sheet name> <W2>No.5 <title>」, labelled lines (目標指標：…（単位：件）),
  a table of years (年度│目標値│実績値│達成率│評価) and 取組上の課題：….

A yearly grade is A–D, or the legend's marks for a year without one: 「未」 (before the start) is kept
as printed, a dash (after the end) is stored as '-'. Neither ever matches a grade."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from assistant.errors import DocumentError
from assistant.kinds.plan_report.cells import COMMITTEE, GRADE_RE, cells, departments, ended_year, number
from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc, no_spaces
from assistant.text.wareki import fy_label, label_field, label_fiscal_year, year_label

_NUMBER_WORDS = ("No.", "No", "番号", "NO.", "NO")
# 「委員会評価（10点満点）」, 「審議会評価(10点満点)」: the committee's score and, maybe, its scale.
_COMMITTEE_HEAD_RE = re.compile(rf"^{COMMITTEE}の?評価(?:[(（](\d+)点満点[)）])?")
# A fiscal year of a header's year block: 2023 (the legend says the years are western), 2023年度, 令和5年度, R5.
_BARE_YEAR_RE = re.compile(r"^((?:19|20)\d{2})(?:年度)?$")
# A year cell of a sheet's table: 「2025年度（令和7年度）」, 「令和7年度」, 「2025」.
_SHEET_YEAR_RE = re.compile(r"^((?:19|20)\d{2})\s*年度|^(令和|平成|R|H)\s*(\d{1,2}|元)\s*年度?")
# The marks a yearly grade cell may hold besides A–D: after the end (a dash), before the start (未).
_DASHES = ("―", "—", "－", "‐", "ー", "-", "─")
_NOT_STARTED = ("未", "未着手", "未実施")
# 備考 of a practice item: 「令和6年度から実施」 (its first year), 「令和6年度で終了」 (its last).
_STARTED_RE = re.compile(r"((?:令和|平成|R|H)\s*(?:\d{1,2}|元)\s*年度?|(?:19|20)\d{2}\s*年度)\s*(?:から|より)\s*(?:実施|開始|着手|取組|新規)")
_ENDED_RE = re.compile(r"((?:令和|平成|R|H)\s*(?:\d{1,2}|元)\s*年度?|(?:19|20)\d{2}\s*年度)\s*(?:で|に|を以て|をもって)?\s*(?:終了|完了|廃止)")
_BULLETS = "・●○◯〇◆■-"
_LABELLED_RE = re.compile(r"([^\s：:]{2,8})\s*[:：]\s*(\S[^：:]*?)(?=\s+[^\s：:]{2,8}\s*[:：]|$)")
_UNIT_RE = re.compile(r"[(（]\s*単位\s*[:：]\s*([^)）]+)[)）]\s*$")


@dataclass
class Layout:
    """Where the edition's tables stand and what it calls its items."""

    initiative_word: str
    practice_word: str
    initiatives_at: int
    initiative_columns: dict[str, int]
    practices_at: int
    practice_columns: dict[str, Any]
    scale: float | None = None


@dataclass
class SheetValues:
    """One progress sheet: the item it belongs to and its indicator's values by year."""

    code: str
    title: str
    start: int
    end: int
    indicator: str = ""
    unit: str = ""
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    challenge: str = ""
    challenge_line: int = 0
    notes: list[tuple[int, str]] = field(default_factory=list)


def _head(row: list[str]) -> list[str]:
    return [no_spaces(nfkc(c)) for c in row]


def _initiative_header(row: list[str]) -> tuple[str, str, dict[str, int], float | None] | None:
    """(initiative word, practice word, columns, scale) of an initiatives table's header: a number, the
    initiative's word, 「<practice word>数」 and the committee's score; None for any other row."""
    head = _head(row)
    no = next((j for j, c in enumerate(head) if c in _NUMBER_WORDS), -1)
    count = next((j for j, c in enumerate(head) if len(c) >= 3 and c.endswith("数") and c[:-1].endswith("項目")), -1)
    committee = next((j for j, c in enumerate(head) if _COMMITTEE_HEAD_RE.match(c)), -1)
    word = next((j for j, c in enumerate(head) if j not in (no, count, committee) and c.endswith("項目")), -1)
    if min(no, count, committee, word) < 0:
        return None
    from assistant.kinds.plan_report.records import INITIATIVE, PRACTICE

    if head[word] in INITIATIVE.words or head[count][:-1] in PRACTICE.words:
        return None  # the kind's own words: one of the layouts loader.py reads (or none), never this one
    scale = _COMMITTEE_HEAD_RE.match(head[committee]).group(1)
    columns = {"no": no, "title": word, "n_practice": count, "committee_score": committee,
               "committee_class": next((j for j, c in enumerate(head) if c.endswith("区分")), -1)}
    return head[word], head[count][:-1], columns, float(scale) if scale else None


def _year_of(cell: str) -> str | None:
    value = nfkc(cell).strip()
    match = _BARE_YEAR_RE.match(value)
    if match:
        return fy_label(int(match.group(1)))
    return year_label(value)


def _practice_header(lines: list[str], i: int, words: tuple[str, str]) -> dict[str, Any] | None:
    """Columns of the practice list whose header is at `i` (maybe two rows: a heading over the years),
    None unless it names the number, both item words and at least two fiscal years."""
    top = _head(cells(lines[i]))
    if words[0] not in top or words[1] not in top:
        return None
    rows = [cells(lines[i])]
    if i + 1 < len(lines) and "\t" in lines[i + 1]:
        sub = cells(lines[i + 1])
        if not nfkc(sub[0]).strip() and sum(_year_of(c) is not None for c in sub if c) >= 2:
            rows.append(sub)
    years = [(j, label) for r in rows for j, c in enumerate(r) if c and (label := _year_of(c))]
    if len(years) < 2:
        return None

    def find(test) -> int:
        return next((j for j, c in enumerate(top) if c and test(c)), -1)

    return {
        "no": find(lambda c: c in _NUMBER_WORDS),
        "initiative": top.index(words[0]),
        "title": top.index(words[1]),
        "years": years,
        # 担当課 (the section) and 所管部 (its bureau) as columns of their own.
        "departments": find(lambda c: c.startswith("担当") and not c.startswith("担当部")),
        "bureau": find(lambda c: c.startswith("所管部") or c in ("担当部", "部", "部局", "所管部局")),
        "remarks": find(lambda c: c in ("備考", "摘要", "注記")),
        "header_rows": len(rows),
    }


def find_layout(lines: list[str]) -> Layout | None:
    """The edition's initiatives table and practice list, or None when the text is not laid out so."""
    for i, line in enumerate(lines):
        if "\t" not in line or (found := _initiative_header(cells(line))) is None:
            continue
        initiative_word, practice_word, columns, scale = found
        for k in range(i + 1, len(lines)):
            if "\t" in lines[k] and (pcolumns := _practice_header(lines, k, (initiative_word, practice_word))):
                if pcolumns["no"] < 0:
                    continue
                return Layout(initiative_word, practice_word, i, columns, k, pcolumns, scale)
    return None


def detect(text: str) -> bool:
    """Whether the text is such an edition (cheap test first: a committee scored the items)."""
    if "\t" not in text or "評価" not in text or "項目" not in text:
        return False
    return find_layout(text.splitlines()) is not None


def _cell(row: list[str], j: int) -> str:
    return row[j].strip() if 0 <= j < len(row) else ""


def _grade(cell: str) -> str | None:
    value = nfkc(cell).strip()
    if GRADE_RE.match(value):
        return value
    if value in _DASHES:
        return "-"
    if value in _NOT_STARTED or value == "":
        return value
    return None


def _year_in(text: str, pattern: re.Pattern) -> str:
    match = pattern.search(nfkc(text))
    if not match:
        return ""
    said = no_spaces(match.group(1))
    return _year_of(said) or _year_of(said if said.endswith("度") else said + "度") or ""


# --- the initiatives and the committee's opinions ------------------------------------------------------

def _initiatives(lines: list[str], layout: Layout) -> dict[str, tuple[int, dict[str, Any]]]:
    columns = layout.initiative_columns
    out: dict[str, tuple[int, dict[str, Any]]] = {}
    for i in range(layout.initiatives_at + 1, len(lines)):
        if not lines[i].strip():
            if out:
                break
            continue
        row = cells(lines[i])
        no = nfkc(_cell(row, columns["no"])).strip()
        if "\t" not in lines[i] or not no.isdigit():
            break
        values: dict[str, Any] = {"no": int(no), "title": clean(_cell(row, columns["title"]))}
        counted = re.match(r"\d+", nfkc(_cell(row, columns["n_practice"])))
        values["n_practice"] = int(counted.group()) if counted else None
        values["committee_score"] = number(_cell(row, columns["committee_score"]))
        values["committee_class"] = clean(_cell(row, columns["committee_class"])) if columns["committee_class"] >= 0 else ""
        out[no] = (i + 1, values)
    return out


def _opinions(lines: list[str], word: str, titles: dict[str, str]) -> dict[str, tuple[int, list[tuple[int, str]], float | None]]:
    """Each initiative's opinion block: 「<word>N <title>（委員会評価 8.5点／10点）」 over its bullets.
    → number: (line of the heading, [(line, opinion)], the scale its score is out of)."""
    head_re = re.compile(rf"^{re.escape(word)}\s*(?:No\.?\s*)?(\d{{1,2}})\s*[\s:：]\s*(\S.*)$")
    scale_re = re.compile(rf"{COMMITTEE}の?評価\s*[:：]?\s*\d+(?:\.\d+)?\s*点?\s*[/／]\s*(\d+)")
    out: dict[str, tuple[int, list[tuple[int, str]], float | None]] = {}
    current: str | None = None
    for i, line in enumerate(lines):
        text = clean(nfkc(line))
        if "\t" in line:
            current = None
            continue
        match = head_re.match(text)
        if match and match.group(1) in titles:
            scale = scale_re.search(text)
            current = match.group(1)
            out[current] = (i + 1, [], float(scale.group(1)) if scale else None)
            continue
        if current is None or not text:
            continue
        if text[0] in _BULLETS:
            out[current][1].append((i + 1, clean(text.lstrip(_BULLETS))))
        elif out[current][1] and not re.match(r"^\d{1,2}\s", text):
            # an opinion that runs onto a second line
            n, said = out[current][1][-1]
            out[current][1][-1] = (n, said + text)
        else:
            current = None
    return out


# --- the practice list ---------------------------------------------------------------------------------

def _practices(lines: list[str], layout: Layout, initiatives: dict[str, tuple[int, dict[str, Any]]],
               source: str) -> tuple[dict[str, tuple[int, dict[str, Any]]], int]:
    """The list's rows (code → (line, values)) and the line after its last row."""
    columns = layout.practice_columns
    heads = {lines[j].strip() for j in range(layout.practices_at, layout.practices_at + columns["header_rows"])}
    by_title = {clean(v["title"]): no for no, (_, v) in initiatives.items()}
    out: dict[str, tuple[int, dict[str, Any]]] = {}
    i = layout.practices_at + columns["header_rows"]
    end = i
    while i < len(lines):
        line = lines[i]
        i += 1
        if not line.strip():
            continue
        if line.strip() in heads:
            continue  # the header printed again over the list's next page
        row = cells(line)
        code = nfkc(_cell(row, columns["no"])).strip()
        if "\t" not in line or not code.isdigit():
            # (a page's running title between the list's pages: the list goes on when its header follows)
            following = next((lines[j].strip() for j in range(i, min(len(lines), i + 3)) if lines[j].strip()), "")
            if following in heads:
                continue
            break
        said = clean(nfkc(_cell(row, columns["initiative"])))
        named = re.match(r"^(?:No\.?\s*)?(\d{1,2})(?:\s|$)", said)
        initiative = named.group(1) if named else by_title.get(said, "")
        if initiative not in initiatives:
            raise DocumentError(source, f"{layout.practice_word}{code}の{layout.initiative_word}「{said}」が"
                                f"{layout.initiative_word}の一覧にありません", i)
        grades = {label: _grade(_cell(row, j)) for j, label in columns["years"]}
        if any(g is None for g in grades.values()):
            raise DocumentError(source, f"{layout.practice_word}{code}の年度別評価を読み取れません", i)
        remarks = clean(_cell(row, columns["remarks"])) if columns["remarks"] >= 0 else ""
        values: dict[str, Any] = {
            "initiative": initiative,
            "title": clean(_cell(row, columns["title"])),
            "grades": grades,
            "departments": departments(_cell(row, columns["departments"])) if columns["departments"] >= 0 else [],
            "bureau": clean(_cell(row, columns["bureau"])) if columns["bureau"] >= 0 else "",
            "remarks": remarks,
            "ended": _year_in(remarks, _ENDED_RE),
            "started": _year_in(remarks, _STARTED_RE),
        }
        out.setdefault(code, (i, values))
        end = i
    return out, end


# --- progress sheets -----------------------------------------------------------------------------------

def _sheets(lines: list[str], start: int, word: str, codes: set[str]) -> list[SheetValues]:
    """The progress sheets after the list: each opens with a line naming an item by its word and number
    (「進捗管理シート 実施項目No.5 書かない窓口の実施」) and runs to the next."""
    head_re = re.compile(rf"^(?:(\S*シート)\s*)?{re.escape(word)}\s*(?:No\.?\s*)?(\d{{1,2}})\s+(\S.*)$")
    heads = [(i, m) for i in range(start, len(lines)) if "\t" not in lines[i]
             and (m := head_re.match(clean(nfkc(lines[i])))) and m.group(2) in codes]
    sheets: list[SheetValues] = []
    for n, (i, match) in enumerate(heads):
        end = heads[n + 1][0] if n + 1 < len(heads) else len(lines)
        sheet = SheetValues(match.group(2), clean(match.group(3)), i + 1, end)
        sheet.notes.append((i + 1, match.group(1) or ""))
        columns: dict[str, int] | None = None
        for k in range(i + 1, end):
            text = clean(nfkc(lines[k]))
            if not text:
                continue
            if "\t" in lines[k]:
                row = cells(lines[k])
                head = _head(row)
                if columns is None and "年度" in head[:1]:
                    columns = {name: next((j for j, c in enumerate(head) if c.startswith(w)), -1)
                               for name, w in (("target", "目標"), ("actual", "実績"), ("rate", "達成率"), ("grade", "評価"))}
                    continue
                year = _SHEET_YEAR_RE.match(nfkc(row[0]).strip())
                if columns is not None and year:
                    label = (fy_label(int(year.group(1))) if year.group(1)
                             else year_label(f"{year.group(2)}{year.group(3)}年度"))
                    values = {name: _cell(row, j) for name, j in columns.items() if j >= 0}
                    sheet.rows.append((k + 1, {"year": label, **values}))
                continue
            labelled = re.match(r"^([^:：]{1,12})[:：]\s*(.*)$", text)
            label, said = (no_spaces(labelled.group(1)), labelled.group(2)) if labelled else ("", text)
            if label.startswith("目標指標") or label == "指標":
                unit = _UNIT_RE.search(said)
                sheet.indicator = clean(_UNIT_RE.sub("", said))
                sheet.unit = clean(unit.group(1)) if unit else ""
            elif "課題" in label:
                sheet.challenge, sheet.challenge_line = clean(said), k + 1
            else:
                sheet.notes.append((k + 1, text))
        sheets.append(sheet)
    return sheets


def _value(cell: str) -> float | None:
    match = re.fullmatch(r"\s*(-?\d[\d,]*(?:\.\d+)?)\s*%?\s*", nfkc(cell or ""))
    return float(match.group(1).replace(",", "")) if match else None


# --- the records ---------------------------------------------------------------------------------------

def parse(lines: list[str], source: str, title: str) -> ParsedDocument:
    layout = find_layout(lines)
    if layout is None:
        raise DocumentError(source, "重点項目・実施項目の表が見つかりません")
    initiatives = _initiatives(lines, layout)
    if not initiatives:
        raise DocumentError(source, f"{layout.initiative_word}の一覧を読み取れません", layout.initiatives_at + 1)
    titles = {no: v["title"] for no, (_, v) in initiatives.items()}
    opinions = _opinions(lines, layout.initiative_word, titles)
    practices, list_end = _practices(lines, layout, initiatives, source)
    if not practices:
        raise DocumentError(source, f"{layout.practice_word}の一覧を読み取れません", layout.practices_at + 1)
    years = [label for _, label in layout.practice_columns["years"]]
    sheets = _sheets(lines, list_end, layout.practice_word, set(practices))
    scale = layout.scale or next((s for _, _, s in opinions.values() if s), None)
    doc = ParsedDocument(kind="plan_report", title=title)
    words = {"initiative": layout.initiative_word, "practice": layout.practice_word}
    for no, (line, values) in initiatives.items():
        said = opinions.get(no, (line, [], None))
        fields = {**values, "themes": [], "committee_scale": scale, "n_comments": len(said[1]),
                  "called": words["initiative"], **{label_field(y): "" for y in years}}
        doc.records.append(Record("initiative", no, fields, source, line))
        doc.passages.append(Passage(f"initiative:{no}", "title", values["title"], source, line))
        if no in opinions:  # the opinions' heading states the score again (「（委員会評価 8.5点／10点）」)
            doc.passages.append(Passage(f"initiative:{no}", "committee", clean(nfkc(lines[said[0] - 1])), source, said[0]))
        for n, (at, text) in enumerate(said[1], start=1):
            doc.records.append(Record("comment", f"{no}-{n}", {"initiative": no, "n": n, "text": text}, source, at))
            doc.passages.append(Passage(f"comment:{no}-{n}", "text", text, source, at))
    for code, (line, values) in practices.items():
        initiative = values["initiative"]
        fields = {"code": code, "initiative": initiative, "initiative_title": titles[initiative],
                  "title": values["title"], "departments": values["departments"], "bureau": values["bureau"],
                  "ended": values["ended"], "started": values["started"], "remarks": values["remarks"],
                  "themes": [], "tags": [], "ended_month": "", "called": words["practice"]}
        for year, grade in values["grades"].items():
            fields[label_field(year)] = grade
        doc.records.append(Record("practice", code, fields, source, line))
        doc.passages.append(Passage(f"practice:{code}", "title", values["title"], source, line))
        if values["remarks"]:
            doc.passages.append(Passage(f"practice:{code}", "remarks", values["remarks"], source, line))
        for year, grade in values["grades"].items():
            doc.records.append(Record("grade", f"{code}-{year}", {"practice": code, "year": year,
                                      "fiscal_year": label_fiscal_year(year), "grade": grade}, source, line))
    for sheet in sheets:
        initiative = practices[sheet.code][1]["initiative"]
        name = next((said for _, said in sheet.notes[:1] if said), "")
        doc.records.append(Record("sheet", sheet.code, {
            "practice": sheet.code, "initiative": initiative, "schedule": "", "ended_text": "",
            "notes": "\n".join(text for _, text in sheet.notes[1:]), "themes": [], "called": name,
        }, source, sheet.start, sheet.end))
        doc.passages.append(Passage(f"sheet:{sheet.code}", "practice", f"{name} {sheet.code} {sheet.title}".strip(),
                                    source, sheet.start))
        for at, row in sheet.rows:
            year = row["year"]
            doc.records.append(Record("sheet_value", f"{sheet.code}-{year}", {
                "practice": sheet.code, "year": year, "indicator": sheet.indicator, "unit": sheet.unit,
                "goal": _value(row.get("target", "")), "actual": _value(row.get("actual", "")),
                "rate": _value(row.get("rate", "")), "rate_text": clean(row.get("rate", "")),
                "grade": _grade(row.get("grade", "")) or "",
            }, source, at))
        if sheet.indicator:
            doc.passages.append(Passage(f"sheet:{sheet.code}", "indicator", sheet.indicator, source, sheet.start))
        if sheet.challenge:
            # (the sheet's one 取組上の課題, of no year: keyed by the item alone)
            doc.records.append(Record("challenge", sheet.code, {"practice": sheet.code, "year": "",
                                      "problem": sheet.challenge, "solution": ""}, source, sheet.challenge_line))
            doc.passages.append(Passage(f"challenge:{sheet.code}", "problem", sheet.challenge, source,
                                        sheet.challenge_line))
    return doc


def narrative_ranges(lines: list[str], doc: ParsedDocument) -> list[tuple[int, int]]:
    """The running text of such an edition (its overview, the legend): the runs of lines that are no
    table row and no part of a record (an opinion, a sheet), for the loader to keep as paragraphs."""
    taken = {i for i, line in enumerate(lines) if "\t" in line}
    for record in doc.records:
        taken.update(range(record.line - 1, (record.end_line or record.line)))
    taken.update(p.line - 1 for p in doc.passages)
    ranges: list[tuple[int, int]] = []
    start = None
    for i in range(len(lines) + 1):
        free = i < len(lines) and i not in taken
        if free and start is None:
            start = i
        elif not free and start is not None:
            ranges.append((start, i))
            start = None
    return ranges
