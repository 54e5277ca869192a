"""Loader for 苫小牧市行政創革プラン 取組の有効性に関する意見書 with its 令和6年度進捗状況シート.

The report prints every practice item up to four times (main list, appendix list, section I,
progress sheet) and every initiative three times (two summary tables, section I). Each copy is
parsed on its own (plan_report_lists / _section1 / _sheets), then the copies are reconciled field
by field (plan_report_reconcile): the progress sheet wins where it states a value, otherwise the
majority, a tie going to the main list; every disagreement is kept as a Conflict.
"""
from __future__ import annotations

import re
from typing import Any

from rapidfuzz import fuzz

from assistant.errors import DocumentError
from assistant.kinds.plan_report.cells import SCORE_FIELDS, THEMES
from assistant.kinds.plan_report.lists import Copy, find_line, parse_initiative_summary, parse_practice_list
from assistant.kinds.plan_report.reconcile import reconcile
from assistant.kinds.plan_report.section1 import InitiativeBlock, parse_section1
from assistant.kinds.plan_report.sheets import PAGE1_RE, STATUS_RE, Sheet, split_sheets
from assistant.model import Passage, ParsedDocument, Record
from assistant.text.normalize import clean, notation_key

KIND = "plan_report"
TITLE = "苫小牧市行政創革プラン 取組の有効性に関する意見書"

YEARS = ("r2", "r3", "r4", "r5")
INITIATIVE_FIELDS = ("title", "themes", "n_practice", *SCORE_FIELDS, "total", "self_overall", "r2", "r3", "r4", "r5", "committee_score")
PRACTICE_FIELDS = ("title", "departments", *YEARS, *SCORE_FIELDS, "total", "overall", "ended")


def detect(text: str) -> bool:
    """The report names its plan, its practice items and its progress sheets; no other document does."""
    return "行政創革プラン" in text and "実践項目" in text and "進捗状況シート" in text and "取組項目" in text


def _anchor(lines: list[str], pattern: str, source: str, start: int = 0) -> int:
    index = find_line(lines, pattern, start)
    if index < 0:
        raise DocumentError(source, f"見出し「{pattern.strip('^$')}」が見つかりません")
    return index


def parse(text: str, source: str) -> ParsedDocument:
    lines = text.splitlines()
    a_summary1 = _anchor(lines, r"^行政創革プラン取組状況一覧【取組項目別】", source)
    a_main = _anchor(lines, r"^行政創革プラン取組状況一覧【実践項目別】", source, a_summary1)
    a_section1 = _anchor(lines, r"^I 取組項目別の評価について", source, a_main)
    a_section2 = _anchor(lines, r"^II 取組の有効性について", source, a_section1)
    a_summary2 = _anchor(lines, r"^1 取組項目別・評価集計", source, a_section2)
    a_themes = _anchor(lines, r"^2 テーマ別・評価集計", source, a_summary2)
    a_appendix = _anchor(lines, r"^行政創革プラン取組項目・実践項目一覧", source, a_themes)
    a_sheets = next((i for i in range(a_appendix, len(lines)) if PAGE1_RE.match(lines[i]) and "\t" not in lines[i]), -1)
    if a_sheets < 0:
        raise DocumentError(source, "進捗状況シートが見つかりません", a_appendix + 1)

    initiative_list = parse_initiative_summary(lines, a_summary1, a_main, "initiative_list")
    summary_table = parse_initiative_summary(lines, a_summary2, a_themes, "summary_table")
    main_list = parse_practice_list(lines, a_main, a_section1, "main_list", has_total=True)
    appendix_list = parse_practice_list(lines, a_appendix, a_sheets, "appendix_list", has_total=False)
    blocks = parse_section1(lines, a_section1, a_section2, source)
    sheets = split_sheets(lines, a_sheets)

    doc = ParsedDocument(kind=KIND, title=TITLE)
    initiatives = _initiatives(doc, source, blocks, initiative_list, summary_table)
    linked = link_sheets(sheets, main_list, source)
    _practices(doc, source, main_list, appendix_list, blocks, linked, initiatives)
    for code, sheet in linked.items():
        _sheet_records(doc, source, code, sheet, initiatives)
    _narrative(doc, source, lines, [(0, a_summary1), (a_themes, a_appendix)])
    return doc


# --- initiatives and comments -------------------------------------------------------------------


def _initiatives(
    doc: ParsedDocument,
    source: str,
    blocks: dict[int, InitiativeBlock],
    initiative_list: dict[str, Copy],
    summary_table: dict[str, Copy],
) -> dict[str, dict[str, Any]]:
    result: dict[str, dict[str, Any]] = {}
    for no in sorted(blocks):
        block = blocks[no]
        code = str(no)
        key = f"initiative:{code}"
        section = Copy("section_1", block.line, {"title": block.title, **block.reference.values})
        section.values["committee_score"] = block.committee_score
        copies = [c for c in (initiative_list.get(code), summary_table.get(code), section) if c is not None]
        if len(copies) < 3:
            raise DocumentError(source, f"取組項目{no}が取組項目別一覧にありません", block.line)
        fields: dict[str, Any] = {"no": no}
        for name in INITIATIVE_FIELDS:
            fields[name] = reconcile(key, name, copies, source, "", "section_1", doc.conflicts)
        # A copy that lost a yearly grade states '' there; don't let it outvote nothing.
        for year in YEARS:
            fields[year] = fields[year] or ""
        fields["themes"] = [t for t in THEMES if t in (fields["themes"] or [])]
        fields["n_comments"] = len(block.comments)
        result[code] = fields
        doc.records.append(Record("initiative", code, fields, source, block.line, block.end_line))
        doc.passages.append(Passage(key, "title", fields["title"], source, block.line))
        for n, remark in enumerate(block.comments, start=1):
            ccode = f"{no}-{n}"
            doc.records.append(
                Record("comment", ccode, {"initiative": code, "n": n, "text": remark}, source, block.committee_line)
            )
            doc.passages.append(Passage(f"comment:{ccode}", "text", remark, source, block.committee_line))
        if not block.comments:
            raise DocumentError(source, f"取組項目{no}の委員の意見が読み取れません", block.committee_line)
    return result


# --- linking sheets to practice items ------------------------------------------------------------


def link_sheets(sheets: list[Sheet], main_list: dict[str, Copy], source: str) -> dict[str, Sheet]:
    """Tie each sheet to its practice item by title, by the number in its page-2 header, or by
    its order among the initiative's sheets; raise when none of them gives an answer."""
    by_initiative: dict[str, list[str]] = {}
    for code, copy in main_list.items():
        by_initiative.setdefault(copy.values["initiative"], []).append(code)
    sheets_of: dict[str, list[Sheet]] = {}
    for sheet in sheets:
        sheets_of.setdefault(str(sheet.initiative), []).append(sheet)
    linked: dict[str, Sheet] = {}
    for initiative, group in sheets_of.items():
        codes = by_initiative.get(initiative)
        if not codes:
            raise DocumentError(source, f"進捗状況シートの取組項目No.{initiative}が一覧にありません", group[0].start)
        for order, sheet in enumerate(group):
            code = _link_one(sheet, order, len(group), codes, main_list, source)
            if code in linked:
                raise DocumentError(
                    source, f"進捗状況シートが実践項目{code}に重複して対応します（{linked[code].start}行目と）", sheet.start
                )
            linked[code] = sheet
    missing = [code for code in main_list if code not in linked]
    if missing:
        raise DocumentError(source, f"進捗状況シートが見つからない実践項目があります: {', '.join(missing)}")
    return linked


def _link_one(sheet: Sheet, order: int, count: int, codes: list[str], main_list: dict[str, Copy], source: str) -> str:
    names = [sheet.title] + [name for _, _, name in sheet.page2]
    names = [n for n in names if n and n not in ("-", "－")]
    by_title = None
    if names:
        scored = sorted(
            ((max(fuzz.ratio(notation_key(n), notation_key(main_list[c].values["title"])) for n in names), c) for c in codes),
            reverse=True,
        )
        if scored[0][0] >= 70 and (len(scored) == 1 or scored[0][0] - scored[1][0] >= 10):
            by_title = scored[0][1]
    by_number = None
    for _, number, _ in sheet.page2[:1]:
        if number in codes:
            by_number = number
        elif f"N{number}" in codes:
            by_number = f"N{number}"
    if by_title and by_number and by_title != by_number:
        raise DocumentError(
            source, f"進捗状況シートの番号({by_number})と実践項目名({by_title})が食い違います", sheet.start
        )
    if by_title or by_number:
        return by_title or by_number  # type: ignore[return-value]
    if count == len(codes):
        return codes[order]
    raise DocumentError(source, "進捗状況シートを実践項目に結び付けられません", sheet.start)


# --- practice items -------------------------------------------------------------------------------


def _sheet_copy(sheet: Sheet) -> Copy:
    values: dict[str, Any] = {}
    if sheet.title:
        values["title"] = sheet.title
    if sheet.departments:
        values["departments"] = sheet.departments
    for year in YEARS:
        g = sheet.eval_grades.get(year.upper())
        if g:
            values[year] = g
    summary = next((e for e in sheet.evals if e.year == "総括"), None)
    if summary is not None:
        for name in SCORE_FIELDS:
            if summary.scores[name] is not None:
                values[name] = summary.scores[name]
        if summary.overall:
            values["overall"] = summary.overall
    if sheet.ended_text is not None:
        values["ended"] = sheet.ended
    return Copy("progress_sheet", sheet.eval_line or sheet.start, values)


def _practices(
    doc: ParsedDocument,
    source: str,
    main_list: dict[str, Copy],
    appendix_list: dict[str, Copy],
    blocks: dict[int, InitiativeBlock],
    linked: dict[str, Sheet],
    initiatives: dict[str, dict[str, Any]],
) -> None:
    for code, main in main_list.items():
        initiative = main.values["initiative"]
        block = blocks.get(int(initiative))
        section = block.practices.get(code) if block else None
        sheet = linked[code]
        sheet_copy = _sheet_copy(sheet)
        copies = [c for c in (main, appendix_list.get(code), section) if c is not None]
        if section is None or code not in appendix_list:
            raise DocumentError(source, f"実践項目{code}が付属の一覧または取組項目別の表にありません", main.line)
        key = f"practice:{code}"
        fields: dict[str, Any] = {"code": code, "initiative": initiative}
        fields["initiative_title"] = initiatives[initiative]["title"]
        for name in PRACTICE_FIELDS:
            # The sheet's copy carries the line where this very field is printed on the sheet.
            line = sheet.field_lines.get(name, sheet_copy.line)
            field_copies = copies + [Copy("progress_sheet", line, sheet_copy.values)]
            fields[name] = reconcile(key, name, field_copies, source, "progress_sheet", "main_list", doc.conflicts)
        fields["tags"] = sheet.tags
        fields["departments"] = fields["departments"] or []
        for name in (*YEARS, "ended"):
            fields[name] = fields[name] if fields[name] is not None else ""
        fields["ended_month"] = sheet.ended_month if sheet.ended and sheet.ended == fields["ended"] else ""
        fields["themes"] = sheet_themes(sheet, initiatives[initiative]["themes"])
        doc.records.append(Record("practice", code, fields, source, main.line))
        doc.passages.append(Passage(key, "title", fields["title"], source, main.line))


def sheet_themes(sheet: Sheet, initiative_themes: list[str]) -> list[str]:
    """The sheet's テーマ row, read straight; if that disagrees with the initiative's themes but a
    one-cell shift of the ○ row agrees (practice 54), the row was shifted in conversion. A sheet
    without a テーマ row (practice 10 lost its first page) takes the initiative's themes."""
    if not sheet.theme_marks:
        return list(initiative_themes)
    straight = sheet.theme_marks[0]
    if straight != list(initiative_themes):
        for shift in (-1, 1):
            if sheet.theme_marks.get(shift) == list(initiative_themes):
                return list(initiative_themes)
    return straight


# --- progress sheets ----------------------------------------------------------------------------


def _sheet_records(
    doc: ParsedDocument, source: str, code: str, sheet: Sheet, initiatives: dict[str, dict[str, Any]]
) -> None:
    initiative = str(sheet.initiative)
    themes = sheet_themes(sheet, initiatives[initiative]["themes"])
    fields = {
        "practice": code,
        "initiative": initiative,
        "schedule": sheet.schedule,
        "ended_text": sheet.ended_text or "",
        "notes": sheet.notes,
        "themes": themes,
    }
    key = f"sheet:{code}"
    doc.records.append(Record("sheet", code, fields, source, sheet.start, sheet.end))
    if sheet.schedule:
        doc.passages.append(Passage(key, "schedule", sheet.schedule, source, sheet.schedule_line or sheet.start))
    if sheet.notes:
        doc.passages.append(Passage(key, "notes", sheet.notes, source, sheet.notes_line or sheet.start))
    seen: set[int] = set()
    for entry in sheet.entries:
        if entry.n in seen:
            raise DocumentError(source, f"実践項目{code}の取組内容の番号{entry.n}が重複しています", entry.line)
        seen.add(entry.n)
        status = STATUS_RE.match(entry.result)
        ecode = f"{code}-{entry.n}"
        doc.records.append(
            Record(
                "sheet_entry",
                ecode,
                {
                    "practice": code,
                    "year": entry.year,
                    "n": entry.n,
                    "status": status.group(1) if status else "",
                    "plan": entry.plan,
                    "result": entry.result,
                },
                source,
                entry.line,
            )
        )
        for name in ("plan", "result"):
            if getattr(entry, name):
                doc.passages.append(Passage(f"sheet_entry:{ecode}", name, getattr(entry, name), source, entry.line))
    for ev in sheet.evals:
        if all(v is None for v in ev.scores.values()) and not ev.overall:
            continue
        scode = f"{code}-{ev.year}"
        efields: dict[str, Any] = {"practice": code, "year": ev.year, **ev.scores, "overall": ev.overall}
        if ev.year == "総括":
            for name in (*SCORE_FIELDS, "overall"):
                efields[f"reason_{name}"] = sheet.reasons.get(f"reason_{name}", "")
                if efields[f"reason_{name}"]:
                    doc.passages.append(
                        Passage(f"self_eval:{scode}", f"reason_{name}", efields[f"reason_{name}"], source, ev.line)
                    )
        doc.records.append(Record("self_eval", scode, efields, source, ev.line, ev.end_line))
    years: set[str] = set()
    for ch in sheet.challenges:
        if ch.year in years:
            raise DocumentError(source, f"実践項目{code}の取組上の課題に{ch.year}が重複しています", ch.line)
        years.add(ch.year)
        ccode = f"{code}-{ch.year}"
        doc.records.append(
            Record(
                "challenge",
                ccode,
                {"practice": code, "year": ch.year, "problem": ch.problem, "solution": ch.solution},
                source,
                ch.line,
            )
        )
        for name in ("problem", "solution"):
            if getattr(ch, name):
                doc.passages.append(Passage(f"challenge:{ccode}", name, getattr(ch, name), source, ch.line))


# --- running text ---------------------------------------------------------------------------------


def _narrative(doc: ParsedDocument, source: str, lines: list[str], ranges: list[tuple[int, int]]) -> None:
    """Paragraphs of running text (はじめに, 財政効果額, 評価方法, 総評, …) as document passages.

    A heading (one short line without 。) is kept with the paragraph under it, so that a search
    for 総評 finds the text of the 総評."""
    key = f"doc:{source}"
    for start, end in ranges:
        paragraph: list[str] = []
        heading: tuple[int, str] | None = None
        first = 0
        for i in range(start, end + 1):
            line = lines[i] if i < end else ""
            text = clean(re.sub(r"^-\s+", "", line.replace("\t", " ")))
            if text and not re.match(r"^-{3,}", text):
                if not paragraph:
                    first = i + 1
                paragraph.append(text)
                continue
            if not paragraph:
                continue
            if len(paragraph) == 1 and len(paragraph[0]) <= 30 and "。" not in paragraph[0] and i < end:
                if heading:
                    doc.passages.append(Passage(key, "text", heading[1], source, heading[0]))
                heading = (first, paragraph[0])
            else:
                if heading:
                    first, paragraph = heading[0], [heading[1], *paragraph]
                    heading = None
                doc.passages.append(Passage(key, "text", "\n".join(paragraph), source, first))
            paragraph = []
        if heading:
            doc.passages.append(Passage(key, "text", heading[1], source, heading[0]))
