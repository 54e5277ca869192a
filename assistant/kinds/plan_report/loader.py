"""Loader for a 行政創革プラン 取組の有効性に関する意見書 with its 進捗状況シート: any city's, any
fiscal years (the city and the years are read from the document).

The report prints every practice item up to four times (main list, appendix list, section I,
progress sheet) and every initiative three times (two summary tables, section I). Each copy is
parsed on its own (lists / section1 / sheets), then the copies are reconciled field by field
(reconcile): the progress sheet wins where it states a value, otherwise the majority, a tie going to
the main list; every disagreement is kept as a Conflict, naming the copies that were absent.

Any subset of the copies that names every item is enough: a report without its appendix list, or
with rows missing from it, or an abridged edition without any progress sheet, is read from the
others, and each absent copy is reported (a copy missing as a whole, once). The fiscal
years are those the headers print (R2–R5 here), and a grade is stored under its printed year
(`r4`, `h30`) and as a `grade` record with its western fiscal year. A row cut in conversion (split
over two lines, a page break inside it) is joined back when its pieces read as one valid row and
reported at its own line; a row that lost cells for good is reported and never outvotes the others.

Editions are read by the shape of their layout, not by their city: practice numbers of the form 1-2
(initiative-practice) in a 実践No. column, themes as ○ columns under a header naming them, section I
without its (参考) row and with the committee's score and remarks as lines of their own, progress
sheets headed 「実践項目 1-2 …」 with their themes as a list, an appendix holding only some sheets or
none, the (参考) figures of section I as a line of labelled values (「テーマ：財政・協働 平均値 進捗度 2.5 …」).
What such a layout does not print (an initiative's yearly grades) is left empty. An edition laid out
per initiative prints no long list: each block's own practice table is one part of the list read by
its headers (parse_headed_practices goes on from part to part), its yearly grades may be marks of the
report's own scale (◎○△×, best first as its legend lists them: cells.legend_scale). A reading that
yields no record at all is refused (parse), never stored as a report of nothing.
"""
from __future__ import annotations

import re
from typing import Any

from rapidfuzz import fuzz

from assistant.errors import DocumentError
from assistant.kinds.plan_report.cells import COMMITTEE, NUMBERED_HEADING_RE, SCORE_FIELDS, THEMES, cells, legend_scale
from assistant.kinds.plan_report.lists import (
    Copy,
    PracticeList,
    find_line,
    parse_initiative_summary,
    parse_practice_list,
)
from assistant.kinds.plan_report.headed import (
    assign_initiatives,
    find_headed_lists,
    parse_headed_initiatives,
    parse_headed_practices,
)
from assistant.kinds.plan_report import evaluation_list, long_list, member_marks, member_opinions, member_rows, member_tables, opinion_paper
from assistant.kinds.plan_report import member_columns, member_letters
from assistant.kinds.plan_report.reconcile import label, reconcile
from assistant.kinds.plan_report.rows import split_lines
from assistant.kinds.plan_report.section1 import InitiativeBlock, opens_block, parse_section1, row_head
from assistant.kinds.plan_report.tables import find_tables, is_comment_header, parse_comment_table
from assistant.kinds.plan_report.sheets import PAGE1_RE, STATUS_RE, SUMMARY, Sheet, split_sheets
from assistant.kinds.plan_report.year_sheets import is_head as is_year_sheet_head, split_year_sheets
from assistant.kinds.plan_report.grid_sheets import is_head as is_grid_sheet_head, split_grid_sheets
from assistant.kinds.plan_report.row_sheets import split_row_sheets
from assistant.kinds.plan_report import coded_year_grades, measure_sheet, verdict_table, year_grade_table
from assistant.kinds.plan_report.trailing_tables import add_tables_after_items
from assistant.kinds.plan_report.other_kind_parts import add_parts_after
from assistant.kinds.plan_report import bracket_sheets, committee_grades, goal_points, grid_cards
from assistant.kinds.plan_report import form_sheets
from assistant.kinds.plan_report import committee_sheet, fiscal_year_sheets, pillar_summaries, initiative_sheets, item_cards, item_pages, own_words, sheet_tables, summary_list
from assistant.model import Conflict, ParseWarning, Passage, ParsedDocument, Record, SourceValue
from assistant.text.normalize import clean, notation_key
from assistant.text.wareki import label_field, label_fiscal_year

KIND = "plan_report"
# Used only when the cover's two title lines cannot be found.
FALLBACK_TITLE = "取組の有効性に関する意見書"


# The plan's name is the city's own (行政創革プラン, 行政経営プラン, 行財政改革推進計画): headings are
# found by what follows it. A town's edition numbers the headings instead (「3 取組状況一覧【取組項目別】」).
_PLAN = r"(?:\d{1,2}\s+)?[^\t\s【】『』「」]{0,24}?"
# Section I is headed 「I 取組項目別の評価について」, or numbered like the other headings of an edition
# that prints its lists after it (「3 取組項目別の評価について」).
# Another edition heads it 「I 取組項目ごとの評価と意見」, or names the committee as the document names it
# (「3 取組項目ごとの委員会評価と意見」, 「Ⅰ 取組項目ごとの懇話会評価と委員の意見」, 「3．取組項目ごとの懇話会の評価と委員の意見」:
# its number may close with a point).
# (「3 取組項目別の評価及び委員の意見」: a paper of the committee's scores and opinions in one table)
_SECTION1 = r"^(?:I|Ⅰ|\d{1,2})[.．]?\s*取組項目(?:別の評価(?:について|及び|と)|ごとの(?:" + COMMITTEE + r"の?)?評価)"
_SECTION1_RE = re.compile(_SECTION1, re.M)
# Another edition names the section by what it evaluates (「5 取組の成果の評価」): such a heading is
# section I when it is the last one before the first committee score (an earlier 「4 取組の有効性の
# 評価について」 heads the lists of the shipped report).
_EVALUATION_HEAD_RE = re.compile(r"^(?:I|\d{1,2})[.．]?\s*取組\S{0,12}評価\S{0,6}$")
# The committee's score of an initiative as section I prints it (委員評価 4.3 /5, 委員評価：4.2／5, or
# in a table cell), maybe after the label of the remarks (委員会の意見 委員評価 4.2 /5).
# The committee may name itself and count in 点 (委員会評価 4.2点／5点, 懇話会評価 4.1／5.0).
# The scale may follow in brackets (委員会評価：4.1点（5点満点）), after the departments' own grade on the line.
_COMMITTEE_RE = re.compile(r"^(?:\S{0,6}意見等?\s+|\S{0,8}自己評価\S{0,6}\s*[:：]?\s*[A-D]\s*[/／]?\s*)?" + COMMITTEE
                           + r"評価[\s:：]*\d+(?:[.．]\d+)?\s*点?\s*(?:[/／]\s*[5５]|[(（]\s*[5５]\s*点満点)", re.M)
# The committee's score may close an initiative's テーマ line instead (「テーマ：財源　実践項目数：4　自己評価：B
# 委員会評価：3.6／5」), the remarks under it.
_THEME_COMMITTEE_RE = re.compile(r"^テーマ\s*[:：][^\n]*" + COMMITTEE + r"評価\s*[:：]?\s*\d+(?:[.．]\d+)?\s*点?\s*[/／]\s*[5５]", re.M)
# 「①在宅勤務の試行(新)」: an entry whose status closes it.
_TRAILING_STATUS_RE = re.compile(r"[(（](新|継)[)）]\s*$")
# A page number printed as a line of its own by a PDF (「- 12 -」): page furniture, never text.
_PAGE_NUMBER_RE = re.compile(r"^\s*[-－—]\s*\d{1,3}\s*[-－—]\s*$")


def _section1(lines: list[str]) -> int | None:
    """0-based line of section I's heading, None if the document has none."""
    index = find_line(lines, _SECTION1)
    if index >= 0:
        return index
    score = find_line(lines, _COMMITTEE_RE.pattern)
    if score < 0:
        score = find_line(lines, _THEME_COMMITTEE_RE.pattern)
    if score < 0:
        return None
    return next((i for i in range(score - 1, -1, -1) if _EVALUATION_HEAD_RE.match(clean(lines[i]))), None)


def detect(text: str) -> bool:
    """A report in one of the layouts below, or one naming its items in words of its own (own_words, or a
    workbook of a sheet per initiative: initiative_sheets)."""
    return (_detect_known(text) or own_words.detect(text) or initiative_sheets.detect(text) or sheet_tables.detect(text)
            or item_pages.detect(text) or summary_list.detect(text) or item_cards.detect(text)
            or committee_sheet.detect(text) or fiscal_year_sheets.detect(text) or year_grade_table.detect(text)
            or pillar_summaries.detect(text)
            or grid_cards.detect(text) or committee_grades.detect(text) or bracket_sheets.detect(text)
            or goal_points.detect(text) or member_columns.detect(text) or member_letters.detect(text) or measure_sheet.detect(text)
            or verdict_table.detect(text) or form_sheets.detect(text) or coded_year_grades.detect(text))


def _detect_known(text: str) -> bool:
    """The report's section I evaluates its initiatives (取組項目) and their practice items (実践項目),
    and its appendix holds progress sheets or, in an abridged edition without them, section I gives
    the committee's score (委員評価); no other document is built that way. The committee's opinions
    published alone are section I with its scores and no practice items."""
    if not _SECTION1_RE.search(text) and _section1(text.splitlines()) is None:
        # A report split in two documents: its evaluation list, its committee's opinion paper.
        return (_tables_only(text) or evaluation_list.detect(text) or long_list.detect(text)
                or opinion_paper.detect(text) or member_tables.detect(text) or member_opinions.detect(text)
                or member_rows.detect(text) or member_marks.detect(text))
    if _COMMITTEE_RE.search(text) or _THEME_COMMITTEE_RE.search(text):
        return True
    return "実践項目" in text and ("進捗状況シート" in text or _committee_table(text) or _labelled_heads(text))


def _labelled_heads(text: str) -> bool:
    """An edition whose initiatives head their remarks with a labelled row stating the committee's score
    (「取組項目1 │ <title> │ 懇話会評価 │ 3.6/5」), whatever the body is called."""
    return any("\t" in line and row_head(cells(line)) is not None for line in text.splitlines())


def resembles(text: str) -> str:
    """Why a text detect() turned down still speaks as a plan report ("" when it does not): it names
    practice items (実践項目) under initiatives (取組項目, or numbered 取組1 / 取組No as a next edition
    calls them) and grades them (総合評価, a committee's score or judgement named as the document names
    the body, yearly points, a department's own grade). Such a text read as a generic document is said
    to be one (registry.parse), so that answers from its tables are not given as certain."""
    if "実践項目" not in text:
        return ""
    if "取組項目" not in text and not _NUMBERED_INITIATIVE_RE.search(text):
        return ""
    found = [what for what, pattern in _GRADINGS if re.search(pattern, text)]
    return "、".join(found)


# An initiative numbered as a next edition prints it (取組1 …, a 取組No column).
_NUMBERED_INITIATIVE_RE = re.compile(r"取組\s*(?:No\.?|[0-9]{1,2}(?![0-9]))")
# How a plan report grades, each with what the refusal says of it.
_GRADINGS = (
    ("総合評価", r"総合評価"),
    ("委員会の評価点", COMMITTEE + r"評価"),
    ("委員会の判定（語による判定）", COMMITTEE + r"の?判定"),
    ("年度ごとの評価点", r"評価点|平均点"),
    ("担当部署の自己評価", r"自己評価"),
)


def _committee_table(text: str) -> bool:
    """An edition laid out as tables states the committee's scores in a column of the remarks table."""
    return any("\t" in line and is_comment_header(cells(line)) for line in text.splitlines())


def _tables_only(text: str) -> bool:
    """A workbook edition may print no section I heading at all, only its three tables (a sheet per
    list): initiatives with the committee's score, practice items, the committee's remarks."""
    if "実践項目" not in text or "\t" not in text:
        return False
    return set(find_tables(text.splitlines(), 0)) == {"initiatives", "practices", "comments"}


def _title(lines: list[str]) -> str:
    """The cover's title: the plan's name and the report's (苫小牧市行政創革プラン / 取組の有効性に関する
    意見書), read from the document so that another city's report is titled with its own name."""
    head = [clean(line) for line in lines[:40] if line.strip()]

    def report_line(texts: list[str]) -> int | None:
        # The report's name ends the line (a progress report's may add its year: 取組の進捗状況報告書（令和3年度）);
        # a line that only mentions an 意見書 (「委員の意見は別冊の意見書のとおり」) is not it.
        return next((i for i, line in enumerate(texts)
                     if re.search(r"(?:意見書|報告書)(?:（[^）]*）)?$", line) and "\t" not in line and len(line) <= 40), None)

    report = report_line(head)
    if report is None:
        # A workbook whose parts stand in an order of its own may print its cover on its last sheet.
        head = [clean(line) for line in lines if line.strip()]
        report = report_line(head)
    # (the report may be named by what it evaluates: 「南山町行政改革大綱 実施状況の評価報告書」)
    # (so is a cover whose first line names both without a space: nothing stands above it)
    if report is not None and (report == 0 or re.match(r"^\S+\s+\S*(?:意見書|報告書)", head[report])):
        return head[report]  # the plan's name and the report's on one line
    if report is not None and report > 0 and "\t" not in head[report - 1] and len(head[report - 1]) <= 40:
        return f"{head[report - 1]} {head[report]}"
    return FALLBACK_TITLE


def _find(lines: list[str], pattern: str, start: int | None) -> int | None:
    if start is None:
        return None
    index = find_line(lines, pattern, start)
    return index if index >= 0 else None


def _anchor(lines: list[str], pattern: str, source: str, start: int = 0) -> int:
    index = find_line(lines, pattern, start)
    if index < 0:
        raise DocumentError(source, f"見出し「{pattern.strip('^$')}」が見つかりません")
    return index


def _section_start(lines: list[str], index: int) -> int:
    """The line a list's section begins at: the numbered heading just above the list's title
    (「4 取組状況一覧」), or the title itself."""
    above = next((j for j in range(index - 1, -1, -1) if lines[j].strip()), None)
    if above is not None and "\t" not in lines[above] and NUMBERED_HEADING_RE.match(clean(lines[above])):
        return above
    return index


def _years(*lists: list[str]) -> list[str]:
    """The fiscal years printed by any of the copies, in calendar order."""
    labels = {label for years in lists for label in years}
    return sorted(labels, key=label_fiscal_year)


def parse(text: str, source: str) -> ParsedDocument:
    """The report's records; a layout this reader recognises but reads nothing from refuses (DocumentError)
    so that the registry reads it as a generic document with the other_kind note: a plan report of no
    records would answer every question about its items with a confident 「該当なし」."""
    if _detect_known(text):
        doc = _parse(text, source)
    elif own_words.detect(text):
        doc = _parse_own_words(text, source)
    elif not initiative_sheets.detect(text) and not sheet_tables.detect(text) and item_pages.detect(text):
        # A page per item (個票), its labels, its table of years, the committee's score and opinion (item_pages.py).
        lines, _ = split_lines(text)
        lines = ["" if _PAGE_NUMBER_RE.match(line) else line for line in lines]
        doc = item_pages.parse(lines, source, item_pages.title(lines) or FALLBACK_TITLE)
        _narrative(doc, source, lines, own_words.narrative_ranges(lines, doc))
    elif not initiative_sheets.detect(text) and not sheet_tables.detect(text) and summary_list.detect(text):
        # A summary list of the items alone (summary_list.py): the index joins it to the plan's pages.
        lines, _ = split_lines(text)
        doc = summary_list.parse(lines, source, next((clean(l) for l in lines if l.strip() and "\t" not in l), FALLBACK_TITLE))
        _narrative(doc, source, lines, own_words.narrative_ranges(lines, doc))
    elif not initiative_sheets.detect(text) and not sheet_tables.detect(text) and committee_sheet.detect(text):
        # The committee's scores and opinions per initiative in one table (committee_sheet.py).
        lines, _ = split_lines(text)
        doc = committee_sheet.parse(lines, source, next((clean(l) for l in lines if l.strip() and "\t" not in l), FALLBACK_TITLE))
    elif not initiative_sheets.detect(text) and not sheet_tables.detect(text) and not fiscal_year_sheets.detect(text) \
            and pillar_summaries.detect(text):
        # A page per goal, its overall grade of two years and an expert's findings (pillar_summaries.py).
        lines, _ = split_lines(text)
        doc = pillar_summaries.parse(lines, source, next((clean(l) for l in lines if l.strip() and "\t" not in l), FALLBACK_TITLE))
        _narrative(doc, source, lines, own_words.narrative_ranges(lines, doc))
    elif not initiative_sheets.detect(text) and not sheet_tables.detect(text) and fiscal_year_sheets.detect(text):
        # A sheet per fiscal year, a row per item graded that year, maybe a summary sheet (fiscal_year_sheets.py).
        lines, _ = split_lines(text)
        doc = fiscal_year_sheets.parse(lines, source, next((clean(l) for l in lines if l.strip() and "\t" not in l), FALLBACK_TITLE))
        _narrative(doc, source, lines, own_words.narrative_ranges(lines, doc))
    elif not initiative_sheets.detect(text) and not sheet_tables.detect(text) and item_cards.detect(text):
        # A card per item (a web page of cards: item_cards.py).
        lines, _ = split_lines(text)
        doc = item_cards.parse(lines, source, next((clean(l) for l in lines if l.strip() and "\t" not in l), FALLBACK_TITLE))
        _narrative(doc, source, lines, own_words.narrative_ranges(lines, doc))
        add_tables_after_items(doc, lines)  # (「参考　評価の分布」 after the last card: trailing_tables.py)
    elif not initiative_sheets.detect(text) and not sheet_tables.detect(text) and verdict_table.detect(text):
        # A review committee's verdicts on projects, the members' votes in a block (verdict_table.py).
        lines, _ = split_lines(text)
        doc = verdict_table.parse(lines, source, next((clean(l) for l in lines if l.strip() and "\t" not in l), FALLBACK_TITLE))
        _narrative(doc, source, lines, verdict_table.narrative_ranges(lines, doc))
    elif not initiative_sheets.detect(text) and not sheet_tables.detect(text) and measure_sheet.detect(text):
        # One table of measures under a two-row header of year blocks (目標値 │ 実績値 │ 達成率 │ 判定): measure_sheet.py.
        lines, _ = split_lines(text)
        doc = measure_sheet.parse(lines, source, next((clean(l) for l in lines if l.strip() and "\t" not in l), FALLBACK_TITLE))
        _narrative(doc, source, lines, own_words.narrative_ranges(lines, doc))
        # (a sheet of joint projects after the table: other_kind_parts.py)
        if not add_parts_after(doc, lines, max(r.line for r in doc.records if r.kind == "practice"), source):
            # (any other table after it, a sheet of the members' shares 「構成団体別負担金」: trailing_tables.py)
            add_tables_after_items(doc, lines)
    elif not initiative_sheets.detect(text) and not sheet_tables.detect(text) and year_grade_table.detect(text):
        # One long table of the items' yearly grades under group rows (year_grade_table.py).
        lines, _ = split_lines(text)
        lines = ["" if _PAGE_NUMBER_RE.match(line) else line for line in lines]
        doc = year_grade_table.parse(lines, source, next((clean(l) for l in lines if l.strip() and "\t" not in l), FALLBACK_TITLE))
        _narrative(doc, source, lines, own_words.narrative_ranges(lines, doc))
    elif not initiative_sheets.detect(text) and not sheet_tables.detect(text) and coded_year_grades.detect(text) \
            and not year_grade_table.detect(text):
        # One table of coded items, each year heading its own grade column (coded_year_grades.py).
        lines, _ = split_lines(text)
        lines = ["" if _PAGE_NUMBER_RE.match(line) else line for line in lines]
        doc = coded_year_grades.parse(lines, source, next((clean(l) for l in lines if l.strip() and "\t" not in l), FALLBACK_TITLE))
        _narrative(doc, source, lines, own_words.narrative_ranges(lines, doc))
    elif not initiative_sheets.detect(text) and not sheet_tables.detect(text) and grid_cards.detect(text):
        # A grid table per item, two to a page (grid_cards.py).
        lines, _ = split_lines(text)
        lines = ["" if _PAGE_NUMBER_RE.match(line) else line for line in lines]
        doc = grid_cards.parse(lines, source, next((clean(l) for l in lines if l.strip() and "\t" not in l), FALLBACK_TITLE))
        _narrative(doc, source, lines, own_words.narrative_ranges(lines, doc))
    elif not initiative_sheets.detect(text) and not sheet_tables.detect(text) and committee_grades.detect(text):
        # The committee's points and overall letter per initiative, its opinions in a table of their own (committee_grades.py).
        lines, _ = split_lines(text)
        doc = committee_grades.parse(lines, source, next((clean(l) for l in lines if l.strip() and "\t" not in l), FALLBACK_TITLE))
    elif not initiative_sheets.detect(text) and not sheet_tables.detect(text) and goal_points.detect(text):
        # A committee's points per 観点 of each upper group, its opinions as bullets per initiative (goal_points.py).
        lines, _ = split_lines(text)
        lines = ["" if _PAGE_NUMBER_RE.match(line) else line for line in lines]
        doc = goal_points.parse(lines, source, next((clean(l) for l in lines if l.strip() and "\t" not in l), FALLBACK_TITLE))
    elif not initiative_sheets.detect(text) and not sheet_tables.detect(text) and member_columns.detect(text):
        # The members' points per initiative in columns of their own and their mean, the opinions in a table after (member_columns.py).
        lines, _ = split_lines(text)
        doc = member_columns.parse(lines, source, next((clean(l) for l in lines if l.strip() and "\t" not in l), FALLBACK_TITLE))
    elif not initiative_sheets.detect(text) and not sheet_tables.detect(text) and member_letters.detect(text):
        # The members' points by letter under one upper cell and their mean, the opinions as bullets per initiative (member_letters.py).
        lines, _ = split_lines(text)
        lines = ["" if _PAGE_NUMBER_RE.match(line) else line for line in lines]
        doc = member_letters.parse(lines, source, _paper_title(lines))
    elif not initiative_sheets.detect(text) and not sheet_tables.detect(text) and bracket_sheets.detect(text):
        # Progress sheets as plain text, a block per item of bracketed labels (bracket_sheets.py).
        lines, _ = split_lines(text)
        doc = bracket_sheets.parse(lines, source, next((clean(l) for l in lines if l.strip() and "\t" not in l), FALLBACK_TITLE))
    elif not initiative_sheets.detect(text) and not sheet_tables.detect(text) and form_sheets.detect(text):
        # A workbook of one evaluation form per sheet, maybe a list sheet of the items (form_sheets.py).
        lines, _ = split_lines(text)
        doc = form_sheets.parse(lines, source, next((clean(l) for l in lines if l.strip() and "\t" not in l), FALLBACK_TITLE))
    elif not initiative_sheets.detect(text) and sheet_tables.detect(text):
        # A document of progress sheets alone, a table per item (sheet_tables.py).
        lines, _ = split_lines(text)
        doc = sheet_tables.parse(lines, source, next((clean(l) for l in lines if l.strip() and "\t" not in l), FALLBACK_TITLE))
        _narrative(doc, source, lines, own_words.narrative_ranges(lines, doc))
    else:
        doc = _parse_initiative_sheets(text, source)
    if not doc.records:
        unread = [w for w in doc.warnings if w.kind == "malformed_row"]
        why = "取組項目も実践項目も読み取れませんでした"
        if unread:
            why += f"（表の行{len(unread)}行を読み取れません: 「{unread[0].note.split('「', 1)[-1].split('」', 1)[0]}」など）"
        raise DocumentError(source, why, unread[0].line if unread else None)
    return doc


def _paper_title(lines: list[str]) -> str:
    """A paper's title: its line naming the paper (…意見書 / …報告書), else its first line of text."""
    texts = [clean(line) for line in lines if line.strip() and "\t" not in line]
    return next((t for t in texts if re.search(r"(?:意見書|報告書|答申)$", t) and len(t) <= 60), texts[0] if texts else FALLBACK_TITLE)


def _parse(text: str, source: str) -> ParsedDocument:
    lines, cut = split_lines(text)
    lines = ["" if _PAGE_NUMBER_RE.match(line) else line for line in lines]
    if not _SECTION1_RE.search(text) and _section1(lines) is None:
        if _tables_only(text):
            return _parse_tables(lines, cut, source, 0, find_tables(lines, 0))
        if evaluation_list.detect(text):
            return evaluation_list.parse(text, source)
        if long_list.detect(text):
            return long_list.parse(text, source)
        if member_tables.detect(text):  # (a table of the members' scores per initiative: member_tables.py)
            return member_tables.parse(text, source)
        if member_rows.detect(text):  # (the same table turned sideways, a row per member: member_rows.py)
            return member_rows.parse(text, source)
        if member_marks.detect(text):  # (members' grades marked ○ under S/A/B/C, 【氏名】 opinions: member_marks.py)
            return member_marks.parse(text, source)
        if opinion_paper.detect(text):
            return opinion_paper.parse(text, source)
        if member_opinions.detect(text):  # (【氏名】 blocks of 「（柱N）評点X　opinion」: member_opinions.py)
            return member_opinions.parse(text, source)
    # Section I and II hold the committee's evaluation and every initiative: they are required. The
    # other parts are copies of what section I and the sheets print, each of them optional.
    a_section1 = _section1(lines)
    if a_section1 is None:
        a_section1 = _anchor(lines, _SECTION1, source)
    tables = find_tables(lines, a_section1)
    if "comments" in tables:
        return _parse_tables(lines, cut, source, a_section1, tables)
    # Section II (the summary tables) may be left out of an edition: section I then ends at the
    # closing remarks (総評), the appendix list or the first progress sheet.
    a_section2 = _find(lines, r"^II\s*取組の有効性について", a_section1)
    if a_section2 is None:
        ends = [_find(lines, pattern, a_section1 + 1) for pattern in
                (r"^\d+\s*(?:総評|おわりに|まとめ)$", r"^" + _PLAN + r"取組項目・実践項目一覧",
                 r"^【資料編】[^\t]*進捗状況シート$",
                 # an appendix's title (「付属資料 令和3年度 進捗状況シート(令和4年5月)」)
                 # (「【資料】実践項目進捗状況シート（令和元年度末）」 in brackets, 「参考 進捗状況シート（抜粋）」)
                 r"^【?(?:付属資料|資料編|参考資料|資料|参考)】?[^\t。]{0,30}進捗状況シート(?:[(（][^)）\t]*[)）])?$",
                 # or at the next heading numbered like its own (「II 取組項目一覧」)
                 r"^(?:II|III|IV|Ⅱ|Ⅲ|Ⅳ)\s*[^\s\t][^\t]*$")]
        # (an initiative's heading in section I may be worded like a sheet's first page: 「No.3 …」)
        ends.append(next((i for i in range(a_section1 + 1, len(lines))
                          if (PAGE1_RE.match(lines[i]) and "\t" not in lines[i] and not opens_block(lines, i, len(lines)))
                          or is_year_sheet_head(lines[i])), None))
        # The committee's opinions published alone are section I to the end.
        a_section2 = min((e for e in ends if e is not None), default=len(lines))
    a_summary1 = _find(lines, r"^" + _PLAN + r"取組状況一覧【取組項目別】", 0)
    # The list of practice items before section I is the main list, whatever the edition calls it.
    a_main = _find(lines, r"^" + _PLAN + r"(?:取組状況一覧【実践項目別】|取組項目・実践項目一覧)", a_summary1 or 0)
    # An edition whose lists carry no title known above is read by the lists' column headers,
    # wherever they stand (before or after section I).
    headed = (find_headed_lists(lines, 0) if a_summary1 is None and a_main is None
              and _find(lines, r"^" + _PLAN + r"取組項目・実践項目一覧", 0) is None else {})
    headed_starts = [start for start, _ in headed.values()]
    # An edition may print its two lists after section I (in a section of their own before the
    # closing remarks): they are the same lists, and section I ends where they begin.
    # (a list printed in parts under each initiative's heading is inside section I, not after it: more
    # initiatives' headings follow its first part)
    lists_after = [a for a in (a_summary1, a_main, *headed_starts) if a is not None and a_section1 < a < a_section2
                   and not any(opens_block(lines, j, a_section2) for j in range(a + 1, a_section2))]
    section1_end = _section_start(lines, min(lists_after)) if lists_after else a_section2
    if a_summary1 is not None and a_summary1 > a_section1 and a_summary1 not in lists_after:
        a_summary1 = None
    if a_main is not None and a_main > a_section1 and a_main not in lists_after:
        a_main = None
    a_summary2 = _find(lines, r"^1 取組項目別・評価集計", a_section2)
    a_themes = _find(lines, r"^2 テーマ別・評価集計", a_summary2 if a_summary2 is not None else a_section2)
    after_summary = next(a for a in (a_themes, a_summary2, a_section2) if a is not None)
    a_appendix = _find(lines, r"^" + _PLAN + r"取組項目・実践項目一覧", after_summary)
    sheets_from = a_appendix if a_appendix is not None else after_summary
    # An abridged edition prints no progress sheets: what follows the summary tables (or section I)
    # is then read to the end.
    a_sheets = next((i for i in range(sheets_from, len(lines)) if PAGE1_RE.match(lines[i]) and "\t" not in lines[i]), None)
    # Sheets laid out as one table of years open with 「実践項目 4 <title>」 instead.
    year_sheets = a_sheets is None and (a_sheets := next(
        (i for i in range(sheets_from, len(lines)) if is_year_sheet_head(lines[i])), None)) is not None
    # Sheets laid out as small tables one under another open with 「進捗状況シート 実践項目8」.
    grid_sheets = a_sheets is None and (a_sheets := next(
        (i for i in range(sheets_from, len(lines)) if is_grid_sheet_head(lines[i])), None)) is not None

    def upto(begin: int, *candidates: int | None) -> int:
        return min(c for c in (*candidates, len(lines)) if c is not None and c > begin)

    initiative_list = (parse_initiative_summary(lines, a_summary1, upto(a_summary1, a_main, a_section1), "initiative_list")
                       if a_summary1 is not None else None)
    summary_table = (parse_initiative_summary(lines, a_summary2, upto(a_summary2, a_themes, a_appendix, a_sheets), "summary_table")
                     if a_summary2 is not None else None)
    main_list = (parse_practice_list(lines, a_main, upto(a_main, a_section1, a_section2), "main_list", has_total=True)
                 if a_main is not None else PracticeList("main_list"))
    if "initiatives" in headed:
        initiative_list = parse_headed_initiatives(lines, *headed["initiatives"], "initiative_list")
    # Yearly grades may be marks of the document's own scale, listed by its legend (◎○△×): read once.
    scale = legend_scale(lines)
    if "practices" in headed:
        start, columns = headed["practices"]
        main_list = parse_headed_practices(lines, start, {**columns, "scale": scale}, "main_list")
    appendix_list = (parse_practice_list(lines, a_appendix, upto(a_appendix, a_sheets), "appendix_list", has_total=False)
                     if a_appendix is not None else PracticeList("appendix_list"))
    blocks = parse_section1(lines, a_section1, section1_end, source)
    years = _years(main_list.years, appendix_list.years)
    initiative_years = _years(*(b.years for b in blocks.values())) or years
    years = years or initiative_years
    if year_sheets:
        sheets = split_year_sheets(lines, a_sheets, scale)
    elif grid_sheets:
        sheets = split_grid_sheets(lines, a_sheets)
    else:
        sheets = split_sheets(lines, a_sheets, years) if a_sheets is not None else []
    # Sheets laid out as labelled rows (「実践項目 │ 1 │ <title> │ 担当部署 │ …」) may stand anywhere, before
    # the lists too (a workbook with a sheet per part in an order of its own): found by their rows.
    row_sheets = not sheets and bool(sheets := split_row_sheets(lines))

    if "practices" in headed:
        # A list without an initiative column is tied to the initiatives by their 実践項目数, checked
        # against the sheets; a list that cannot be tied is no reading of this kind.
        counts = _practice_counts(blocks, initiative_list)
        stated = {s.number: str(s.initiative) for s in sheets if s.number and s.initiative}
        titles = {notation_key(b.title): str(no) for no, b in blocks.items()}
        titles.update({notation_key(c.values["title"]): no for no, c in (initiative_list or {}).items()
                       if c.values.get("title")})
        if why := assign_initiatives(main_list, counts, stated, titles):
            raise DocumentError(source, why, main_list.header_line)
    doc = ParsedDocument(kind=KIND, title=_title(lines))
    initiatives = _initiatives(doc, source, blocks, initiative_list, summary_table, initiative_years)
    catalog = _catalog(main_list, appendix_list, blocks)
    for sheet in sheets:
        if not sheet.initiative and sheet.number in catalog:
            # A sheet that does not state its initiative belongs to the one the lists give its number.
            sheet.initiative = int(catalog[sheet.number].values["initiative"])
    missing: list[str] = []
    linked = link_sheets(sheets, catalog, source, missing)
    # An edition whose section I gives only the committee's evaluation prints no practice table
    # there: that is its layout, not a gap to report per item.
    _practices(doc, source, catalog, main_list, appendix_list, blocks, linked, initiatives, years,
               section_rows=any(block.practices for block in blocks.values()))
    for code, sheet in linked.items():
        _sheet_records(doc, source, code, sheet, initiatives)
        if (grid_sheets or row_sheets) and sheet.title:
            # The sheet's row 「実践項目 8 中学校の統合と跡地活用」 is its text too: 「中学校の統合の進捗
            # シート」 finds it. (Only this layout, for now: the other layouts' sheets are found as before.)
            doc.passages.append(Passage(f"sheet:{code}", "practice", f"{code} {sheet.title}", source,
                                        sheet.title_line or sheet.start))
    _damage_warnings(doc, source, lines, cut, main_list, appendix_list, blocks, linked)
    narrative_end = next(a for a in (a_appendix, a_sheets, len(lines)) if a is not None)
    first = min(a for a in (a_summary1, a_main, a_section1, *headed_starts) if a is not None)
    if row_sheets:
        # Sheets printed before the other parts are tables, not running text.
        first = min(first, sheets[0].start - 1)
    narrative_from = a_themes if a_themes is not None else after_summary
    # The lists read by their headers are tables, not running text: the text between them and
    # around them is (a list's note such as 「取組終了欄が空欄のものは継続中。」).
    if headed_starts:
        ranges = [(0, first)]
        for start in sorted(s for s in headed_starts if s >= narrative_from):
            ranges.append((narrative_from, start))
            narrative_from = next((j for j in range(start, len(lines)) if "\t" not in lines[j]), len(lines))
        ranges.append((narrative_from, max(narrative_from, narrative_end)))
        _narrative(doc, source, lines, ranges)
    else:
        _narrative(doc, source, lines, [(0, first), (narrative_from, narrative_end)])
    doc.warnings.sort(key=lambda w: (w.line, w.record, w.note))
    return doc


def _parse_own_words(text: str, source: str) -> ParsedDocument:
    """An edition laid out as tables that names its items in words of its own (own_words.py)."""
    lines, _ = split_lines(text)
    lines = ["" if _PAGE_NUMBER_RE.match(line) else line for line in lines]
    doc = own_words.parse(lines, source, _title(lines))
    _narrative(doc, source, lines, own_words.narrative_ranges(lines, doc))
    return doc


def _parse_initiative_sheets(text: str, source: str) -> ParsedDocument:
    """A workbook laid out a sheet per initiative in words of its own (initiative_sheets.py)."""
    lines, _ = split_lines(text)
    # (the workbook's first line is its title: 「…プラン(令和5年度～令和8年度) 推進状況総括表」)
    title = next((clean(line) for line in lines if line.strip() and "\t" not in line), FALLBACK_TITLE)
    doc = initiative_sheets.parse(lines, source, title)
    _narrative(doc, source, lines, own_words.narrative_ranges(lines, doc))
    return doc


def _parse_tables(lines: list[str], cut: set[int], source: str, a_section1: int, tables: dict[str, int]) -> ParsedDocument:
    """An edition whose section I is laid out as tables (a workbook): the initiatives table is its
    one initiative list, the practice table its main list, the remarks table gives each initiative's
    committee score and remarks. What it does not print (progress sheets, yearly initiative grades)
    is left empty."""
    starts = sorted(tables.values())

    def upto(begin: int) -> int:
        end = min([s for s in starts if s > begin] + [len(lines)])
        # A table ends before the next one's title (「…委員の意見」, a line of its own above its header).
        while end - 1 > begin and "\t" not in lines[end - 1]:
            end -= 1
        return end

    initiative_list = (parse_initiative_summary(lines, tables["initiatives"], upto(tables["initiatives"]), "initiative_list")
                       if "initiatives" in tables else None)
    main_list = (parse_practice_list(lines, tables["practices"], upto(tables["practices"]), "main_list", has_total=True)
                 if "practices" in tables else PracticeList("main_list"))
    blocks = parse_comment_table(lines, tables["comments"], upto(tables["comments"]))
    for no, block in blocks.items():
        # An initiative is cited at its row of the initiatives table, its remarks at theirs.
        if initiative_list and str(no) in initiative_list:
            block.line = block.end_line = initiative_list[str(no)].line
    years = main_list.years
    doc = ParsedDocument(kind=KIND, title=_title(lines))
    # Yearly grades of an initiative are not printed: their fields exist and stay empty.
    initiatives = _initiatives(doc, source, blocks, initiative_list, None, years)
    catalog = _catalog(main_list, PracticeList("appendix_list"), blocks)
    _practices(doc, source, catalog, main_list, PracticeList("appendix_list"), blocks, {}, initiatives, years,
               section_rows=False)
    _damage_warnings(doc, source, lines, cut, main_list, PracticeList("appendix_list"), blocks, {})
    _narrative(doc, source, lines, [(0, starts[0])])
    doc.warnings.sort(key=lambda w: (w.line, w.record, w.note))
    return doc


def _practice_counts(blocks: dict[int, InitiativeBlock], initiative_list: dict[str, Copy] | None) -> list[tuple[str, int | None]]:
    """Each initiative's number and the 実践項目数 the report states for it (its list, or section I's
    figures), in number order."""
    numbers = sorted({*blocks, *(int(no) for no in initiative_list or {})})
    out: list[tuple[str, int | None]] = []
    for no in numbers:
        listed = (initiative_list or {}).get(str(no))
        block = blocks.get(no)
        n = listed.values.get("n_practice") if listed is not None else None
        if n is None and block is not None and block.reference is not None:
            n = block.reference.values.get("n_practice")
        out.append((str(no), n))
    return out


def _catalog(main_list: PracticeList, appendix_list: PracticeList, blocks: dict[int, InitiativeBlock]) -> dict[str, Copy]:
    """Every practice item any list copy names, in print order (the main list's, then what only the
    appendix list or section I names), each with the copy that gives its initiative and title."""
    catalog: dict[str, Copy] = {}
    for table in (main_list.rows, appendix_list.rows, *(b.practices for b in sorted(blocks.values(), key=lambda b: b.no))):
        for code, copy in table.items():
            catalog.setdefault(code, copy)
    return catalog


# --- initiatives and comments -------------------------------------------------------------------


def _initiatives(
    doc: ParsedDocument,
    source: str,
    blocks: dict[int, InitiativeBlock],
    initiative_list: dict[str, Copy] | None,
    summary_table: dict[str, Copy] | None,
    years: list[str],
) -> dict[str, dict[str, Any]]:
    year_fields = [label_field(y) for y in years]
    names = ("title", "themes", "n_practice", *SCORE_FIELDS, "total", "self_overall", *year_fields, "committee_score")
    for where, table in (("initiative_list", initiative_list), ("summary_table", summary_table)):
        if not table:
            doc.warnings.append(ParseWarning(source, 0, "absent_copy", f"{label(where)}がありません（ほかの写しで読み取りました）"))
    result: dict[str, dict[str, Any]] = {}
    for no in sorted(blocks):
        block = blocks[no]
        code = str(no)
        key = f"initiative:{code}"
        # An edition without the (参考) row states the initiative's themes and averages only in its lists.
        reference = block.reference.values if block.reference is not None else {}
        section = Copy("section_1", block.line, {"title": block.title, **reference})
        section.values["committee_score"] = block.committee_score
        present = {"initiative_list": initiative_list, "summary_table": summary_table}
        absent = tuple(where for where, table in present.items() if not table or code not in table)
        for where in absent:
            if present[where]:
                doc.warnings.append(ParseWarning(source, block.line, "absent_copy",
                                                 f"取組項目{no}が{label(where)}にありません", key))
        copies = [t[code] for t in (initiative_list, summary_table) if t and code in t] + [section]
        fields: dict[str, Any] = {"no": no}
        for name in names:
            fields[name] = reconcile(key, name, copies, source, "", "section_1", doc.conflicts, absent=absent)
        # A copy that lost a yearly grade states '' there; don't let it outvote nothing.
        for year in year_fields:
            fields[year] = fields[year] or ""
        # The report's themes in their fixed order, then a theme of the city's own wording (themes_named).
        fields["themes"] = ([t for t in THEMES if t in (fields["themes"] or [])]
                            + [t for t in fields["themes"] or [] if t not in THEMES])
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
        if not block.comments and not block.note:
            raise DocumentError(source, f"取組項目{no}の委員の意見が読み取れません", block.committee_line)
    return result


# --- linking sheets to practice items ------------------------------------------------------------


def link_sheets(
    sheets: list[Sheet], main_list: dict[str, Copy], source: str, missing: list[str] | None = None
) -> dict[str, Sheet]:
    """Tie each sheet to its practice item by title, by the number in its page-2 header, or by
    its order among the initiative's sheets; raise when none of them gives an answer.

    `main_list` holds a copy of every item (its initiative and title). An item without a sheet is
    an error, unless `missing` is given: then its code is appended there and the caller reports it."""
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
    unlinked = [code for code in main_list if code not in linked]
    if unlinked and missing is None:
        raise DocumentError(source, f"進捗状況シートが見つからない実践項目があります: {', '.join(unlinked)}")
    if missing is not None:
        missing.extend(unlinked)
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
    by_number = sheet.number if sheet.number in codes else None
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
    for year, g in sheet.eval_grades.items():
        if g:
            values[label_field(year)] = g
    summary = next((e for e in sheet.evals if e.year == SUMMARY), None)
    if summary is not None:
        for name in SCORE_FIELDS:
            if summary.scores[name] is not None:
                values[name] = summary.scores[name]
        if summary.overall:
            values["overall"] = summary.overall
    if sheet.ended_text is not None and not ended_before_grades(sheet):
        values["ended"] = sheet.ended
    return Copy("progress_sheet", sheet.eval_line or sheet.start, values)


def ended_before_grades(sheet: Sheet) -> bool:
    """Whether the sheet's end date (令和7年3月 → R6) falls before a fiscal year the sheet itself grades
    (R7: A): the date contradicts the sheet, so it states no end; the lists' 取組終了 stands."""
    if not sheet.ended:
        return False
    end = label_fiscal_year(sheet.ended)
    return any(g in ("A", "B", "C", "D") and label_fiscal_year(year) > end for year, g in sheet.eval_grades.items())


def _practices(
    doc: ParsedDocument,
    source: str,
    catalog: dict[str, Copy],
    main_list: PracticeList,
    appendix_list: PracticeList,
    blocks: dict[int, InitiativeBlock],
    linked: dict[str, Sheet],
    initiatives: dict[str, dict[str, Any]],
    years: list[str],
    section_rows: bool = True,
) -> None:
    """`section_rows`: section I prints a practice table per initiative (a layout of tables has none,
    and its absence is no gap to report per item)."""
    year_fields = [label_field(y) for y in years]
    names = ("title", "departments", *year_fields, *SCORE_FIELDS, "total", "overall", "ended")
    if not catalog:
        # The committee's opinions published alone: no copy is missing, the edition has none.
        doc.warnings.append(ParseWarning(source, 0, "absent_copy",
                                         "実践項目の記載がありません（取組項目の委員評価と委員の意見だけの文書です）"))
        return
    for where, table in (("main_list", main_list), ("appendix_list", appendix_list)):
        if not table.rows:
            doc.warnings.append(ParseWarning(source, 0, "absent_copy", f"{label(where)}がありません（ほかの写しで読み取りました）"))
    if not linked:
        doc.warnings.append(ParseWarning(source, 0, "absent_copy", f"{label('progress_sheet')}がありません（ほかの写しで読み取りました）"))
    for code, first in catalog.items():
        initiative = first.values["initiative"]
        if initiative not in initiatives:
            raise DocumentError(source, f"実践項目{code}の取組項目No.{initiative}が取組項目別の評価にありません", first.line)
        block = blocks.get(int(initiative))
        section = block.practices.get(code) if block else None
        sheet = linked.get(code)
        key = f"practice:{code}"
        copies = [c for c in (main_list.get(code), appendix_list.get(code), section) if c is not None]
        present = {"main_list": main_list.rows, "appendix_list": appendix_list.rows, "section_1": section_rows,
                   "progress_sheet": bool(linked)}
        absent = tuple(where for where, found in (("main_list", main_list.get(code)), ("appendix_list", appendix_list.get(code)),
                                                   ("section_1", section), ("progress_sheet", sheet)) if found is None)
        for where in absent:
            if present[where]:  # a whole missing table is reported once, above
                doc.warnings.append(ParseWarning(source, first.line, "absent_copy", f"実践項目{code}が{label(where)}にありません", key))
        sheet_copy = _sheet_copy(sheet) if sheet is not None else None
        suspect = set(sheet.malformed) if sheet is not None else set()
        fields: dict[str, Any] = {"code": code, "initiative": initiative}
        fields["initiative_title"] = initiatives[initiative]["title"]
        chosen_line: dict[str, int] = {}
        for name in names:
            field_copies = list(copies)
            if sheet is not None and sheet_copy is not None:
                # The sheet's copy carries the line where this very field is printed on the sheet.
                line = sheet.field_lines.get(name, sheet_copy.line)
                field_copies.append(Copy("progress_sheet", line, sheet_copy.values, damaged=line in suspect))
            fields[name] = reconcile(key, name, field_copies, source, "progress_sheet", "main_list", doc.conflicts,
                                     absent=absent)
            chosen_line[name] = next((c.line for c in field_copies if name in c.values and c.values[name] == fields[name]),
                                     first.line)
        if sheet is not None and ended_before_grades(sheet) and sheet.ended != fields["ended"]:
            # The sheet's end date left out above is still a copy that disagrees: said, with why.
            stated = [SourceValue(c.values["ended"], c.where, c.line) for c in copies if c.values.get("ended")]
            doc.conflicts.append(Conflict(
                key=key, field="ended", chosen=fields["ended"],
                values=(SourceValue(sheet.ended, "progress_sheet", sheet.ended_line), *stated), source=source,
                note=f"進捗状況シートの「{sheet.ended_text}」（{sheet.ended}）はシート自身がそれより後の年度を評価しているため、"
                     f"{label('main_list')}などの取組終了を採用"))
        # Without a sheet, the 【R9新規】-style marks are those a list prints in the title.
        fields["tags"] = (sheet.tags if sheet is not None
                          else next((c.values["tags"] for c in copies if c.values.get("tags")), []))
        fields["departments"] = fields["departments"] or []
        # Scores under the report's own axis words (成果, 工夫), as the list prints them.
        fields["axes"] = next((c.values["axes"] for c in copies if c.values.get("axes")), {})
        for name in (*year_fields, "ended"):
            fields[name] = fields[name] if fields[name] is not None else ""
        fields["ended_month"] = (sheet.ended_month if sheet is not None and sheet.ended and sheet.ended == fields["ended"]
                                 else "")
        ini_themes = initiatives[initiative]["themes"]
        fields["themes"] = sheet_themes(sheet, ini_themes) if sheet is not None else list(ini_themes)
        line = main_list.rows[code].line if code in main_list.rows else first.line
        doc.records.append(Record("practice", code, fields, source, line))
        doc.passages.append(Passage(key, "title", fields["title"], source, line))
        for year, name in zip(years, year_fields):
            # Grades by fiscal year as a child table: a question about R4 need not know which
            # column of which edition holds it.
            doc.records.append(Record(
                "grade", f"{code}-{year}",
                {"practice": code, "year": year, "fiscal_year": label_fiscal_year(year), "grade": fields[name]},
                source, chosen_line.get(name, line),
            ))


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


# --- rows damaged in conversion -------------------------------------------------------------------


def _lines_text(lines: tuple[int, ...] | list[int]) -> str:
    return "・".join(f"{n}行目" for n in lines)


def _damage_warnings(
    doc: ParsedDocument,
    source: str,
    lines: list[str],
    cut: set[int],
    main_list: PracticeList,
    appendix_list: PracticeList,
    blocks: dict[int, InitiativeBlock],
    linked: dict[str, Sheet],
) -> None:
    """Every row cut in conversion, at its own line: joined back and read (its values only fill what
    the intact copies leave open), or left out when its pieces make no valid row."""
    tables: list[tuple[str, list, list]] = [
        ("main_list", main_list.repaired, main_list.bad),
        ("appendix_list", appendix_list.repaired, appendix_list.bad),
    ]
    tables += [("section_1", b.repaired, b.bad) for b in sorted(blocks.values(), key=lambda b: b.no)]
    for where, repaired, bad in tables:
        for row in repaired:
            code = row.cells[0]
            doc.warnings.append(ParseWarning(
                source, row.index + 1, "repaired_row",
                f"{label(where)}の実践項目{code}の行が分断されています（続き: {_lines_text([p + 1 for p in row.pieces])}）。"
                "つないで1行として読みました",
                f"practice:{code}",
            ))
        for row in bad:
            text = clean(row.text.replace("\t", " "))
            doc.warnings.append(ParseWarning(
                source, row.index + 1, "malformed_row",
                f"{label(where)}の行を読み取れません（分断または欠損）: 「{text[:40]}」。この行の値は使っていません",
            ))
    for block in sorted(blocks.values(), key=lambda b: b.no):
        for first, rest in block.cut:
            doc.warnings.append(ParseWarning(
                source, first, "repaired_row",
                f"取組項目{block.no}の評価（取組項目別の評価）の行が分断されています（続き: {rest}行目）。"
                "つないで1行として読みました",
                f"initiative:{block.no}",
            ))
    for code, sheet in linked.items():
        for first, pieces in sheet.repaired:
            doc.warnings.append(ParseWarning(
                source, first, "repaired_row",
                f"実践項目{code}の進捗状況シートの行が分断されています（続き: {_lines_text(pieces)}）。"
                "つないで1行として読みました",
                f"practice:{code}",
            ))
        for line in sheet.malformed:
            doc.warnings.append(ParseWarning(
                source, line, "malformed_row",
                f"実践項目{code}の進捗状況シートの行が途中で切れています（自己評価の総括の欄、または取組終了の年月がありません）。"
                "この行の値はほかの写しと食い違うとき採用していません",
                f"practice:{code}",
            ))
    for i in sorted(cut):
        doc.warnings.append(ParseWarning(
            source, i + 1, "repaired_row", "行の途中に改ページ（フォームフィード）があります。取り除いて1行として読みました",
        ))


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
        # (新)/(継) opens the result, or closes the entry where a layout prints no result of its own.
        status = STATUS_RE.match(entry.result) or (None if entry.result else _TRAILING_STATUS_RE.search(entry.plan))
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
        if ev.reason:
            efields["reason_overall"] = ev.reason
            doc.passages.append(Passage(f"self_eval:{scode}", "reason_overall", ev.reason, source, ev.line))
        if ev.year == SUMMARY:
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
