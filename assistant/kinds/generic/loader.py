"""Fallback loader for documents of unknown kind: headings, paragraphs and table rows as passages,
and the structure found in them as records (structure.py).

It accepts every text (detect() is always True; the registry tries it last). Output:

* one record `doc:<source>` (kind "doc", so that the passages' key `doc:<source>` is the record's
  key) with the title (first heading, else the first non-blank line) and line/passage counts;
* passages keyed `doc:<source>`: field "heading" for headings (Markdown #, ★/■/●/【…】 lines, and
  short lines standing alone between blank lines), "text" for paragraphs (consecutive lines,
  joined without spaces between Japanese characters), "table" for rows of tab- or
  pipe-separated tables, each cell prefixed with its column header ("列名: 値 / …").

Everything is one pass over the lines with bounded work per line, so time and memory are linear
in the input: long paragraphs are cut into chunks of about _CHUNK characters, extremely long
lines into pieces, and table rows with thousands of columns into several passages.

The same pass feeds structure.Walker, which yields table rows (`table_row`), numbered items with
their labelled fields (`item`) and count facts (`count_fact`) as records beside the `doc` record;
the passages stay keyed `doc:<source>`, so search is exactly what it was.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.formats import RULE_LINE_RE
from assistant.kinds.generic.opinion_rows import comments_of_rows
from assistant.kinds.text_blocks import join_wrapped, labelled_cells, pipe_cells
from assistant.model import ParsedDocument, Passage, Record
from assistant.text.normalize import clean, nfkc

if TYPE_CHECKING:
    from assistant.kinds.generic.structure import Walker

KIND = "generic"
RECORD_KIND = "doc"


_CHUNK = 2000  # characters per passage: big enough for context, small enough to rank well
_MAX_PARAGRAPH_LINES = 40
_HEADING_MAX = 60
_MD_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MARK_HEADING_RE = re.compile(r"^\s*(?:[★☆■□●◆◇▼▽]\s*\S.*|【[^】]{1,40}】)\s*$")
_SEPARATOR_CELL_RE = re.compile(r"^\s*:?-{2,}:?\s*$")
# (「【渡辺委員】　ふるさと納税は…」: a speaker's turn in minutes is its own passage, as a list item is)
_SPEAKER = (r"【[^】]{0,16}(?:委員|会長|課長|部長|局長|事務局|市長|町長|村長|議長|室長|係長|所長)[^】]{0,10}】"
            # (minutes: 「委員（大西）　…」「事務局（総務課長）　…」「○山田委員　…」, a speaker's turn)
            r"|[○◯]?\s*[一-龥ァ-ヶ]{0,8}?(?:委員|会長|副会長|議長|座長|事務局|課長|部長|局長|係長|室長|市長|町長|村長|説明員)"
            r"\s*[（(][^）)\n]{1,14}[）)][\s\u3000]+(?=\S)"
            # (「石動委員：…」「A委員：…」「委員長：…」「事務局（行政経営課）：…」: colon after the name)
            r"|[○◯]?\s*[一-龥ァ-ヶA-ZＡ-Ｚ]{0,8}?(?:委員長|副委員長|委員|会長|副会長|議長|座長|事務局|課長|部長|局長|市長|町長|村長)"
            r"(?:\s*[（(][^）)\n]{1,14}[）)])?\s*[:：](?=\S)")
_SPEAKER_RE = re.compile(rf"^(?:{_SPEAKER})")
# (「〇鳰川 啓介委員」「〇資産経営課長」 on a line of its own, the turn's words on the lines below: minutes that print
# each speaker as a heading of the turn. The name is joined to the words by 「：」 as the minutes with a colon print it.)
_SPEAKER_ALONE_RE = re.compile(r"^[○◯〇]\s*(?:[一-龥ァ-ヶー]{1,6}[\s\u3000]?[一-龥ぁ-んァ-ヶー]{0,6}?(?:議員|委員長|副委員長|委員)"
                               r"|[一-龥ァ-ヶー]{0,10}?(?:委員長|議長|座長|会長|事務局|課長|部長|局長|係長|室長|所長|市長|町長|村長|副市長|教育長|参事|理事))$")
# (「第２　補助率の基準　補助金の額は…」: a numbered criterion of a policy, each its own passage as a list item is)
_LIST_ITEM_RE = re.compile(rf"^(?:[-*+]\s|[・･]|[①-⑳]|\(?\d{{1,3}}[.)）]\s|第[0-9０-９]{{1,2}}[\s\u3000]+(?=\S)|{_SPEAKER})")
# (a member's question and the reply after it are one passage: the reply's words answer what the question names)
_STAFF_RE = re.compile(r"^[【○◯]?\s*[一-龥ァ-ヶ]{0,8}?(?:事務局|課長|部長|局長|係長|室長|所長|説明員)")
_CHAIR_RE = re.compile(r"^[【○◯]?\s*[一-龥ァ-ヶ]{0,8}?(?:副?委員長|副?会長|議長|座長)")
_ASKS_RE = re.compile(r"(?:[?？]|か|ください|でしょうか|ますか)[。．]?\s*$")
_SENTENCE_END = tuple("。、，,.．;；:：")
_NOTE_LINE_RE = re.compile(r"^\s*(?:※|\*\s|\(?注\d*[)）:：]?\s)")  # 「※ …」「注1 …」: a note, not a heading


def detect(text: str) -> bool:
    return True


def parse(text: str, source: str) -> ParsedDocument:
    # Imported here: every ingest imports this loader to detect kinds, few documents are generic,
    # and compiling the structure's patterns is most of an import of the kinds.
    from assistant.kinds.generic.structure import Walker

    key = f"{RECORD_KIND}:{source}"
    passages: list[Passage] = []
    lines = text.splitlines()
    walker = Walker(source)
    state = _State(key, source, passages, walker)
    state.running_head = _running_head(lines)

    for index, raw in enumerate(lines):
        line_no = index + 1
        stripped = raw.strip()
        if not stripped:
            state.blank(line_no)
            continue
        if RULE_LINE_RE.match(raw):
            walker.rule(line_no)  # (a rule between blocks of 「提案番号：…」 lines sets each block apart)
            if not state.table_kind:
                state.flush_paragraph()  # (and each block is a passage of its own)
            continue  # a rule is layout: it neither ends the table it rules nor is text
        table_kind = _table_kind(raw)
        if table_kind:
            state.table_row(raw, table_kind, line_no)
            continue
        if state.table_kind and index + 1 < len(lines) and _table_kind(lines[index + 1]) == state.table_kind \
                and _NOTE_LINE_RE.match(stripped) and _holds_figures(_split_cells(lines[index + 1], state.table_kind)):
            # A note merged across the table between its rows (「※ 以下の委員会は充て職を含むものです。」, a web
            # page's <td colspan>): text of its own, and the rows below go on under the same header.
            state.flush_paragraph()
            state.text_line(stripped, line_no)
            state.flush_paragraph()
            walker.note_in_table(stripped, line_no)
            continue
        row_at = _row_after_sections(lines, index, state.table_kind) if state.table_kind else None
        if state.table_kind and row_at is not None \
                and len(stripped) <= _HEADING_MAX and not stripped.endswith(_SENTENCE_END) \
                and not _header_again(state.header, _split_cells(lines[row_at], state.table_kind)) \
                and not _wider_header(state.header, _split_cells(lines[row_at], state.table_kind)) \
                and not _header_of_its_own(state.header, _split_cells(lines[row_at], state.table_kind)) \
                and not _next_table_caption(stripped, _split_cells(lines[row_at], state.table_kind)) \
                and not _unit_over_header(lines, index, row_at, state.table_kind):
            # A row merged across the table (「基本方針1 市民サービスの向上」) between its rows: a heading
            # the rows under it sit under; the table goes on.
            state.flush_paragraph()
            state.heading(stripped, line_no)
            walker.section_in_table(stripped, line_no)
            continue
        state.end_table()
        heading = _explicit_heading(stripped)
        if heading is not None:
            state.flush_paragraph()
            state.heading(heading, line_no)
            continue
        if _LIST_ITEM_RE.match(stripped):
            if _SPEAKER_RE.match(stripped) and state.question_open(stripped):
                state.reply_joined = True
            else:
                state.flush_paragraph()  # each list item is its own passage
                state.reply_joined = False
        state.text_line(stripped, line_no)
        walker.text_line(stripped, line_no)
    state.finish(lines)

    title = state.title or source
    record = Record(RECORD_KIND, source, {
        "title": title,
        "lines": len(lines),
        "headings": state.headings,
        "tables": state.tables,
    }, source, 1, max(len(lines), 1))
    found = walker.finish().records()
    # (a memo of other municipalities in 【place】 blocks of labelled and stated figures: an item per block, place_blocks.py)
    from assistant.kinds.generic.place_blocks import with_place_blocks
    found = with_place_blocks(found, lines, source, title)
    # (blocks headed by a record's code and name, 「■ 施設番号 7-1 …」「【…】（施設番号 3）」: an item per block, coded_blocks.py)
    from assistant.kinds.generic.coded_blocks import with_coded_blocks
    found = with_coded_blocks(found, lines, source, title)
    # (blocks headed by a record's code over a table of the years it ran, 「■ R4-02 …」 then 年度 │ 自己評価 │ …:
    # a row per block, its years' cells columns of their year, coded_year_blocks.py)
    from assistant.kinds.generic.coded_year_blocks import coded_year_rows
    found = coded_year_rows(found, source)
    # (cards of labelled fields opened by the record's code, 「物件番号：未-20」 over 所在地／面積／…: a row per card,
    # keyed by that code as the document's other lists of the records are, coded_cards.py)
    from assistant.kinds.generic.coded_cards import coded_card_rows
    found = coded_card_rows(found, source)
    # (lists grouped under short headings, each item 「名前（令和６年４月開始）【マーク】」: a row per item,
    # bracketed_list_rows.py)
    from assistant.kinds.generic.bracketed_list_rows import bracketed_list_rows
    found = bracketed_list_rows(found, lines, source)
    # (forms one record a page, label boxes beside value boxes: a row per page of one table, form_pages.py)
    from assistant.kinds.generic.form_pages import form_rows
    pages, spans = form_rows(lines, source)
    # (pages already read as records of their own, numbered items with their comments under the boxes
    # (事業仕分け: 事業番号 blocks; a heading per item over its boxes): those records stay, no form row beside them)
    kept = [not any(r.kind != "table_row" and r.line <= b and a <= (r.end_line or r.line) for r in found)
            for a, b in spans]
    pages = [p for p, k in zip(pages, kept) if k]
    spans = [s for s, k in zip(spans, kept) if k]
    if pages:
        found = [r for r in found if not (r.kind == "table_row" and any(a <= r.line <= b for a, b in spans))]
        found = sorted(found + pages, key=lambda r: r.line)
    # (a table whose records are its columns, 方針1 │ 方針2 over rows of years: a row per column, transposed.py)
    from assistant.kinds.generic.transposed import transpose
    found = transpose(found)
    # (a cross table of named columns over rows of 年度 × 区分 × measure: a row per named column, crosstab.py)
    from assistant.kinds.generic.crosstab import transpose_crosstabs
    found = transpose_crosstabs(found)
    # (「名称：実施済」 items of a page declaring 「状況の区分：実施済／実施中／未着手」: the state a field, declared_states.py)
    from assistant.kinds.generic.declared_states import split_states
    found = split_states(found, lines)
    # (a committee's opinions in a table of theirs: comments of the plan's initiatives too, opinion_rows.py;
    # a review body's opinion column of a table of items: each opinion a comment on its row's item, opinion_columns.py)
    rows = [r for r in found if r.kind == "table_row"]
    # (a meeting's questions and answers numbered 「Q1」 across its districts' parts, as paragraphs 【質問】/【回答】 or as
    # a table's rows, in either layout part by part: qa_turns.py)
    from assistant.kinds.generic.qa_turns import qa_comments
    comments = qa_comments(rows, lines, source)
    if comments:
        from assistant.kinds.generic.opinion_tables import topic_passages
        passages = passages + topic_passages(comments)
        # (a table's row that is a question is that question: no table row beside it for a table's reading to
        # answer 「…課が回答した質問」 from the table-layout districts alone)
        asked_at = {c.line for c in comments}
        found = [r for r in found if not (r.kind == "table_row" and r.line in asked_at)]
    if not comments:
        comments = comments_of_rows(rows)
    if not comments:
        # (opinions numbered under a mark of where they were heard, 議1 in a table, 【説3】 over paragraphs, each citing
        # a record by code and name: opinion_marked.py)
        from assistant.kinds.generic.opinion_marked import marked_opinions
        from assistant.kinds.generic.opinion_tables import topic_passages
        comments = marked_opinions(rows, lines, source)
        passages = passages + topic_passages(comments)
        # (each paragraph opinion was read as an item too, its opening line's label as its field, or as a field of an
        # item opened by the venue heading over it (「（中央公民館会場）」 with 説3…説6 as its fields): the comment is
        # what it is, and an item holding opinions would answer for them)
        opened = {c.line for c in comments}
        found = [r for r in found if not (r.kind == "item" and any(
            r.line <= at <= (r.end_line or r.line) for at in opened))]
        # (and a table's row that is an opinion is that opinion: no table row beside it, or a reading of the table
        # answers 「対応区分が参考の意見」 from the table's opinions alone, leaving out the paragraphs' ones)
        found = [r for r in found if not (r.kind == "table_row" and r.line in opened)]
    if not comments:
        # (a public comment's numbered opinions in tables under headings of what they are on: opinion_tables.py)
        from assistant.kinds.generic.opinion_tables import opinion_table_comments, topic_passages
        comments = opinion_table_comments(rows)
        passages = passages + topic_passages(comments)
    if not comments:
        from assistant.kinds.generic.opinion_columns import opinion_comments
        comments = opinion_comments(text, source, rows)
    if not comments:
        # (minutes whose members' turns name the plan's items by code: each turn a comment on them, minutes_turns.py)
        from assistant.kinds.generic.minutes_turns import turn_comments
        comments = turn_comments(lines, source)
    if not comments:  # (a report's bullets of the members' opinions under a heading per record: opinion_bullets.py)
        from assistant.kinds.generic.opinion_bullets import bulleted_opinions
        comments = bulleted_opinions(text, source)
    if not comments:  # (minutes' opinions as paragraphs opening 【委員A】 naming records by code: marked_turns.py)
        from assistant.kinds.generic.marked_turns import marked_turn_comments
        comments = marked_turn_comments(lines, source)
    if not comments:  # (minutes' opinions 「【1-1】委員長：…」 numbered on their own under 「第１回」: numbered_turns.py)
        from assistant.kinds.generic.numbered_turns import numbered_turn_comments
        comments = numbered_turn_comments(lines, source)
    if not comments:  # (minutes' opinions as paragraphs under 「■山田 一郎委員（商工会）」 naming records by code: headed_turns.py)
        from assistant.kinds.generic.headed_turns import headed_turn_comments
        comments = headed_turn_comments(lines, source)
    if not comments:  # (opinions （１）… each with a line 「対象補助金：H-101、H-301 ／ 発言：委員長 …」 under it: opinion_cited_lines.py)
        from assistant.kinds.generic.opinion_cited_lines import cited_line_opinions
        comments = cited_line_opinions(lines, source)
        # (each opinion was read as an item too, its citation line as its fields: the comment is what it is)
        said_at = {c.line for c in comments}
        found = [r for r in found if not (r.kind == "item" and r.line in said_at)]
    if not comments:  # (opinions （１）【指摘】… each closing with its speaker 「（野々村副会長）」: opinion_speakers.py)
        from assistant.kinds.generic.opinion_speakers import speaker_opinions
        comments = speaker_opinions(lines, source)
        # (each opinion was read as an item too: the comment is what it is)
        said_at = {c.line for c in comments}
        found = [r for r in found if not (r.kind == "item" and r.line in said_at)]
    if not comments:  # (a review body's opinion in numbered parts 「（２）情報管理について」 citing （R-07）: opinion_parts.py)
        from assistant.kinds.generic.opinion_parts import opinion_part_comments
        comments = opinion_part_comments(lines, source)
    if not comments:  # (① ② paragraphs under 【委員会の意見】 in a block per record 「事業番号 J-04 …」: opinion_blocks.py)
        from assistant.kinds.generic.opinion_blocks import block_opinions
        comments = block_opinions(lines, source)
    if not comments:  # (a committee's opinions ①②③ under 「（１）○○財団（団体番号１）」 in a section on 意見: opinion_circled.py)
        from assistant.kinds.generic.opinion_circled import circled_opinions
        comments = circled_opinions(lines, source)
    if not comments:  # (opinions 「○福祉課長（P-3-06関係）　本文」 under 「議題３」, the post and code first: opinion_posts.py)
        from assistant.kinds.generic.opinion_posts import post_opinions
        comments = post_opinions(lines, source)
    if not comments:  # (opinions ①②③ in one section on 意見, each ending 「（取組(5)関連）」: opinion_cited.py)
        from assistant.kinds.generic.opinion_cited import cited_opinions
        comments = cited_opinions(lines, source)
    if not comments:  # (a committee's opinions 「意見３　（事業番号R6-06「…」）…」 numbered on their own: numbered_opinions.py)
        from assistant.kinds.generic.numbered_opinions import numbered_opinions
        comments = numbered_opinions(lines, source)
    if not comments:  # (citizens' excerpts 「No.12（60代・男性）【窓口サービス】」 keyed by their number: numbered_opinions.py)
        from assistant.kinds.generic.numbered_opinions import tagged_opinions
        comments = tagged_opinions(lines, source)
    if not comments:  # (a meeting record's bullets 「・…（保護者）」 under 「（１）東部地区」, a heading per place: section_bullets.py)
        from assistant.kinds.generic.section_bullets import section_bullet_comments
        comments = section_bullet_comments(lines, source)
        if comments:
            from assistant.kinds.generic.section_bullets import place_items_headed
            found = place_items_headed(found, comments)
    # (joint projects as labelled blocks, a heading with the project's code over 構成団体：A市・B町 …: labelled_projects.py)
    from assistant.kinds.generic.labelled_projects import projects_of_items
    projects, project_passages = projects_of_items([r for r in found if r.kind == "item"], source)
    comments = comments + projects
    passages = passages + project_passages
    if not projects:  # (joint projects as a table's rows, a code and the partners listed in one cell: tabled_projects.py)
        from assistant.kinds.generic.tabled_projects import projects_of_rows
        projects, project_passages = projects_of_rows(rows, state.title or "", source)
        comments = comments + projects
        passages = passages + project_passages
    # (each opinion's words searchable as its own: 「安全管理について意見が出た施設」 finds the comments holding them)
    passages = passages + [Passage(c.key, "text", str(c.fields.get("text") or ""), source, c.line)
                           for c in comments if str(c.fields.get("text") or "").strip()]
    # (and what an opinion's heading says it is on, 「意見５　施設共通」 over its labelled parts: 「施設共通の意見」; a
    # bracket naming no code, 「（対象団体：02 スポーツ協会）」: 「スポーツ協会についての意見」)
    passages = passages + [Passage(c.key, "cited_as", str(c.fields.get("cited_as")), source, c.line)
                           for c in comments if (c.fields.get("response") or c.fields.get("cited") == "")
                           and isinstance(c.fields.get("cited_as"), str) and str(c.fields.get("cited_as")).strip()]
    return ParsedDocument(kind=KIND, title=title, records=[record] + found + comments, passages=passages)


def _table_kind(raw: str) -> str:
    if "\t" in raw.strip(" "):  # leading/trailing tabs are empty cells, still a table row
        return "tab"
    stripped = raw.strip()
    if stripped.startswith("|") and stripped.count("|") >= 2:
        return "pipe"
    if stripped.count(",") >= 3 and not any(mark in stripped for mark in "。、"):
        return "csv"  # 「1,窓口業務の一部委託,市民課,R6.4.1,…」: a spreadsheet saved as text
    return ""


def _row_after_sections(lines: list[str], index: int, kind: str) -> int | None:
    """The index of the table row a merged row at index sits over: the next line, or past one more merged
    row right under it (「改革の柱Ⅰ …」 over 「Ⅰ-1 歳入の確保」 over the rows: a heading and its sub-heading)."""
    for at in (index + 1, index + 2):
        if at >= len(lines):
            return None
        if _table_kind(lines[at]) == kind:
            return at
        line = lines[at].strip()
        if not line or len(line) > _HEADING_MAX or line.endswith(_SENTENCE_END) or _NOTE_LINE_RE.match(line) \
                or _table_kind(lines[at]):
            return None
    return None


def _header_again(header: list[str] | None, cells: list[str]) -> bool:
    """Whether a row repeats most of the table's header (「部名 | 職員数 | 使用量」 under 「令和6年度」):
    the line over it is the caption of a next table of the same columns (two tables printed side by
    side, one year each), not a section of the table going on."""
    names = [nfkc(c).strip() for c in header or [] if c.strip()]
    found = {nfkc(c).strip() for c in cells if c.strip()}
    return len(names) >= 2 and not _holds_figures(cells) and sum(n in found for n in names) * 2 > len(names)


def _wider_header(header: list[str] | None, cells: list[str]) -> bool:
    """Whether a row under a label/value table (| 項目番号 | 1-1 |, two cells) is the header of a wider table of its
    own (| 年度 | 計画 | 実績 | 達成率 |, no figure): the line over it is that table's caption, not a section of the
    first going on."""
    filled = [c for c in header or [] if c.strip()]
    return len(filled) <= 2 and len([c for c in cells if c.strip()]) >= 3 and not _holds_figures(cells)


def _header_of_its_own(header: list[str] | None, cells: list[str]) -> bool:
    """Whether the row under a short line is the top of another table's header (「４ 職員研修の受講状況」, 「単位：人」,
    then | 所属 | DX基礎研修 | | | リーダー研修 |): labels only, none of the open table's, the first cell filled and
    blanks where a label spans the years under it, so that the line over it is that table's caption, not a section
    of the first going on (a section's rows hold the first table's values, of its width)."""
    filled = [nfkc(c).strip() for c in cells if c.strip()]
    names = {nfkc(c).strip() for c in header or [] if c.strip()}
    return bool(cells and cells[0].strip()) and len(filled) >= 3 and len(filled) < len(cells) \
        and not _holds_figures(cells) and not names & set(filled) \
        and all(len(c) <= 20 and not c[0].isdigit() and any(ch.isalpha() for ch in c) and not c.endswith(("。", "、")) for c in filled)
    # (labels are words: a row of a code and marks, | 1-1-1 | 町税収納率の向上 | | ○ | ● |, is the open table's)


# 「表２ 総合評価の基準」「図表3 …」「別表1」: a numbered caption, of a table of its own
_TABLE_CAPTION_RE = re.compile(r"^(?:図表|別表|表)\s*[0-9０-９]+(?:[-－‐.．][0-9０-９]+)?(?:\s|[　:：]|$)")


def _next_table_caption(line: str, cells: list[str]) -> bool:
    """Whether a short line between rows of the same width is the numbered caption of the next table
    (「表２ 総合評価の基準」 over 「評価 | 評価点 | 評価の内容 | 市の対応」, no figure): that table starts, with its
    own header, not a section of the first going on."""
    return bool(_TABLE_CAPTION_RE.match(nfkc(line).strip())) and not _holds_figures(cells)


def _unit_over_header(lines: list[str], index: int, row_at: int, kind: str) -> bool:
    """Whether the short lines over the row end with the unit of figures alone (「４ 類型別関連経費の実績」,
    「（単位：百万円）」) and the row holds none: the next table's caption, its unit and header — a section of the
    open table going on states no unit of its own (even where both tables have as many columns)."""
    from assistant.kinds.generic.structure import _UNIT_LINE_RE

    between = [nfkc(line).strip() for line in lines[index:row_at]]
    return bool(between) and bool(_UNIT_LINE_RE.match(between[-1])) \
        and not _holds_figures(_split_cells(lines[row_at], kind))


def _holds_figures(cells: list[str]) -> bool:
    """Whether a row holds a figure (12, 3,120, △660, 40.0): a row of data, not another table's header
    (a note between two tables is the first's, and the rows after it are the second's)."""
    return any(re.fullmatch(r"[△▲\-−]?\d[\d,]*(?:\.\d+)?", nfkc(c).strip()) for c in cells)


def _explicit_heading(stripped: str) -> str | None:
    match = _MD_HEADING_RE.match(stripped)
    if match:
        return clean(match.group(1)) or None
    if len(stripped) <= _HEADING_MAX and _MARK_HEADING_RE.match(stripped):
        return clean(stripped)
    return None


def _split_cells(raw: str, kind: str) -> list[str]:
    if kind == "csv":
        import csv

        return [clean(cell) for cell in next(csv.reader([raw.strip()]))]
    return [clean(cell) for cell in (raw.split("\t") if kind == "tab" else pipe_cells(raw))]


# 「休館日：毎週月曜日」: a short label, a colon, its value (not a sentence that happens to hold a colon)
_LABELLED_LINE = re.compile(r"^[^\s：:。、，,]{1,15}\s*[：:]\s*\S")


def _pieces(text: str) -> list[str]:
    if len(text) <= _CHUNK:
        return [text]
    return [text[start:start + _CHUNK] for start in range(0, len(text), _CHUNK)]


class _State:
    """The running block (paragraph or table) while walking the lines once."""

    def __init__(self, key: str, source: str, passages: list[Passage], walker: Walker) -> None:
        self.walker = walker
        self.key = key
        self.source = source
        self.passages = passages
        self.title = ""
        self.running_head = ""  # the line heading every page (「〇〇市 〇〇部 〇〇課」): no title
        self.title_year = ""  # 「令和６年度」 standing alone over the title: the year of the title below
        self.headings = 0
        self.tables = 0
        self.paragraph: list[str] = []
        self.paragraph_size = 0
        self.paragraph_line = 0
        self.paragraph_single = False  # one short line so far: may turn out to be a heading
        self.header: list[str] | None = None
        self.table_kind = ""
        self.blank_before = True
        self.reply_joined = False

    def question_open(self, turn: str) -> bool:
        """The running paragraph is one speaker's turn with no reply yet, and `turn` replies to it: the
        turn asked something, or a member spoke and the secretariat answers."""
        if not self.paragraph or self.reply_joined or not _SPEAKER_RE.match(self.paragraph[0]):
            return False
        return bool(_ASKS_RE.search(self.paragraph[-1])) \
            or (bool(_STAFF_RE.match(turn)) and not _STAFF_RE.match(self.paragraph[0])
                and not _CHAIR_RE.match(self.paragraph[0]))

    # paragraphs -------------------------------------------------------------------------------
    def text_line(self, stripped: str, line_no: int) -> None:
        if not self.paragraph:
            self.paragraph_line = line_no
            self.paragraph_single = self.blank_before
        else:
            self.paragraph_single = False
        text = clean(stripped)
        if self.paragraph and _SPEAKER_ALONE_RE.match(text):
            self.flush_paragraph()  # (a speaker's name on its own line starts a turn: 「【質疑１】…」 above is not it)
            self.paragraph_line = line_no
            self.paragraph_single = False
        if len(self.paragraph) == 1 and _SPEAKER_ALONE_RE.match(self.paragraph[0]):
            self.paragraph[0] += "："  # (the speaker over the turn: 「〇資産経営課長：令和７年度の…」)
        self.paragraph.append(text)
        self.paragraph_size += len(text)
        self.blank_before = False
        if self.paragraph_size >= _CHUNK or len(self.paragraph) >= _MAX_PARAGRAPH_LINES:
            self.flush_paragraph()

    def flush_paragraph(self, standalone: bool = False) -> None:
        if not self.paragraph:
            return
        if standalone and self.paragraph_single and len(self.paragraph) == 1:
            line = self.paragraph[0]
            if len(line) <= _HEADING_MAX and not line.endswith(_SENTENCE_END):
                self.paragraph = []
                self.paragraph_size = 0
                self.heading(line, self.paragraph_line)
                return
        text = ""
        for part in self.paragraph:
            text = join_wrapped(text, part)
        if len(self.paragraph) >= 2 and all(_LABELLED_LINE.match(part) and not _SPEAKER_RE.match(part)
                                            for part in self.paragraph):
            # 「開館時間：…」「休館日：毎週月曜日…」 (a page's <dl>, a notice's 募集期間：/応募方法：): each line states one fact
            # under its label; run together, the label of one reads as words of the value before it. The lines stay
            # one passage, a line each (the ranker reads each line of a list on its own, under what led to the
            # list): 「受託事業者はどこで、契約はいつまで？」 is answered by two of its lines together.
            text = "\n".join(self.paragraph)
        for piece in _pieces(text):
            self.passages.append(Passage(self.key, "text", piece, self.source, self.paragraph_line))
        if not self.title and _letter_head(self.paragraph):
            # (a letter's head run into the title and the body with no blank line between: 「…市長 様」, who
            # sends it, then the title standing alone, 「令和６年度…評価報告書の審査意見について」)
            titled = _title_after_letter_head(self.paragraph)
            if titled:
                self._set_title(titled)
        if not self.title and not _letter_head(self.paragraph):
            # A PDF or Word document has no blank line under its title: a short first line without
            # a sentence's end is the title, not the start of a paragraph.
            first = self.paragraph[0]
            short = len(self.paragraph) > 1 and len(first) <= _HEADING_MAX and not first.endswith(_SENTENCE_END)
            second = self.paragraph[1] if short and len(self.paragraph) > 2 else ""
            if short and first.strip() == self.running_head and _OFFICE_END_RE.search(nfkc(first).strip()) \
                    and second and len(second) <= _HEADING_MAX and not second.endswith(_SENTENCE_END) \
                    and nfkc(second).strip() not in nfkc(first):
                # (the office heading every page of a PDF, then the title: the title is the line under it; a
                # running head that is the title with its town, 「椚ヶ原町 …評価シート」 over 「…評価シート」, stays)
                first, second = second, ""
            self._set_title(first if short else text[:_HEADING_MAX])
            if not self.title and second and len(second) <= _HEADING_MAX and not second.endswith(_SENTENCE_END):
                self._set_title(second)  # (「令和６年度」 over 「補助金等評価結果報告書」 on a cover)
        self.paragraph = []
        self.paragraph_size = 0

    def heading(self, text: str, line_no: int) -> None:
        self.walker.set_heading(text, line_no)
        self.headings += 1
        for piece in _pieces(text):
            self.passages.append(Passage(self.key, "heading", piece, self.source, line_no))
        if not self.title:
            self._set_title(text[:_HEADING_MAX])
        self.blank_before = False

    def blank(self, line_no: int) -> None:
        self.walker.blank()
        self.end_table()
        # A single short line between blank lines reads as a heading.
        self.flush_paragraph(standalone=True)
        self.blank_before = True

    # tables -----------------------------------------------------------------------------------
    def table_row(self, raw: str, kind: str, line_no: int) -> None:
        self.flush_paragraph(standalone=self.blank_before)
        cells = _split_cells(raw, kind)
        if kind == "pipe" and cells and all(_SEPARATOR_CELL_RE.match(c) or not c for c in cells):
            return  # |---|---| under a Markdown header
        self.walker.table_row(cells, kind, line_no)
        if not self.title and self.title_year and self.header is None and len(cells) <= 3 \
                and len("".join(cells)) <= _HEADING_MAX // 2 and not _holds_figures(cells):
            self._set_title("".join(c.strip() for c in cells))  # (a cover's title set in spaced type: cells of a row)
        if (self.header is None or kind != self.table_kind) and len(cells) > 2 and _notes_only([clean(nfkc(c)) for c in cells]):
            # (a title with the unit at its other end is such a row too: structure.caption_of_row)
            # 「（単位：千円）」 beside 「令和7年5月末現在」 over the table: a note, kept as text; the next row is the header
            self.passages.append(Passage(self.key, "table", " ".join(c for c in cells if c), self.source, line_no))
            self.blank_before = False
            return
        if self.header is None or kind != self.table_kind:
            self.tables += 1
            self.header = cells
            self.table_kind = kind
            text = " / ".join(c for c in cells if c)
            for piece in _pieces(text):
                self.passages.append(Passage(self.key, "table", piece, self.source, line_no))
            self.blank_before = False
            return
        parts = labelled_cells(self.header, cells)
        if parts:
            # Cut wide rows at cell boundaries so each passage stays near _CHUNK characters.
            chunk: list[str] = []
            size = 0
            for part in parts:
                if chunk and size + len(part) > _CHUNK:
                    self.passages.append(Passage(self.key, "table", " / ".join(chunk), self.source, line_no))
                    chunk, size = [], 0
                chunk.append(part)
                size += len(part) + 3
            for piece in _pieces(" / ".join(chunk)):
                self.passages.append(Passage(self.key, "table", piece, self.source, line_no))
        self.blank_before = False

    def end_table(self) -> None:
        self.header = None
        self.table_kind = ""

    def finish(self, lines: list[str]) -> None:
        self.end_table()
        self.flush_paragraph(standalone=True)
        if not self.title:
            self.title = self.title_year or next((clean(line)[:_HEADING_MAX] for line in lines if line.strip()), "")

    def _set_title(self, text: str) -> None:
        """A cover opening with the year alone (「令和６年度」, then 「補助金等評価結果報告書」): the year is
        of the title under it, not the title; the title is both."""
        if not self.title_year and _YEAR_ONLY_RE.match(nfkc(text).strip()):
            self.title_year = text.strip()
            return
        self.title = f"{self.title_year} {text}"[:_HEADING_MAX] if self.title_year else text


_YEAR_ONLY_RE = re.compile(r"^(?:令和|平成|昭和)\s*(?:\d{1,2}|元)\s*年度?$|^\d{4}\s*年度?$")
_DATE_LINE_RE = re.compile(r"^(?:令和|平成|昭和)?\s*(?:\d{1,4}|元)\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$"
                           r"|^\d{4}[/.-]\d{1,2}[/.-]\d{1,2}$")


# 「柘ノ木市 市民協働部 市民協働課」: a running head naming the office that issues the document
_OFFICE_END_RE = re.compile(r"(?:課|部|室|局|係|センター|事務所)$")


def _running_head(lines: list[str]) -> str:
    """The first line, when each page opens with it again (right after a blank line, a page's break): the
    running head of a PDF's pages, 「柘ノ木市 市民協働部 市民協働課」, as against the document's title."""
    first = next((x.strip() for x in lines if x.strip()), "")
    again = [i for i, x in enumerate(lines) if x.strip() == first]
    return first if len(again) >= 2 and all(i == again[0] or not lines[i - 1].strip() for i in again) else ""


def _letter_head(lines: list[str]) -> bool:
    """A letter's head (its date, 「〇〇市長 様」, who sends it) over the title standing alone below:
    no title of the document (an opinion paper handed to the mayor opens so)."""
    first = nfkc(lines[0]).strip() if lines else ""
    return bool(_DATE_LINE_RE.match(first)) or any(re.search(r"(?:様|殿)$", nfkc(x).strip()) for x in lines)


_SENDER_RE = re.compile(r"(?:委員|市長|町長|村長|区長|知事|議長|会長|委員長|代表|理事長|所長|局長)(?:\s|$)|(?:\S\s){2,}\S$"
                        r"|(?:委員会|審議会|協議会|懇話会|懇談会|会議)$")  # (the body that sends it, 「…外部評価委員会」)


def _title_after_letter_head(lines: list[str]) -> str:
    """The title under a letter's head in the same paragraph: the first short line after the addressee
    (「…様」) and those who send it (「…監査委員 芹 沢 和 子」), with no sentence's end, and more text under it."""
    ends = [i for i, x in enumerate(lines) if re.search(r"(?:様|殿)$", nfkc(x).strip())]
    if not ends:
        return ""
    for i in range(ends[-1] + 1, len(lines) - 1):
        line = nfkc(lines[i]).strip()
        if not line or _SENDER_RE.search(line) or _DATE_LINE_RE.match(line):
            continue
        if len(lines[i].strip()) <= _HEADING_MAX and not lines[i].strip().endswith(_SENTENCE_END):
            return lines[i].strip()
        return ""
    return ""


def _notes_only(cells: list[str]) -> bool:
    from assistant.kinds.generic.structure import caption_of_row, notes_only  # (the structure module loads with a generic document only)

    return notes_only(cells) or bool(caption_of_row(cells))
