"""The tables of documents no kind was written for, read from the index: a document's rows under one
header (blank cells, several sheets and a table printed on its side included), their columns typed."""
from __future__ import annotations

from assistant.query.tables.period_heading import years_under_period
from assistant.query.tables.unit_in_label import split_unit_column
from assistant.query.tables.sign_legend import signed_by_legend, triangle_rises
from assistant.query.tables.held import tabled_documents
from assistant.query.tables.people_over_bound import people_over_bound_forms
from assistant.query.tables.named_sets import named_sets, with_members

from assistant.query.tables.grade_meanings import letters_of_graded
from assistant.query.tables.mean_rows import is_mean_row

import functools
import os
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from assistant.query.facts import _json, _key, _label_forms
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, fy_text
from assistant.query.parse import kanji_numbers
from assistant.query.tables.sentence_cells import amount_of_fields, sentence_cells, sentence_words
from assistant.query.tables.year_rows import year_row_records
from assistant.query.tables.measure_rows import measure_row_records
from assistant.query.tables.group_roles import group_table, split_roles, subtotal_table, title_words_unsaid
from assistant.query.tables.heading_series import by_heading, heading_names_rows, restated_sums, split_tails, word_of_headings
from assistant.query.tables.item_word import word_before_numbers
from assistant.query.tables.heading_groups import heading_group_table, inline_headings
from assistant.query.tables.cells import _BARE_SPAN, _SUM, _EMPTY, _MARKS, _TOTAL_ROW, _UNIT, _date, _number, _unit_of
from assistant.query.compiled import compiled
from assistant.query.tables.name_label import printed_name_label
from assistant.query.tables.split_cells import split_cells
from assistant.query.tables.per_case import per_case, rank_forms
from assistant.query.tables.plan_actual_measure import with_measure_forms
from assistant.query.tables.circled_items import circled_item_forms
from assistant.query.tables.caption_measure import year_columns_named
from assistant.query.tables.serial_or_code import code_over_serial
from assistant.query.tables.headed_codes import code_of_headings, scores_out_of
from assistant.query.tables.point_columns import points_in_time

if TYPE_CHECKING:
    from assistant.store.reader import IndexReader


@dataclass
class Column:
    header: str
    forms: tuple[str, ...]  # search forms users may say, longest first
    year: int | None  # the fiscal year the column is of (令和6年度 進捗状況 → 2024)
    base: str  # search form without its year and unit (進捗状況, 目標効果額; "" for a year-only header)
    numeric: bool
    years_inside: bool  # its values are fiscal years (目標年度: 令和9年度)
    unit: str
    schedule: bool = False  # each value lists several years (令和6年度：検討 令和7年度：委託開始)
    dates: bool = False  # its values are days (R7.3.31, 2025/3/31)
    marks: bool = False  # a year's column holding only marks (○: done that year)


@dataclass
class Table:
    source: str
    doc_title: str
    caption: str
    columns: list[Column]
    rows: list[dict]  # {"key", "line", "cells"}
    name: str  # the header of the column naming the rows
    number: str  # the header of the numbering column, or ""
    sheets: tuple[int, ...] = ()  # the fiscal years of the sheets joined into it (a row's "sheets": those listing it)
    lower_better: frozenset[str] = frozenset()  # the keys of rows whose number is better lower (a note says so)
    lower_by_column: frozenset[str] = frozenset()  # those of them a 望ましい方向 column (↓) marks, not a note
    # Rows restating a part of a row (「（再掲）うち保育士」): no rows of the table (never counted or summed),
    # but a question naming one asks its own values (restated.py).
    restated: list[dict] = field(default_factory=list)
    # Rows totalling the whole table (「全庁合計」): no rows of it either, but a question naming the whole
    # (「全庁で」) asks their own figures (restated.whole_asked).
    totals: list[dict] = field(default_factory=list)
    # Rows of ratios of each column (「前年度比 │ 94.2% │ 101.3%」, ratio_rows.py): no rows of it, each cell its column's.
    ratios: list[dict] = field(default_factory=list)
    # Rows saying only that a year had nothing (令和5年度 │ 実施なし): no rows of it, but the years the table covers.
    nothing_done: list[dict] = field(default_factory=list)
    # The mark a legend of the document says is a start (「● オンライン申請の開始」 beside 「○ …の準備」): on
    # a timeline by year, the year a row begins is its column of that mark, not of any mark.
    begun_mark: str = ""
    derived: dict[str, str] = field(default_factory=dict)  # columns the document does not print: how each is had
    row_word: str = ""  # what the rows are, where the document says it (窓口 of 「窓口別の結果」 over its headings)
    rows_of: str = ""  # the source whose table's rows these rows are, by their codes (tables/shared_codes.py)
    measure_word: str = ""  # what its numbers are, where a note says it (職員数 of 「※１ 職員数は正規職員の数…」)
    lead: str = ""  # what the sentence leading into it calls it (入札結果 of 「各年度の入札結果は次のとおり」: lead_sentence.py)
    # Its rows are the groups of another table's rows, read from their 小計 (部局 over 課等): their total is that table's.
    of_groups: bool = False
    # Its rows were printed one per record × fiscal year (a 年度 column, the key repeated or blank below) and
    # are read as one row per record, each year's cells its columns (year_rows.py).
    long_form: bool = False
    # A note of the document defines its dash as none (「※「－」は該当なし」): in its amounts the dash is 0 (dash_zero.py).
    dash_zero: bool = False
    # Columns whose blank a note sets apart from their dash (blank_apart.py): only a blank cell is still empty there.
    blank_apart: frozenset[str] = frozenset()
    # The ending every row's name shares (保育園 of 北野保育園…: name_ending.py), said as a word of its own.
    name_ending: str = ""
    # What the question readers work out of the table alone, once (the table is read once per index);
    # a copy made with dataclasses.replace starts with none.
    memo: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def column(self, header: str) -> Column:
        return next(c for c in self.columns if c.header == header)


_CACHE: dict[tuple, list[Table]] = {}


from assistant.query.tables.keyed_sheets import join_keyed_sheets  # noqa: E402
from assistant.query.tables.side_forms import caption_sides, side_forms  # noqa: E402
from assistant.query.tables.day_part_forms import day_part_forms  # noqa: E402
from assistant.query.tables.merged_records import codes_with_merged, differs_in_record, mark_merged_records  # noqa: E402
from assistant.query.tables.year_before_column import pair_year_before  # noqa: E402
from assistant.query.tables.ratio_rows import is_ratio_row  # noqa: E402


def read_tables(db: IndexReader, dedicated: bool = False) -> list[Table]:
    """Every table of the generic documents (three rows or more), read once per index content; with `dedicated`,
    also those a dedicated kind's document keeps beside its records (tables/held.py)."""
    # (an open index's tables are kept in its memo too: a connection never sees a rebuilt index, and one question
    # asks for them some thirty times, each time reading the documents' list only to find the same tables)
    memo = getattr(db, "memo", None)
    kept = memo.get(("read_tables", dedicated)) if memo is not None else None
    if kept is not None:
        return kept
    where = tabled_documents(db) if dedicated else "kind = 'generic'"
    docs = db.execute(f"SELECT source, title, sha256 FROM documents WHERE {where} ORDER BY source").fetchall()
    cache_key = (id(db), dedicated, tuple(tuple(d) for d in docs))  # (`key` below is each group's)
    cached = _CACHE.get(cache_key)
    if cached is not None:
        if memo is not None:
            memo[("read_tables", dedicated)] = cached
        return cached
    if len(_CACHE) > 16:
        _CACHE.clear()
    titles = {d[0]: _with_edition(db, d[0], _without_first_sheet(db, d[0], d[1] or d[0])) for d in docs}
    groups: dict[tuple, list[dict]] = {}
    has_rows = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'table_row'").fetchone()

    @functools.lru_cache(maxsize=None)
    def rises(source: str) -> bool:
        text = db.execute("SELECT text FROM document_texts WHERE source = ?", [source]).fetchone()
        return triangle_rises(text[0] if text else "")

    @functools.lru_cache(maxsize=None)
    def units_said(source: str) -> str:
        from assistant.query.tables.column_units import unit_line
        text = db.execute("SELECT text FROM document_texts WHERE source = ?", [source]).fetchone()
        return unit_line(text[0] if text else "")

    @functools.lru_cache(maxsize=None)
    def sets_of(source: str) -> dict:
        text = db.execute("SELECT text FROM document_texts WHERE source = ?", [source]).fetchone()
        return named_sets(text[0] if text else "")
    for r in (db.query("SELECT key, source, line, [table], cells, heading FROM table_row ORDER BY source, line")
              if has_rows else []):
        if r["source"] not in titles:
            continue
        cells = _json(r["cells"])
        if cells and rises(r["source"]):
            cells = signed_by_legend(cells)  # 「△は上昇」: △2.1 a rise, as the document's legend says
        if cells:
            cells = with_members(cells, sets_of(r["source"]))  # 「全構成町村」 as the note under the table names them
        if cells:
            row = {"key": r["key"], "line": r["line"], "cells": cells, "caption": r["table"] or "",
                   "heading": r["heading"] or ""}
            # A row leaves its empty cells out: it belongs to the table before it when its columns are
            # that table's (the same header, some cells blank), wherever the table went on.
            key = next((k for k in reversed(list(groups)) if k[0] == r["source"] and (
                _same_table(k[1], tuple(cells)) and not _names_other_rows(k[1], groups[k][-1], row)
                and not _numbered_apart(groups[k][-1], row)
                or (r["line"] - groups[k][-1]["line"] <= 2 and
                    len(set(k[1]) & set(cells)) >= 0.5 * len(cells)))), None)
            if key is None:
                key = (r["source"], tuple(cells))
                if key in groups:  # (問２ after 問１, the same columns: a table of its own, _numbered_apart)
                    key = (r["source"], _Apart(cells))
                groups[key] = []
            elif not set(cells) <= set(key[1]):
                merged = _merged_headers(key[1], tuple(cells))
                groups[(r["source"], merged)] = groups.pop(key)
                key = (r["source"], merged)
            groups[key].append(row)
    has_items = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'item'").fetchone()

    @functools.lru_cache(maxsize=None)
    def words_of(source: str) -> tuple[str, str]:
        text = db.execute("SELECT text FROM document_texts WHERE source = ?", [source]).fetchone()
        return sentence_words(text[0] if text else "")
    for r in (db.query("SELECT key, source, line, number, title, heading, fields, text FROM item ORDER BY source, line")
              if has_items else []):
        fields = _json(r["fields"])
        said = _HEADING_WORD.search(nfkc(r["heading"] or "")) if r["source"] in titles and not fields else None
        body = _body_of(r["text"] or "", r["title"] or "") if said else ""
        if body:
            # 「3 実施項目ごとの所見」 over 「No.9 公用車の削減」 and its paragraph: the paragraph is the
            # item's 所見 (a table of its own when three or more items stand so).
            title = nfkc(r["title"] or "")
            office = re.search(r"[(]([^()]{2,20}[課室部局])[)]$", title)  # 「公用車の削減（財産管理課）」
            cells = {"番号": r["number"] or "", "名称": title[:office.start()].strip() if office else title,
                     **({"所管課": office.group(1)} if office else {}), said.group(1): body}
            if not office:
                # 「…約5,240千円の削減となった（財政課）。」: the office and the amount its sentence states.
                cells.update(sentence_cells(body, *words_of(r["source"])))
            groups.setdefault((r["source"], "item:" + r["heading"]), []).append(
                {"key": r["key"], "line": r["line"], "cells": cells, "caption": "", "text": r["text"] or ""})
        if r["source"] in titles and fields:
            # Numbered items with labelled fields (【所管課】…) are the rows of a table too.
            # (「（2）縮小」 over its items: the group is 縮小, its list number no part of it)
            cells = {"番号": r["number"] or "", "名称": r["title"] or "",
                     "見出し": re.sub(r"^\d{1,3}\s+(?=\S)", "", nfkc(r["heading"] or "")), **fields}
            # 「講評：…年間約85万円の削減が見込まれる。」: the one amount a field's sentence states is a cell
            # of its own, named by the document's word for its amounts (効果額).
            cells.update(amount_of_fields(fields, words_of(r["source"])[1]))
            groups.setdefault((r["source"], "item"), []).append(
                {"key": r["key"], "line": r["line"], "cells": cells, "caption": "", "text": r["text"] or ""})
    for key in [k for k in groups if k[1] == "item"]:
        # 「本部長：市長　副本部長：副市長」 over the meetings' blocks (日時, 出席者, 報告事項…): an item
        # sharing no label with any other is the document's own note, no row of their table.
        own = [set(r["cells"]) - {"番号", "名称", "見出し"} for r in groups[key]]
        kept = [r for n, r in enumerate(groups[key]) if any(own[n] & o for m, o in enumerate(own) if m != n)]
        if len(kept) >= 3 and len(kept) < len(groups[key]):
            groups[key] = kept
    # One table per fiscal year (a sheet each): one table, titled without the first sheet's year.
    sheets_of = functools.lru_cache(maxsize=None)(lambda source: _sheet_names(db, source))
    titled_years = _join_year_sheets(groups, functools.lru_cache(maxsize=None)(lambda source: _sheet_years(db, source)))
    titled_by = {key: _without_years(titles[key[0]], years) for key, years in titled_years.items()}
    join_keyed_sheets(groups, sheets_of)  # 施設一覧 and 評価結果 keyed by 施設番号: one row per 施設, the fields of both
    # (the workbook's other tables, its 集計 sheet: the first sheet's year is not theirs either)
    yearless = {key[0]: title for key, title in titled_by.items()}
    tables = []
    for key in list(groups):
        turned = _turned(groups[key]) if not isinstance(key[1], str) else None
        if turned is not None:
            del groups[key]
            groups[(key[0], tuple(turned[0]["cells"]))] = turned
            continue
        joined_rows = year_row_records(key[1], groups[key]) if not isinstance(key[1], str) else None
        if joined_rows is not None:
            del groups[key]
            groups[(key[0], joined_rows[0])] = joined_rows[1]
            continue
        # (基本目標 over an 指標達成率 row and a 総合評価 row: one row per record, each measure's years its columns)
        joined_rows = measure_row_records(key[1], groups[key]) if not isinstance(key[1], str) else None
        if joined_rows is not None:
            del groups[key]
            groups[(key[0], joined_rows[0])] = joined_rows[1]
    for (source, headers), rows in groups.items():
        key_headers = headers
        joined = titled_by.get((source, headers))
        if isinstance(headers, str) and headers.startswith("item:"):
            headers = tuple(rows[0]["cells"])
        elif headers == "item":
            if len({_key(str(r["cells"].get("見出し") or "")) for r in rows}) == 1 \
                    and _key(str(rows[0]["cells"].get("見出し") or "")) == _key(titles[source]):
                # (every block under the document's title alone: no heading of theirs, 「令和6年度」 no value of rows)
                for r in rows:
                    r["cells"] = {h: v for h, v in r["cells"].items() if h != "見出し"}
            # 事業名 printed as a field of each sheet is the items' name: it replaces 名称.
            same = [h for h in rows[0]["cells"] if h not in ("番号", "名称", "見出し")
                    and all(_key(str(r["cells"].get(h) or "")) == _key(r["cells"]["名称"]) for r in rows)]
            if same:
                for r in rows:
                    r["cells"] = {h: v for h, v in r["cells"].items() if h != "名称"}
            numbered = [_NUMBER_ONLY.fullmatch(nfkc(str(r["cells"].get("名称") or "")).strip()) for r in rows]
            if not same and all(numbered) and not any(r["cells"].get("番号") for r in rows) \
                    and any(h.endswith("名") and h != "名称" for h in rows[0]["cells"]):
                # 「【提案No.1】」 over 提案名：…: the block's title is only its number; the name is a field's.
                for r, m in zip(rows, numbered):
                    r["cells"] = {"番号": m.group(1), **{h: v for h, v in r["cells"].items() if h not in ("番号", "名称")}}
            headers = tuple(dict.fromkeys(h for r in rows for h in r["cells"]))
            for r in rows:
                r["cells"] = {h: r["cells"].get(h, "") for h in headers}
            headers = printed_name_label(headers, rows)  # 「取組名 窓口業務の民間委託」: 名称 is called 取組名
        body = [r for r in rows if not _is_total(r["cells"], headers)]
        ratios = [r for r in body if is_ratio_row(r["cells"], headers)]  # 「前年度比 │ 94.2% │ …」: no row of the table
        body = [r for r in body if r not in ratios]
        body = [r for r in body if not is_mean_row(r["cells"], headers)]  # 「…　区分平均」 between the groups
        body = [r for r in body if not _is_tally(r, body, headers)]
        body = [r for r in body if not _is_base_count(r, headers)]
        body = [r for r in body if not _header_again(r, headers)]
        nothing_done = [r for r in body if _none_done_row(r, headers)]
        body = [r for r in body if r not in nothing_done]
        body = inline_headings(headers, rows, body)  # 「Ⅰ │ 【窓口サービスの改善】」 rows heading the rows under them
        _name_groups(rows, body, headers)
        if len(body) < (2 if _year_series_of(headers, body) else 3) or (len(headers) == 2 and _LEGEND_CELL.match(nfkc(str(headers[0])))):
            continue  # 「◎ | 計画以上に進んでいる」 rows are a legend (read by facts), not a table of measures
        sheet_of = sheets_of(source)
        if not joined and not isinstance(key_headers, str) and len({sheet_of(r["line"]) for r in body}) > 1 \
                and len({(r.get("heading") or "", r.get("caption") or "") for r in body}) == 1:
            # One header on each sheet of a workbook (a sheet per 部), no heading or caption telling the
            # sheets apart: the sheet a row stands on is where it stands (「環境部の事業」).
            for r in body:
                r["heading"] = sheet_of(r["line"])
        groups_of, subtotals = None, False
        if not isinstance(key_headers, str):
            sums = restated_sums(body, headers)  # 「全体の結果」 over one table per 窓口: their sums
            body = [r for r in body if r["key"] not in sums]
            roles = split_roles(headers, body)
            if roles is not None:
                # 部門 | 区分 rows with each 部門's 小計（実績）, 計画値 and 差: the parts stay this table's rows,
                # the 部門 get a table of their own
                body = roles[0]
                groups_of = group_table(headers, *roles, is_total=lambda g: bool(_TOTAL_ROW.match(g)))
            else:
                # 部局 | 課等 with each 部局's 小計 row: the 部局 get a table of their own (the parts stay this one's)
                groups_of = subtotal_table(headers, rows, body, is_total=lambda g: bool(_TOTAL_ROW.match(g)))
                subtotals = groups_of is not None
        group_word = None
        if groups_of is None and not isinstance(key_headers, str):
            # 「Ⅰ …【柱の総合評価：Ｂ】」 heading rows inside the table, each group's 小計 after its rows: the groups'
            # own table (heading_groups.py)
            noted = db.execute("SELECT text FROM document_texts WHERE source = ?", [source]).fetchone()
            headed = heading_group_table(headers, rows, body, noted[0] if noted else "")
            if headed is not None:
                groups_of, group_word, subtotals = headed[:2], headed[2], True
        last = ""
        for r in body:
            # A table going on over a page break (its header printed again, no caption over it) is still
            # under the caption it started with: no second place of its rows.
            last = r["caption"] = r.get("caption") or last
        for where in ("heading", "caption"):
            if headers != "item" and len({r.get(where, "") for r in body}) > 1:
                # One header on several sheets or under several headings (基本方針1…3): where a row
                # stands is a value of it too.
                label = _own_parts(body, where)
                # 「所管部：総務部」 over each sheet: the rows stand under a value of the column it names
                head = label if label and label not in headers else "見出し"
                headers = (head, *headers)
                for r in body:
                    # 「３ 公共施設の最適化」: a chapter's bare number is no part of what users call it (as items')
                    r["cells"] = {head: re.sub(r"^\d{1,3}\s+(?=\S)", "", nfkc(r.get(where, "") or "")), **r["cells"]}
                if head == "見出し" and where == "heading" and heading_names_rows(headers, body):
                    headers = split_tails(headers, body)  # 「市民課（本庁舎1階）」 over its years: 市民課
                    headers, body = by_heading(headers, body)  # its years' figures side by side
                elif head == "見出し" and where == "heading" and headers != "item" and _caption_per_heading(body):
                    # 「評価対象事業 1」 then 【事業名】地域子育て支援拠点事業 over each block's small table: the
                    # block's name (the table's caption, one per heading) is where the rows stand too.
                    headers = ("見出し", "表題", *headers[1:])
                    for r in body:
                        r["cells"] = {"見出し": r["cells"]["見出し"], "表題": nfkc(r.get("caption") or ""),
                                      **{k: v for k, v in r["cells"].items() if k != "見出し"}}
                break
        table = _table(source, joined or yearless.get(source) or titles[source], list(headers), body)
        if not any(c.unit for c in table.columns if c.numeric) and units_said(source):
            # (「単位：延床面積＝㎡、…」 on its own line over the sheet: each measure named gets its unit, as a caption's
            # note gives it — 「延床面積の合計は何㎡」)
            from assistant.query.tables.column_units import with_labelled_units
            table.columns = with_labelled_units(table.columns, units_said(source)) or table.columns
        table.long_form = bool(body) and all(r.get("year_rows") for r in body)
        if table.name == "見出し" and body and all(r.get("by_heading") for r in body):
            table.row_word = word_of_headings(db, source, min(r["line"] for r in body))
            if table.row_word:
                table.columns = [replace(c, forms=(*c.forms, table.row_word)) if c.header == "見出し" else c
                                 for c in table.columns]
        if key_headers == "item" and not table.row_word:
            # (a memo's 【鷺沢市】 blocks of figures, kinds/generic/place_blocks.py: each block is a case of that place,
            # 「他自治体の事例で管理件数が多い順」)
            from assistant.query.tables.place_rows import place_cases_word
            table.row_word = place_cases_word(table)
        if not table.row_word and table.number and not any(r.get("by_heading") for r in body):
            # 「未利用地一覧」: the sheet names what its rows are
            from assistant.query.tables.sheet_row_word import sheet_row_word
            table.row_word = sheet_row_word(db, source, body)
        if not table.row_word and table.number and not any(r.get("by_heading") for r in body):
            # 「推進項目1-1 …」 over each item: the word before the numbers names the rows
            table.row_word = word_before_numbers(db, source, body, table.number)
        if table.name and table.name != "見出し" and not any(r.get("by_heading") for r in body):
            # 「北野保育園」「本町保育園」…: the ending every name shares names the rows (name_endings.py)
            from assistant.query.tables.name_endings import name_ending
            ending = name_ending(table)
            if ending:
                table.row_word = table.row_word or ending
                table.name_ending = ending
                # (its last kanji said alone, 園 of 保育園 in 「準備が続いてる園」, is the rows' word too: a single letter
                # is only read where no kanji stands beside it)
                short = (ending, ending[-1]) if re.fullmatch(r"[一-龥]", ending[-1]) else (ending,)
                table.columns = [replace(c, forms=(*c.forms, *(f for f in short if f not in c.forms)))
                                 if c.header == table.name else c for c in table.columns]
        if headers and headers[0] not in ("見出し", "item") and headers[0] not in key_headers and table.caption \
                and all(table.caption == r.get("caption") for r in body[:1]) and table.caption == body[0]["cells"].get(headers[0]):
            table.caption = ""  # (the captions became a column: the first sheet's is not the table's)
        table.restated = [r for r in rows if _is_restated(r["cells"], headers)]
        table.totals = [r for r in rows if r not in body and _is_total(r["cells"], headers)]
        table.ratios = ratios
        table.nothing_done = nothing_done
        table.columns = year_columns_named(table.columns, table.caption)  # 「推進項目別 財政効果額」 over Ｒ６ | Ｒ７
        from assistant.query.tables.kind_of_year_figure import years_of_one_measure  # 児童生徒数 over R6実績 | R12推計

        table.columns = years_of_one_measure(table.columns)
        from assistant.query.tables.per_unit_forms import per_unit_forms  # 「人口１万人当たり」 of 「…人口１万人当たり職員数」

        table.columns = per_unit_forms(table.columns, table.caption)
        from assistant.query.tables.per_unit_forms import unit_per_forms  # 「１時間当たりの原価」 of 原価 (円/時間)

        table.columns = unit_per_forms(table.columns)
        if not table.name or not any(c.base.endswith(("数", "額")) for c in table.columns):
            table.measure_word = _noted_measure(db, source, table)
        text_of = db.execute("SELECT text FROM document_texts WHERE source = ?", [source]).fetchone()
        if body:
            from assistant.query.tables.lead_sentence import lead_words
            table.lead = lead_words(text_of[0] if text_of else "", min(r["line"] for r in body))
        from assistant.query.tables.blank_apart import blank_apart  # 「空欄は…未選定。「－」は該当なし」

        table.blank_apart = blank_apart(table.columns, text_of[0] if text_of else "")
        table.columns = with_measure_forms(table.columns, text_of[0] if text_of else "")
        table.columns = circled_item_forms(table.columns, text_of[0] if text_of else "")  # 「③安全・危機管理」
        table.columns = _part_forms(_value_forms(table.columns), set(table.derived))
        table.columns = _quantity_tail_forms(table.columns)  # 「令和４年度の使用量」 of 電気使用量 by year
        table.columns = _deed_cost_forms(table.columns, table.caption, table.doc_title)  # 「修繕費」 of 修繕実績's 事業費
        from assistant.query.tables.dated_verbs import dated_verb_forms  # 「10月以降に契約した」 over 契約日

        table.columns = dated_verb_forms(table.columns, table.rows)
        from assistant.query.tables.year_verbs import year_verb_forms  # 「昭和50年より前に建てられた」 over 建築年

        table.columns = year_verb_forms(table.columns)
        from assistant.query.tables.place_rows import place_words  # 「…の団体は？」 over a table of municipalities

        table.columns = place_words(table)
        if any(c.marks for c in table.columns):
            from assistant.query.tables.legend_words import begun_mark  # (it reads Table: imported on need)

            table.begun_mark = begun_mark(db, table)
        if joined:
            table.sheets = tuple(sorted(titled_years[(source, key_headers)]))
        if table.number or table.name:
            table.lower_better = _lower_better(db, table)
        table.lower_better |= _targets_at_most(table)
        from assistant.query.tables.dash_zero import dash_means_zero

        table.dash_zero = dash_means_zero(db, table)
        table.lower_by_column = _directed_down(table) - table.lower_better
        table.lower_better |= table.lower_by_column
        tables.append(table)
        if groups_of is not None:
            tables.append(_table(source, joined or yearless.get(source) or titles[source], *groups_of))
            title_words_unsaid(tables[-1])
            # (the groups' figures are what their parts' are: 職員数 of the note under the table)
            tables[-1].measure_word = tables[-1].measure_word or table.measure_word
            tables[-1].of_groups = subtotals
            if group_word:
                tables[-1].row_word = group_word
                if "見出し" in {c.header for c in table.columns}:
                    # (the rows' 見出し is their group's heading: 「…柱は？」 asks it of them)
                    # (said as the question is read: ブロック as ぶろっく)
                    said_as = tuple(dict.fromkeys(w for w in (group_word, _key(group_word))))
                    table.columns = [replace(c, forms=(*c.forms, *(w for w in said_as if w not in c.forms)))
                                     if c.header == "見出し" and _key(group_word) not in c.forms else c
                                     for c in table.columns]
    from assistant.query.tables.place_rows import mark_shared_places  # (a municipality in several tables: by name)

    mark_shared_places(tables)
    from assistant.query.tables.shared_codes import name_rows_by_shared_codes  # (a page's entries of a list's rows)

    name_rows_by_shared_codes(tables)
    # (Ａ │ … │ Ｅ of scores the text calls 審査員Ａ〜Ｅ: 「審査員Ｅの点」 is column Ｅ — lettered_members.py)
    from assistant.query.tables.lettered_members import members_of_letters
    tables = members_of_letters(db, tables)
    # (児童生徒数 said 児童数 where another table counts 児童数 and 生徒数 apart — joined_counts.py)
    from assistant.query.tables.joined_counts import joined_count_forms
    joined_count_forms(tables)
    _unkey_graded_legends(tables)
    _CACHE[cache_key] = tables
    if memo is not None:
        memo[("read_tables", dedicated)] = tables
    return tables


# A note naming rows by number whose numbers are better lower: 「※1 No.12の時間外勤務は少ないほど良い指標
# です。目標値以下であれば達成」「※2 No.10 は…実績が目標を上回っているため未達成」.
# (a code of two numbers, 「番号3-2は数値が小さいほど良い指標」, names its row as a number does)
_NOTE_ROWS = compiled(r"(?:no\.?|番号|№)\s*(\d{1,3}(?:\s*[-‐－]\s*\d{1,3})?)((?:\s*[、,・及びと]\s*(?:no\.?|番号|№)?\s*\d{1,3}(?:\s*[-‐－]\s*\d{1,3})?)*)")
_BETTER_LOWER = compiled(r"(?:少な|低|小さ)い(?:ほど|方が)(?:良|よ)い|(?:少な|低|小さ)い(?:ほど|方が)(?:改善|良好)|以下(?:であれば|なら|で)達成|上回(?:って|る)(?:いる)?(?:ため|と|ので)未達成")


_GRADE_MARKS = {"△", "×", "✕", "▲"}  # (with ◎○: a scale of grades, 「◎：順調 ○：概ね順調 △：やや遅れ ×：遅れ」)
_TIMELINE_MARKS = {"→", "⇒", "★", "☆", "◇", "◆", "△", "□"}
_TIMELINE_ONLY = {"→", "⇒", "★", "☆"}


def _lower_better(db, t: Table) -> frozenset[str]:
    """The rows a note of the document names (No.12) as better lower."""
    by_number = {re.sub(r"\s*[-‐－]\s*", "-", nfkc(str(r["cells"].get(t.number) or "")).strip()): r["key"] for r in t.rows}
    keys: set[str] = set()
    for (text,) in db.execute("SELECT text FROM passages WHERE source = ? AND field = 'text'", [t.source]):
        for sentence in re.split(r"(?<=。)|※", nfkc(text or "")):
            if not _BETTER_LOWER.search(sentence):
                continue
            # (「施策3-2-1（待機児童数）は…」: a code of the table's numbering column after its word, 施策 of 施策番号)
            word = re.sub(r"(?:番号|No\.?|NO\.?|№|コード)$", "", nfkc(t.number or "").strip())
            for n, key in by_number.items() if len(word) >= 2 and word != nfkc(t.number or "").strip() else ():
                if n and re.search(re.escape(word) + r"\s*" + re.escape(n) + r"(?![\d\-])", sentence):
                    keys.add(key)
            keys |= _rows_named_lower(t, sentence)
            keys |= _others_lower(by_number, sentence)
            for m in _NOTE_ROWS.finditer(sentence.lower()):
                for n in [m.group(1), *re.findall(r"\d{1,3}(?:\s*[-‐－]\s*\d{1,3})?", m.group(2))]:
                    n = re.sub(r"\s*[-‐－]\s*", "-", n)
                    if n in by_number:
                        keys.add(by_number[n])
    return frozenset(keys)


# 「※1 指標4(リサイクル率)及び指標7(集団資源回収量)は数値が大きいほど良好、その他の指標は数値が小さいほど良好」:
# the rows named before the higher-better clause are better higher, all the others (その他・それ以外) lower.
_BETTER_HIGHER = compiled(r"(?:大き|多|高)い(?:ほど|方が)(?:良|よ|改善|良好)")
_OTHERS_LOWER = compiled(r"(?:その他|それ以外|そのほか|他)の?[一-龥ぁ-んァ-ヶー]{0,8}は[^。]{0,12}?(?:少な|低|小さ)い(?:ほど|方が)")


def _others_lower(by_number: dict[str, str], sentence: str) -> set[str]:
    high = _BETTER_HIGHER.search(sentence)
    if not high or not _OTHERS_LOWER.search(sentence, high.end()):
        return set()
    named = {n for n in re.findall(r"(?:[一-龥]{1,4}|no\.?|№)\s*(\d{1,3})(?![\d\-])", sentence[:high.start()].lower())}
    named |= {n for m in re.finditer(r"(?:[一-龥]{1,4}|no\.?|№)\s*\d{1,3}((?:\s*(?:[、,・]|及び|および|と)\s*\d{1,3}(?![\d\-]))+)",
                                     sentence[:high.start()].lower()) for n in re.findall(r"\d{1,3}", m.group(1))}
    named &= set(by_number)
    if not named:
        return set()
    return {key for n, key in by_number.items() if n and n not in named}


# 「注２ 平均在院日数、時間外労働及び職員給与費対医業収益比率は、値が小さいほど改善を示す」: the rows the note names
# by their words (each a part of a row's name), listed before は.
_NOTE_LEAD = compiled(r"^\s*(?:注\s*\d*|※\s*\d*|\(\d+\))[\s:：.．]*")
_NAME_LIST_SPLIT = compiled(r"\s*(?:、|,|・|及び|および|並びに|ならびに)\s*")


def _rows_named_lower(t: Table, sentence: str) -> set[str]:
    if not t.name:
        return set()
    # (the notes' lines run together in a passage: 「…／：評価対象外注２ 平均在院日数…は、」 — each note its own)
    pieces = [p for p in re.split(r"(?=注\s*\d)", sentence) if _BETTER_LOWER.search(p)]
    if len(pieces) != 1:
        return set()
    lead = re.split(r"(?:について)?は[、,]?", _NOTE_LEAD.sub("", pieces[0]), maxsplit=1)
    if len(lead) < 2 or len(lead[0]) > 80:
        return set()
    from assistant.query.tables.quoted_lower import rows_quoted_lower

    # (「方向欄「↑」は数値が高いほど良い指標、「↓」は低いほど良い指標」: the quoted word the lead names is said
    # better higher before the lower clause — a legend of a direction column, whose ↓ rows say their own)
    low = _BETTER_LOWER.search(lead[1])
    quoted = rows_quoted_lower(t, lead[0]) if low and not _BETTER_HIGHER.search(lead[1][:low.start()]) else set()
    if quoted:
        return quoted
    words = [w.strip() for w in _NAME_LIST_SPLIT.split(lead[0]) if len(w.strip()) >= 2]
    names = {r["key"]: nfkc(str(r["cells"].get(t.name) or "")) for r in t.rows}
    return {key for key, name in names.items() if name and any(nfkc(w) in name for w in words)}


# 「900円以下（令和9年度）」: a target printed as an upper bound (以下, 未満) is reached from above.
_AT_MOST = compiled(r"\d\s*[^\d\s()（）]{0,3}(?:以下|未満)")


# 「望ましい方向」「目指す方向」「方向性」 over ↑ / ↓, 「指標の見方」 over 高いほど良い／低いほど良い: each row's own
# way its figure gets better
_DIRECTION_HEADER = compiled(r"方向|見方|向き")
_DOWN_CELL = compiled(r"[↓⬇]|(?:低|小さ|少な)い(?:ほど|方が)(?:良い|よい|良好)|低下|減少")
_UP_CELL = compiled(r"[↑⬆]|(?:高|大き|多)い(?:ほど|方が)(?:良い|よい|良好)|上昇|増加")


def _directed_down(t: Table) -> frozenset[str]:
    """The rows a direction column (望ましい方向 │ ↑ ↓) marks better lower, as a note would make them."""
    for c in t.columns:
        if c.numeric or not _DIRECTION_HEADER.search(c.header):
            continue
        values = [nfkc(str(r["cells"].get(c.header) or "")).strip() for r in t.rows]
        if not values or not all(_DOWN_CELL.fullmatch(v) or _UP_CELL.fullmatch(v) for v in values if v) \
                or not any(_DOWN_CELL.fullmatch(v) for v in values):
            continue
        return frozenset(r["key"] for r, v in zip(t.rows, values) if _DOWN_CELL.fullmatch(v))
    return frozenset()


def _targets_at_most(t: Table) -> frozenset[str]:
    """The rows whose target cell says its own direction as at most (each row its own: 「500件以上」 beside
    「900円以下」), better lower as a note would make them."""
    targets = [c.header for c in t.columns if c.numeric and "目標" in c.base]
    return frozenset(r["key"] for r in t.rows
                     if any(_AT_MOST.search(nfkc(str(r["cells"].get(h) or ""))) for h in targets))


# The word a heading ends with names what its items' paragraphs are (実施項目ごとの所見 → 所見).
_HEADING_WORD = compiled(r"(?:ごと|別)?の?(所見|評価|実績|成果|課題|今後の方針|方針|取組状況|進捗状況|状況|効果|概要|内容|結果|意見)$")


def _body_of(text: str, title: str) -> str:
    """An item's paragraph without its own line (「No.9 公用車の削減（財産管理課）」)."""
    text, title = nfkc(text), nfkc(title)
    at = text.find(title)
    return text[at + len(title):].strip() if at >= 0 and title else ""


# 「（令和6年度実績）」 under the title: which year's report it is, the only thing two editions' titles differ by.
_EDITION_LINE = compiled(r"^\s*[(（]([^()（）]{0,20}?(?:年度|年)[^()（）]{0,10})[)）]")


_TAIL_WORD = compiled(r"(?:評価|実績|状況|成果|意見|所見|課題|方針|内容|概要|目標|期間|予定|理由|達成率|達成度|執行率|満足度|費用|こめんと|講評|区分|分類)$")  # (成果指標達成率 said 達成率; a base is keyed, コメント spelt こめんと)
_PERIOD_LEAD = compiled(r"(?:年間|年度間|単年度|月間|年額)の?([一-龥]{1,}(?:額|費|数|量))")
# 「概算事業費」 is said 事業費 (「事業費の大きい順」「事業費１億円以上」): an estimate's qualifier before an amount, as
# a period's is, where no other column is said so.
_ESTIMATE_LEAD = compiled(r"(?:概算|見込み?|想定|推計|試算)の?([一-龥]{2,}(?:額|費))")
# (「近隣３町村平均」: a figure over a counted set of places, said without the count)
_PLACES_COUNTED = compiled(r"([一-龥]{2,})(\d{1,2}|[一二三四五六七八九十]{1,2})(市町村|町村|市町|市|町|村|団体|自治体)([一-龥]{2,})")
# 「対前年度増減」: what follows an amount's name in the name of the column of its change
_CHANGE_OF = compiled(r"(?:対前年度|対前年|前年度比|前年比|前年度)?(?:増減|差引|差額|比較増減)")
_LEGEND_CELL = compiled(r"^\s*(?:[◎○〇△▲×✕●]|[A-ES]|[1-5])\s*$")


def _with_edition(db, source: str, title: str) -> str:
    row = db.execute("SELECT text FROM document_texts WHERE source = ?", [source]).fetchone()
    lines = [ln for ln in str(row[0] if row else "").splitlines()[:4] if ln.strip()]
    for line in lines[1:3]:
        m = _EDITION_LINE.match(line)
        if m and find_years(m.group(1)) and nfkc(m.group(1)) not in nfkc(title):
            return f"{title}（{m.group(1).strip()}）"
    return title


def _join_year_sheets(groups: dict[tuple, list[dict]], sheet_years) -> dict[tuple, set[int]]:
    """A workbook with a sheet per fiscal year (令和6年度 | 令和7年度), each the same table whose columns
    name that year (「令和6年度 効果額計画」), or whose header is the same on every sheet and the year
    the sheet's (its name, or its title line): one table, a row per measure, the columns each sheet
    fills differently (進捗度, 取組状況) named with the sheet's year (「令和6年度 進捗度」). Changes
    `groups` in place; returns the joined tables' keys with the years they join. `sheet_years(source)`
    gives the year of each line of a workbook's sheets that have one."""
    by_source: dict[str, list[tuple]] = {}
    for key in groups:
        if not isinstance(key[1], str):
            by_source.setdefault(key[0], []).append(key)
    out = {}
    for source, keys in by_source.items():
        years = {k: {y.fiscal_year for h in k[1] for y in find_years(nfkc(h))} for k in keys}
        for k in keys:
            if not years[k]:
                _join_one_header(groups, k, sheet_years, out)
        shapes: dict[tuple, list[tuple]] = {}
        for k in keys:
            if len(years[k]) == 1:
                shapes.setdefault(tuple(sorted(_yearless(h) for h in k[1])), []).append(k)
        for same in shapes.values():
            if len(same) < 2 or len({next(iter(years[k])) for k in same}) != len(same):
                continue
            same.sort(key=lambda k: next(iter(years[k])))
            joined = _joined_years(same, years, groups)
            if joined is None:
                continue
            headers, rows = joined
            for k in same:
                del groups[k]
            groups[(source, headers)] = rows
            out[(source, headers)] = {next(iter(years[k])) for k in same}
    return out


def _join_one_header(groups: dict, key: tuple, sheet_years, out: dict) -> None:
    """The rows of one header printed on a sheet per year (no year in the header): each sheet's rows
    are that year's table, joined as tables whose headers name their years are."""
    if len(groups[key]) < 4:
        return
    year_of = sheet_years(key[0])
    by_year: dict[int, list[dict]] = {}
    for r in groups[key]:
        fy = year_of(r["line"]) or _section_year(r)
        if fy is None:
            return  # a row on a sheet of no year: the sheets are not one table's years
        by_year.setdefault(fy, []).append(r)
    if len(by_year) < 2:
        return
    for where in ("heading", "caption"):
        each = [{r.get(where) or "" for r in year_rows} for year_rows in by_year.values()]
        if all(len(e) == 1 for e in each) and len(set().union(*each)) > 1:
            # Each sheet's rows under one heading of its own (its title, 「…進捗表（R6）」): the sheet's,
            # which its year already says, not a value of the rows.
            # (its unit, 「（単位：千円）」, stays: it is the numbers')
            for year_rows in by_year.values():
                for r in year_rows:
                    unit = re.search(r"[(（]\s*単位\s*[:：][^()（）]*[)）]", nfkc(r.get(where) or ""))
                    r[where] = unit.group(0) if unit else ""
    parts = {(key[0], key[1], fy): rows for fy, rows in sorted(by_year.items())}
    joined = _joined_years(list(parts), {k: {k[2]} for k in parts}, parts)
    if joined is None:
        # Different measures on each sheet (the year's new ones): one table still, each row of its year.
        for fy, year_rows in by_year.items():
            for r in year_rows:
                r["sheets"] = {fy}
        out[key] = set(by_year)
        return
    headers, rows = joined
    del groups[key]
    groups[(key[0], headers)] = rows
    out[(key[0], headers)] = set(by_year)


def _section_year(row: dict) -> int | None:
    """A page's tables of one header, each under a heading of its year (「令和6年度の取組状況」): the
    one year the row's heading, else its caption, says."""
    for where in ("heading", "caption"):
        said = {y.fiscal_year for y in find_years(nfkc(row.get(where) or ""))}
        if len(said) == 1:
            return said.pop()
    return None


_WESTERN_ONLY = compiled(r"\s*((?:19|20)\d{2})\s*")  # a sheet named 2024: that fiscal year


def _sheet_years(db, source: str):
    """The fiscal year of each line of a workbook's sheets: the one year the sheet's name says
    (令和6年度, R6, 2024年度, 2024), else the one year its title lines say (the lines above its first
    table line: 「…進捗管理表（令和6年度）」). A sheet saying none or several has none."""
    runs = db.execute("SELECT first_line, last_line, place FROM places WHERE source = ? AND place LIKE '%!%' "
                      "ORDER BY first_line", [source]).fetchall()
    sheets: dict[str, list[int]] = {}  # sheet name → [first line, last line]
    for first, last, place in runs:
        span = sheets.setdefault(str(place).rsplit("!", 1)[0], [first, last])
        span[0], span[1] = min(span[0], first), max(span[1], last)
    if len(sheets) < 2:
        return lambda line: None
    row = db.execute("SELECT text FROM document_texts WHERE source = ?", [source]).fetchone()
    text = str(row[0] if row else "").splitlines()
    spans = []
    for name, (first, last) in sheets.items():
        said = {y.fiscal_year for y in find_years(nfkc(name))}
        western = _WESTERN_ONLY.fullmatch(nfkc(name))
        if western and not said:
            said = {int(western.group(1))}
        if not said:
            title = []
            for line in text[first - 1:last]:
                if "\t" in line.strip():
                    break  # the table's header: the title lines are above it
                title.append(line)
            said = {y.fiscal_year for y in find_years(nfkc(" ".join(title)))}
        if len(said) == 1:
            spans.append((first, last, next(iter(said))))

    def year_of(line: int) -> int | None:
        return next((fy for first, last, fy in spans if first <= line <= last), None)
    return year_of


# 「提案No.1」「案件3」「No.12」: a block's title that is only a number (with the word it is numbered by).
_NUMBER_ONLY = compiled(r"[一-龥ァ-ヶー]{0,6}\s*(?:no\.?|№|第)?\s*(\d{1,3})\s*[号番]?", re.IGNORECASE)


def _own_parts(rows: list[dict], where: str) -> str:
    """「南浜市 事務事業評価結果（令和6年度実施） 総務部」 over one sheet's rows, 「… 環境部」 over the next:
    the titles differ only in their last words, which are where each row stands (総務部); the words
    they share are the document's title.

    When every part is labelled alike (「所管部：総務部」「所管部：健康福祉部」), the parts become the
    values (総務部) and the label is returned: the name of the column they are values of."""
    said = [nfkc(r.get(where) or "") for r in rows]
    distinct = sorted(set(said))
    if len(distinct) < 2 or "" in distinct:
        return ""
    shared = distinct[0]
    for s in distinct[1:]:
        while shared and not s.startswith(shared):
            shared = shared[:-1]
    bracket = shared.rfind("(")
    if bracket >= 2 and ")" not in shared[bracket:] and all(s.endswith(")") and s[bracket + 1:-1].strip() for s in distinct):
        # 「栂ノ峰市 公共施設一覧（北部地区）」 over one sheet's rows, 「…（中央地区）」 over the next: the words in
        # the brackets closing the shared title are where each row stands (北部地区).
        for r, s in zip(rows, said):
            r[where] = s[bracket + 1:-1].strip()
        return labelled_parts(rows, where)
    cut = shared.rfind(" ") + 1 if " " in shared else 0  # (at a word's end: 総務部 and 総合政策部 share 総)
    if cut < 8 or not all(s[cut:].strip() for s in distinct):  # (a title, not 「令和6年度 」)
        return labelled_parts(rows, where)
    for r, s in zip(rows, said):
        r[where] = s[cut:].strip()
    return labelled_parts(rows, where)


_LABELLED_PART = compiled(r"([^\s:：]{2,8})\s*[:：]\s*(\S.{0,30})")


def labelled_parts(rows: list[dict], where: str) -> str:
    """The label every row's part shares (所管部 of 「所管部:総務部」「所管部:健康福祉部」), the part cut to its
    value; "" (nothing changed) when the parts are not all labelled alike."""
    found = [_LABELLED_PART.fullmatch(nfkc(r.get(where) or "").strip()) for r in rows]
    labels = {m.group(1) for m in found if m}
    if not all(found) or len(labels) != 1 or len({m.group(2) for m in found}) < 2:
        return ""
    for r, m in zip(rows, found):
        r[where] = m.group(2).strip()
    return labels.pop()


def _without_first_sheet(db, source: str, title: str) -> str:
    """「市川市 事務事業評価結果（令和6年度実施） 総務部」, the first sheet's title line of a workbook with a
    sheet per 部: the document's title is the words before the sheet's own name (every sheet is of it)."""
    runs = db.execute("SELECT place FROM places WHERE source = ? AND place LIKE '%!%' ORDER BY first_line",
                      [source]).fetchall()
    sheets = list(dict.fromkeys(str(p).rsplit("!", 1)[0] for (p,) in runs))
    if len(sheets) < 2 or not title.rstrip().endswith(sheets[0]):
        return title
    cut = title.rstrip()[:-len(sheets[0])].rstrip(" 　・-‐")
    # (「… 所管部：総務部」: the sheet's name is a value its label says; the label is the sheet's too)
    cut = re.sub(r"\s*[^\s:：]{2,8}\s*[:：]$", "", cut).rstrip(" 　・-‐")
    return cut if len(cut) >= 4 else title


def _sheet_names(db, source: str):
    """The name of the sheet each line of a workbook stands on ("" for a document without sheets)."""
    runs = db.execute("SELECT first_line, last_line, place FROM places WHERE source = ? AND place LIKE '%!%' "
                      "ORDER BY first_line", [source]).fetchall()
    spans = [(first, last, str(place).rsplit("!", 1)[0]) for first, last, place in runs]
    return lambda line: next((name for first, last, name in spans if first <= line <= last), "")


def _yearless(header: str) -> str:
    text = nfkc(header)
    for y in sorted(find_years(text), key=lambda y: -y.start):
        text = text[:y.start] + text[y.end:]
    return _key(text.strip(" の・"))


def _joined_years(keys: list[tuple], years: dict, groups: dict) -> tuple[tuple, list[dict]] | None:
    """The rows of each year's table joined by the column naming them (values unique in each table,
    shared by most rows across them): the cells every year prints alike once, the others per year."""
    common = [h for h in keys[0][1] if not find_years(nfkc(h)) and all(h in k[1] for k in keys)]
    if any(_codes_of_own_rows([[nfkc(str(r["cells"].get(h) or "")).strip() for r in groups[k]] for k in keys])
           for h in common):
        # 指摘番号 5-01… on one sheet, 6-01… on the next: every row numbered anew, each sheet's rows its
        # year's own (the same 課 named again is another finding), no measure followed over the years.
        return None
    name = ""
    for h in common:
        values = [[nfkc(str(r["cells"].get(h) or "")).strip() for r in groups[k]] for k in keys]
        named = [[v for v in vs if v] for vs in values]
        if all(len(set(n)) == len(n) >= 2 for n in named) and all(
                len(v) >= 3 and not re.fullmatch(r"[\d\s,.%A-Za-z()\-]+", v) for n in named for v in n) \
                and len(set(named[0]) & set(named[-1])) >= 0.5 * len(set(named[-1])):
            name = h
            break
    if not name:
        return None
    rows: dict[str, dict] = {}  # by name: each year's row
    place: dict[str, tuple[int, int]] = {}  # by name: where the latest sheet listing it lists it
    for at, k in enumerate(keys):
        for n, r in enumerate(groups[k]):
            named_as = nfkc(str(r["cells"].get(name) or "")).strip()
            if named_as:
                rows.setdefault(named_as, {})[k] = r
                place[named_as] = (-at, n)
    order = sorted(rows, key=place.__getitem__)
    alike = [h for h in common if all(len({str(r["cells"].get(h) or "") for r in by_year.values()}) == 1
                                      for by_year in rows.values())]
    # (a column under a merged header whose other columns change from year to year, 樒坂町 of 「負担割合（％）」
    # over four members, is of each year too, however alike its own figures happen to be)
    alike = [h for h in alike if not any(_under_one_header(h, other) for other in common if other not in alike)]

    def per_year(h: str, k: tuple) -> str:
        return h if find_years(nfkc(h)) else f"{fy_text(next(iter(years[k])))} {h}"

    headers: list[str] = []
    for k in keys:
        for h in k[1]:
            header = h if h in alike else per_year(h, k)
            if header not in headers:
                headers.append(header)
    out = []
    for n in order:
        by_year = rows[n]
        latest = by_year[max(by_year, key=keys.index)]
        cells: dict = {}
        for k, r in sorted(by_year.items(), key=lambda kr: keys.index(kr[0])):
            for h, v in r["cells"].items():
                cells[h if h in alike else per_year(h, k)] = v
        out.append({**latest, "cells": {h: cells[h] for h in headers if h in cells},
                    "sheets": {next(iter(years[k])) for k in by_year}})
    return tuple(headers), out


def _under_one_header(one: str, other: str) -> bool:
    """Two columns printed under one merged header: 「負担割合(%)蔦見町」「負担割合(%)樒坂町」 share the
    header closed by its bracket (or its unit) and differ in what comes after it."""
    a, b = nfkc(one), nfkc(other)
    shared = os.path.commonprefix([a, b])
    cut = max(shared.rfind(")"), shared.rfind("]"))
    return cut >= 2 and len(a) > cut + 1 and len(b) > cut + 1


_ROW_CODE = compiled(r"[A-Za-z]{0,3}\s*[-‐－]?\s*\d{1,4}(?:\s*[-‐－]\s*\d{1,4}){0,2}")


def _codes_of_own_rows(values: list[list[str]]) -> bool:
    """A column of codes (5-01, R-09, No.3) filled on every row, each code once on its sheet and on no
    other sheet: each sheet's rows are items of their own."""
    if any(not vs or not all(vs) for vs in values):
        return False
    if not all(_ROW_CODE.fullmatch(v) for vs in values for v in vs):
        return False
    if any(len(set(vs)) != len(vs) for vs in values):
        return False
    every = [v for vs in values for v in vs]
    return len(set(every)) == len(every) and not all(v.isdigit() for v in every)


def _without_years(title: str, years: set[int]) -> str:
    """「進捗管理表（令和6年度実績）」 of a workbook whose sheets are 令和6年度 and 令和7年度: the first
    sheet's year is not the table's."""
    def drop(m: re.Match) -> str:
        return "" if {y.fiscal_year for y in find_years(nfkc(m.group(1)))} & years else m.group(0)
    title = re.sub(r"\s*[(（]([^()（）]{0,30})[)）]", drop, title).strip()
    # 「三条市行財政改革実施計画 令和6年度 進捗状況」: the year written bare, between spaces, too
    bare = nfkc(title)
    for y in sorted(find_years(bare), key=lambda y: -y.start):
        before, after = bare[:y.start], bare[y.end:]
        if y.fiscal_year in years and (not before or before[-1] == " ") and (not after or after[0] == " "):
            bare = f"{before.rstrip()} {after.lstrip()}".strip()
    return bare if bare != nfkc(title) else title


def _turned(rows: list[dict]) -> list[dict] | None:
    """A table printed on its side (項目 | 取組1 | 取組2 … over 取組名 | 担当課 | 状況 rows): one row per
    numbered column, its cells named by the first column."""
    if len(rows) < 2:
        return None
    headers = list(dict.fromkeys(h for r in rows for h in r["cells"]))
    first, rest = headers[0], headers[1:]
    numbered = [re.fullmatch(r"(\D*?)\s*(\d{1,3})", nfkc(h)) for h in rest]
    if len(rest) < 2 or not all(numbered) or len({m.group(1) for m in numbered}) != 1 \
            or not re.fullmatch(r"項目|区分|事項|項目名|内容|", nfkc(first)):
        return None
    labels = [str(r["cells"].get(first) or "") for r in rows]
    if not all(labels) or len(set(labels)) != len(labels):
        return None
    return [{"key": f"{rows[0]['key']}#{h}", "line": rows[0]["line"], "caption": rows[0]["caption"],
             "heading": rows[0].get("heading", ""),
             "cells": {"番号": m.group(2), **{label: r["cells"].get(h, "") for label, r in zip(labels, rows)}}}
            for h, m in zip(rest, numbered)]


def _merged_headers(headers: tuple, cells: tuple) -> tuple:
    """The columns of both, each new one placed after the column it follows in the row (R8 after R7)."""
    out = list(headers)
    for n, h in enumerate(cells):
        if h not in out:
            before = next((cells[k] for k in range(n - 1, -1, -1) if cells[k] in out), None)
            out.insert(out.index(before) + 1 if before is not None else 0, h)
    return tuple(out)


def _same_table(headers: tuple, cells: tuple) -> bool:
    shared = len(set(headers) & set(cells))
    return shared >= 2 and shared >= 0.6 * min(len(headers), len(cells)) and (
        set(cells) <= set(headers) or set(headers) <= set(cells) or shared >= 0.8 * len(cells))


_NOTED_MEASURE = compiled(r"^※\s*[\d０-９]*\s*([一-龥]{1,6}(?:数|額))(?:は|とは)")


def _noted_measure(db, source: str, table: Table) -> str:
    """「※１ 職員数は正規職員の数…」 under a table of numbers by year: the note says what those numbers are
    (職員数), a word the question may call them by (「職員数（実績）は何人」); "" when no note does."""
    if not any(c.numeric for c in table.columns):
        return ""
    text = db.execute("SELECT text FROM document_texts WHERE source = ?", [source]).fetchone()
    said = {m.group(1) for line in nfkc((text[0] if text else "") or "").splitlines()
            if (m := _NOTED_MEASURE.match(line.strip()))}
    return said.pop() if len(said) == 1 else ""


def _blank_where_group_alone(rows: list[dict], group: str, member: str) -> bool:
    """The member column (課等) blank only on rows whose group (部局, filled on every row, some value on
    several rows) is on that row alone: a 部 of no 課 printed across both columns, not a cell merged down."""
    of = [nfkc(str(r["cells"].get(group) or "")).strip() for r in rows]
    own = [nfkc(str(r["cells"].get(member) or "")).strip() for r in rows]
    counts = Counter(of)
    blank = [i for i, v in enumerate(own) if not v]
    return all(of) and bool(blank) and len(blank) < len(rows) and any(n >= 2 for n in counts.values()) \
        and all(counts[of[i]] == 1 for i in blank) and len(blank) < len(set(of))


def _part_column(columns, rows) -> str:
    """The first column (a short word in every row) splitting the rows into a few runs, each of one value
    printed again and again (計画 │ 前期 ×17 then 後期 ×18): the parts of a table listing two lists; "" where none."""
    for c in columns[:2]:
        if c.numeric or c.header == "見出し" or c.years_inside:
            continue
        values = [nfkc(str(r["cells"].get(c.header) or "")).strip() for r in rows]
        if any(re.search(r"\d", v) for v in values):
            continue  # (年度 │ 令和4年度 ×5 …: a year's rows, not a plan's parts; a thing sold again the next year
            # is the same name twice, m57-028)
        runs = [v for i, v in enumerate(values) if i == 0 or v != values[i - 1]]
        if all(values) and 2 <= len(runs) <= 3 and len(set(runs)) == len(runs) and all(len(v) <= 6 for v in runs) \
                and min(values.count(v) for v in runs) >= 3:
            return c.header
    return ""


def _names_header(header: str) -> bool:
    """Whether a column's header says it holds names (停留所名, 施設名称), its bracketed note aside."""
    key = re.sub(r"\([^()]*\)$", "", nfkc(_key(header)))
    return len(key) >= 3 and re.search(r"[一-龥ァ-ヶ](?:名|名称)$", key) is not None


# 「地区 │ 東山, 西山, 川端 …」: a column of the parts of a town names its rows by their place names, two letters
# long as often as not.
_PLACES_HEADER = re.compile(r"(?:地区|地域|校区|学区|行政区|自治会|町内会)(?:名|名称)?")


def _places_header(header: str) -> bool:
    """Whether a column's header says it holds the names of parts of a town (地区, 校区), its bracketed note aside."""
    return _PLACES_HEADER.fullmatch(re.sub(r"\([^()]*\)$", "", nfkc(_key(header)))) is not None


def _only_text_column(columns: list[Column], rows: list[dict]) -> str:
    """「No. │ 見直し区分 │ 令和4年度 件数 │ 削減額 …」: the one column of words beside the rows' numbers names
    them, however short its words (廃止, 縮小), when each row's is its own; "" otherwise."""
    texts = [c for c in columns if not c.numeric and not c.years_inside and c.header != "見出し"
             and not _NUMBERING_HEADER.search(_key(c.header))]
    if len(texts) != 1 or len(rows) < 2 or not re.search(r"(?:区分|分類|種別|項目)$", _key(texts[0].header)):
        return ""
    # (only beside a column numbering the rows 1, 2, 3 …: a table of 区分 alone, 歳入 │ 歳出 │ 組織, is read as before)
    if not any(_NUMBERING_HEADER.search(_key(c.header)) and all(
            re.fullmatch(r"\d{1,3}", nfkc(str(r["cells"].get(c.header) or "")).strip()) for r in rows) for c in columns):
        return ""
    values = [nfkc(str(r["cells"].get(texts[0].header) or "")).strip() for r in rows]
    if len(set(values)) != len(values) or not all(len(v) >= 2 and not re.fullmatch(r"[\d\s,.%A-Za-z()\-]+", v)
                                                  for v in values):
        return ""
    return texts[0].header


def _group_named_rows(columns: list[Column], rows: list[dict]) -> str:
    """部局 | 課等 where a 部 of several 課 prints its name beside each (総務部 | 人事課) and a 部 of none prints
    it alone across both (市民部, merged A:B): the second column names the rows, and a row it leaves blank is
    named by its group's cell, which is then its own (a group of that one row). "" when the table is not so."""
    texts = [c for c in columns if not c.numeric and not c.years_inside and c.header != "見出し"]
    for group, member in zip(texts, texts[1:]):
        if columns.index(member) != columns.index(group) + 1:
            continue
        if not _blank_where_group_alone(rows, group.header, member.header):
            continue
        of = [nfkc(str(r["cells"].get(group.header) or "")).strip() for r in rows]
        own = [nfkc(str(r["cells"].get(member.header) or "")).strip() for r in rows]
        blank = [i for i, v in enumerate(own) if not v]
        named = [v or g for v, g in zip(own, of)]
        if len(set(named)) != len(named) or not all(len(v) >= 2 and not re.fullmatch(r"[\d\s,.%A-Za-z()\-]+", v) for v in named):
            continue
        for i in blank:
            rows[i]["cells"][member.header] = of[i]
        return member.header
    return ""


class _Apart(tuple):
    """The headers of a second table printing the same columns in one document (問２ after 問１): a key of its
    own among the document's tables, equal to no other."""
    __hash__ = object.__hash__

    def __eq__(self, other) -> bool:
        return self is other

    def __ne__(self, other) -> bool:
        return self is not other


# 「問１ …」「問２ …」「表３ …」: a caption numbered in a series (a survey's questions, a report's tables)
_SERIES_CAPTION = compiled(r"^\s*(問|設問|Q|表)\s*(\d{1,3})(?!\d)")


def _numbered_apart(last: dict, row: dict) -> bool:
    """「問１ …を知っていますか」 and 「問２ …分野は何ですか」 over the same columns (全体 │ 10代 …): two tables of
    one survey, each numbered in the series its caption says, never one table's rows (the first's answers would
    be compared with the second's)."""
    a = _SERIES_CAPTION.match(nfkc(last.get("caption") or ""))
    b = _SERIES_CAPTION.match(nfkc(row.get("caption") or ""))
    return bool(a and b and a.group(1) == b.group(1) and a.group(2) != b.group(2))


def _names_other_rows(headers: tuple, last: dict, row: dict) -> bool:
    """「部門 | 令和2年 … 令和6年」 and, under another heading, 「区分 | 令和2年 … 令和6年」: the same year
    columns of two tables whose first columns differ (departments, then kinds of staff) — another table,
    not the first one's rows (a 合計 of the first must not add the second's)."""
    cells = tuple(row["cells"])
    if not cells or not headers or cells[0] == headers[0] or cells[0] in headers or headers[0] in cells:
        return False
    return (row.get("heading") or "", row.get("caption") or "") != (last.get("heading") or "", last.get("caption") or "")


def _year_series_of(headers, rows: list[dict]) -> bool:
    """Two rows under three or more year columns of figures (再任用職員・任期付職員 by 令和2年…令和6年)
    are a table too: each row is a series users ask by year, not a legend or a pair of labels."""
    if isinstance(headers, str):
        return False
    years = [h for h in headers if find_years(nfkc(str(h)))
             and all(_number(r["cells"].get(h)) is not None for r in rows)]
    return len(years) >= 3


# 「（再掲）うち出張所」「うち女性」「内数」: a row restating part of the row above it (its 内数) is
# neither one more record nor a part of any sum: a count or total over it would count its people twice.
_RESTATED_ROW = compiled(r"^[(（\[［【<〈]?\s*(?:再掲|内数|内訳)\s*[)）\]］】>〉]|^うち\s*[^\s\d]")


def _caption_per_heading(rows: list[dict]) -> bool:
    """Whether the rows stand under several headings, each with a caption of its own (the name a label
    line gives each block) that no other heading shares and that says more than the heading."""
    pairs = {(r.get("heading") or "", r.get("caption") or "") for r in rows}
    headings = {h for h, _ in pairs}
    captions = {c for _, c in pairs}
    return len(headings) >= 2 and len(pairs) == len(headings) == len(captions) and "" not in captions \
        and all(nfkc(c) not in nfkc(h) for h, c in pairs)


# 「回答者数（人）」「n」: the number of people who answered, printed over a survey's percentages.
_BASE_COUNT = compiled(r"^(?:回答者数|回答数|回収数|有効回答数|サンプル数|標本数|対象者数|n)\s*(?:[(（]\s*(?:人|件|票|名|n)\s*[)）])?\s*(?:\s*[=＝]\s*\d[\d,]*)?$",
                         re.IGNORECASE)


# 「年度別の修繕実績」「点検・修繕の実績」: the deeds a table or document records as done
_DEEDS_DONE = re.compile(r"((?:[一-龥]{2}・)*[一-龥]{2})の?実績")


def _deed_cost_forms(columns: list, caption: str, title: str) -> list:
    """The one cost column (事業費, 工事費) of a table recording one deed done (its caption's 「修繕実績」, else its
    document's) said by that deed's cost: 「修繕費」 is its 事業費 (what the rows' deed cost)."""
    costs = [c for c in columns if c.numeric and re.search(r"費$", c.base or "")]
    if len(costs) != 1:
        return columns
    for text in (caption, title):
        deeds = [d for m in _DEEDS_DONE.finditer(_key(text or "")) for d in m.group(1).split("・")]
        if len(deeds) >= 2:
            # (「点検・修繕の実績」 over 年度 | 修繕件数 | 事業費: the deed the table's own columns name)
            deeds = [d for d in deeds if any(d in _key(c.header) for c in columns)]
        if deeds:
            if len(deeds) != 1 or any(f == deeds[0] + "費" for c in columns for f in c.forms):
                return columns
            said = deeds[0] + "費"
            return [replace(c, forms=(*c.forms, said)) if c is costs[0] else c for c in columns]
    return columns


# 「実施なし」「該当なし」 written across a row (merged over its cells) where a year or a group had no record
_NONE_DONE = re.compile(r"(?:実施|実績|該当|対象|修繕|工事|契約|発生|申請|指摘)?(?:なし|無し)")


def _none_done_row(row: dict, headers) -> bool:
    """Whether a row says only that there was nothing (令和5年度 │ 実施なし, the other cells merged into it or blank):
    no record of the table, never counted, listed or coded (「令和5年度に修繕した橋」 has none)."""
    filled = [v for h in headers if (v := "".join(nfkc(str(row["cells"].get(h) or "")).split()))]
    return len(headers) >= 4 and 1 <= len(filled) <= 2 and any(_NONE_DONE.fullmatch(v) for v in filled)


def _header_again(row: dict, headers) -> bool:
    """The header printed again where the table goes on over a page (「（つづき）」 then 提案番号 │ 提案事業名 │ …):
    every cell its own column's name (a heading the row stands under aside), three of them at least."""
    cells = {h: nfkc(str(v or "")).strip() for h, v in row["cells"].items() if str(v or "").strip()}
    named = [h for h, v in cells.items() if v == nfkc(str(h)).strip()]
    return len(named) >= 3 and all(h in named or h == "見出し" for h in cells)


def _is_base_count(row: dict, headers) -> bool:
    """「回答者数（人） │ 1,028 │ 62 │ …」 over a table in ％ (its caption says so): how many answered in each
    column, the base of its percentages, no answer of theirs (「70代以上が一番多い項目」 is never it, 241%)."""
    if isinstance(headers, str) or not headers:
        return False
    label = nfkc(str(row["cells"].get(headers[0]) or "")).strip()
    return bool(_BASE_COUNT.match(label)) and bool(re.search(r"単位\s*[:：]\s*[%％]", nfkc(row.get("caption") or "")))


def _is_tally(row: dict, rows: list[dict], headers) -> bool:
    """「オンライン申請開始（●）の件数 | 5 | 5 | 4」 under columns of marks (●/○ by year): a row counting the
    marks of the rows above it, no row of theirs. Two of its cells at least are numbers where every other
    row prints marks (or nothing)."""
    if isinstance(headers, str):
        return False
    counted = 0
    for h in headers[1:]:
        own = nfkc(str(row["cells"].get(h) or "")).strip()
        if _number(own) is None:
            continue
        # (| 実施団体数（○） | 12 | … | over | 検討団体数（△） | 3 | …: the other tally rows mark nothing; only
        # the rows printing marks say the column is one of marks)
        others = [nfkc(str(r["cells"].get(h) or "")).strip() for r in rows if r is not row and _marks_some(r)]
        filled = [v for v in others if v not in _EMPTY]
        if filled and all(v in _TALLIED_MARKS for v in filled):
            counted += 1
    return counted >= 2


def _marks_some(row: dict) -> bool:
    """Whether a row prints a mark (○, △ …) in some cell."""
    return any(nfkc(str(v or "")).strip() in _TALLIED_MARKS for v in row["cells"].values())


# (○ 実施中 │ △ 検討中 of a legend: a survey's matrix counts each mark in a row of its own)
_TALLIED_MARKS = _MARKS | {"△", "▲", "×", "✕"}


def _is_restated(cells: dict, headers: tuple) -> bool:
    return any(_RESTATED_ROW.match(nfkc(str(cells.get(h) or "")).strip()) for h in headers[:3])


_BRACKETED_GROUP = compiled(r"^[【［\[〔]\s*(\S{1,6})\s+(\S.*?)\s*小計\s*[】］\]〕]")


def _name_groups(rows: list[dict], body: list[dict], headers: tuple) -> None:
    """「【Ⅵ　公営住宅　小計】」 under rows whose 分類 is Ⅵ: the subtotal names the group its code stands for;
    the rows' code cell says the name too (「Ⅵ 公営住宅」), so 「公営住宅の延床面積」 finds them (in place)."""
    names: dict[str, str] = {}
    for r in rows:
        if r in body:
            continue
        for h in headers[:2]:
            m = _BRACKETED_GROUP.match(nfkc(str(r["cells"].get(h) or "")).strip())
            if m:
                names[m.group(1)] = m.group(2).replace(" ", "")
    if len(names) < 2:
        return
    for h in headers:
        cells = [nfkc(str(r["cells"].get(h) or "")).strip() for r in body]
        if cells and all(c in names for c in cells if c) and sum(1 for c in cells if c) * 2 > len(cells):
            for r, c in zip(body, cells):
                if c:
                    r["cells"][h] = f"{c} {names[c]}"
            return


_BRACKETED_TOTAL = compiled(r"^[【［\[〔]([^】］\]〕]*?(?:小計|合計|総計)|計)[】］\]〕]")
_ROUND_TOTAL = compiled(r"[(（][一-龥ァ-ヶー・]{0,8}計[)）]")


# (「小計（Ⅰ　7項目）　達成率／判定内訳」: the count of its rows inside the brackets, and what its cells hold after them)
_GROUP_TOTAL = compiled(r"^(?:小計|合計|総計)(?:[(（][^()（）]{0,8}(?:[IVX]{1,4}|\d{1,2})(?:\d{1,4}[一-龥ァ-ヶー]{1,3})?[)）]"
                          r"(?:[一-龥ァ-ヶー]{0,6}\d{1,4}[一-龥ァ-ヶー]{0,3}|[一-龥ァ-ヶー]{2,8}(?:[/／・][一-龥ァ-ヶー]{2,8}){0,3})?"
                          r"|[一-龥ァ-ヶー]{0,6}\d{1,4}[一-龥ァ-ヶー]{0,3})$")


_COLUMN_TOTAL = compiled(r"^(?:合計|総計|小計|計)[(（]([^()（）]{2,12})[)）]$")


def _headers_unitless(headers) -> set[str]:
    """The headers' keys without a bracketed unit: 効果額実績 of 「効果額実績（千円）」."""
    return {_key(re.sub(r"\s*[(（][^()（）]*[)）]", "", nfkc(str(h)))) for h in headers}


_NAMED_SUBTOTAL = compiled(r"[^\s]{1,12}\s+(?:小計|合計|計)")
_WHOLE_NAME = compiled(r"全庁|全市|全町|全村|市全体|町全体|村全体")
_FIGURE_CELL = compiled(r"^[+\-−△▲]?\d[\d,]*(?:\.\d+)?\s*(?:%|％|人|件|時間|日|円|千円)?$|^[-‐ー－―/／]$")


def _figures_only(cells: dict, headers) -> bool:
    """Whether every filled cell under these headers is a figure (or a dash), at least one filled."""
    filled = [nfkc(str(cells.get(h) or "")).strip() for h in headers]
    filled = [v for v in filled if v]
    return bool(filled) and all(_FIGURE_CELL.match(v) for v in filled)


def _is_total(cells: dict, headers: tuple) -> bool:
    first = [nfkc(str(cells.get(h) or "")).strip() for h in headers[:2]]
    if first and re.fullmatch(r"\d{1,4}", first[0]) and re.search(r"番号|^no\.?$|^№$", _key(str(headers[0]))):
        first = first[:1]  # 「No. 1 | 全体 | 意見…」: a numbered row is one of them (全体 is where it is about)
    elif first and not first[0] and re.search(r"番号|^no\.?$|^№$", _key(str(headers[0]))):
        # 「 | 総務部 | 部計 | …」 under No. | 部 | 課: an unnumbered row's labels are the next columns'
        first = [nfkc(str(cells.get(h) or "")).strip() for h in headers[1:3]]
    if any(_TOTAL_ROW.match(v.replace(" ", "")) for v in first if v):
        return True
    # 「総務部　小計」 in the number column, merged over the labels: the group's name, a space, then 小計 totals the
    # group's rows above it (a space apart, never part of a record's own name)
    if any(_NAMED_SUBTOTAL.fullmatch(v) for v in first if v):
        return True
    # 「全庁 | 988 | 998 | …」 under 部局 rows: the whole office named alone, every other cell a figure, is their
    # total (ranked or counted among them it would be one more 部局); beside text (「全庁 | RPA導入…」) it is
    # where a row applies, a row of its own.
    if first and _WHOLE_NAME.fullmatch(first[0].replace(" ", "")) and _figures_only(cells, headers[1:]):
        return True
    # 「【Ⅰ　学校教育系施設　小計】 5施設」「【合　計】 30施設」: a bracketed label ending in 小計/合計 (a count or
    # area after it) totals the rows above it, wherever the page breaks put it
    if any(_BRACKETED_TOTAL.match(v.replace(" ", "")) for v in first if v):
        return True
    # 「（市税計）」 among 税目 rows, every other cell a figure: a group's sum printed in round brackets to set it
    # apart from the rows it sums (ranked or compared it would be one more 税目)
    if first and _ROUND_TOTAL.fullmatch(first[0].replace(" ", "")) and _figures_only(cells, headers[1:]):
        return True
    # 「小計（柱Ⅰ）　取組数５件」「合計　取組数２１件」: a subtotal naming its group in brackets, a count of the rows
    # it totals after it, totals the rows above it too
    if any(_GROUP_TOTAL.match(v.replace(" ", "")) for v in first if v):
        return True
    # 「合計（効果額実績）」: a total naming in brackets the column it sums (its unit aside) totals the rows above it
    if any((m := _COLUMN_TOTAL.match(v.replace(" ", ""))) and _key(m.group(1)) in _headers_unitless(headers)
           for v in first if v):
        return True
    if any(_RESTATED_ROW.match(nfkc(str(cells.get(h) or "")).strip()) for h in headers[:3]):
        return True
    # 「教育施設 |  | 小計 | 733 …」 under 分類 │ 施設番号 │ 施設名: the group's name merged down beside its rows, the
    # number left blank and the name cell saying 小計 totals the group's rows above it, no facility of it
    said = [nfkc(str(cells.get(h) or "")).replace(" ", "").strip() for h in headers[:3]]
    if len(said) == 3 and not said[1] and said[0] and _TOTAL_ROW.match(said[2]):
        return True
    # 「市税 | 市税計」: a row named by its group's name (the merged cell before it) and 計 is the group's
    # subtotal, not one more record of it.
    said = [nfkc(str(cells.get(h) or "")).replace(" ", "").strip() for h in headers[:3]]
    return any(v and any(g and v in (g + "計", g + "小計", g + "合計") for g in said[:n]) for n, v in enumerate(said))


def _fill_merged(headers: list[str], rows: list[dict]) -> None:
    """A category printed once over the rows it spans (a merged cell: 施設分類 「スポーツ施設」 beside four
    facilities, 取組方針 on its first measure only): every row under it holds it, so 「スポーツ施設で何施設」
    counts four. Only a column left of the rows' names, written on the first row, whose values are words
    (not numbers, years or marks) and blank somewhere: a sparse column right of the names (備考) is notes.
    Two categories at least, each written once where it begins (「重点」 on some rows, the same word again
    and again, marks those rows only)."""
    def text(r: dict, h: str) -> str:
        v = nfkc(str(r["cells"].get(h) or "")).strip()
        return "" if v in _EMPTY else v

    starts: list[tuple[str, tuple[int, ...]]] = []  # the categories filled, and the rows each was printed on
    for n, h in enumerate(headers):
        values = [text(r, h) for r in rows]
        if values and all(values) and len(set(values)) == len(values) and all(len(v) >= 3 for v in values):
            break  # the names of the rows: nothing right of them is a category of theirs
        if values and all(values):
            # (a category already held by every row of it, 重点1 重点1 重点2 …: where each run begins)
            runs = tuple(i for i, v in enumerate(values) if not i or v != values[i - 1])
            if 2 <= len(runs) < len(values):
                starts.append((h, runs))
        filled = [v for v in values if v]
        if n and _blank_where_group_alone(rows, headers[n - 1], h):
            continue  # (部局 | 課等 with a 部 of no 課 alone on its row: no category printed once; _group_named_rows)
        if not values or not values[0] or len(filled) == len(values) or len(filled) > len(values) // 2 \
                or len(filled) < 2 or any(a == b for a, b in zip(filled, filled[1:])) \
                or any(_number(v) is not None or find_years(v, calendar=True) or _date(v) or v in _MARKS
                       or _LEGEND_CELL.match(v) for v in filled):
            continue
        starts.append((h, tuple(i for i, v in enumerate(values) if v)))
        _fill_down(headers, rows, h, values)
    # 「重点 │ No. │ 指標 … │ 重点評価」 with 重点評価 printed on each 重点's first row only (a cell merged down
    # the rows of its 重点, right of the names): the category's own value, every row of it holds it
    for h in headers:
        if h in {c for c, _ in starts}:
            continue
        values = [text(r, h) for r in rows]
        printed = tuple(i for i, v in enumerate(values) if v)
        if len(printed) >= 2 and len(printed) < len(values) and any(printed == at for _, at in starts) \
                and (not any(values[i] in _MARKS for i in printed)  # (a schedule's marks say a year each, no group's)
                     or _group_grade(h)):  # (総合評価 ◎ merged down its 基本目標's rows: the group's grade)
            _fill_down(headers, rows, h, values)


def _fill_continued(headers: list[str], rows: list[dict]) -> None:
    """One record over two rows (「A-2 │ 配水池の耐震… │ 工務係」 then 「A-2 │ │ 浄水係」: a second 担当係 with its
    own schedule): the second row repeats the number and leaves the name blank. It is the same record — its
    name is the first row's, and it is marked `continues` so the record is counted once (its conditions are
    still judged row by row: a schedule of either row is the record's)."""
    def text(r: dict, h: str) -> str:
        v = nfkc(str(r["cells"].get(h) or "")).strip()
        return "" if v in _EMPTY else v

    numbers = [h for h in headers if _NUMBERING_HEADER.search(_key(h))]
    if len(numbers) != 1 or len(rows) < 3:
        return
    num = numbers[0]
    values = [text(r, num) for r in rows]
    repeats = [i for i in range(1, len(rows)) if values[i] and values[i] == values[i - 1]]
    if not repeats or len(repeats) * 2 > len(rows) or len(set(values)) < 3:
        return
    # the names: a text column filled on every row but the repeats (blank there), each name its own
    names = [h for h in headers[headers.index(num) + 1:]
             if all(not text(rows[i], h) for i in repeats)
             and all(text(r, h) for i, r in enumerate(rows) if i not in repeats)
             and len({text(r, h) for i, r in enumerate(rows) if i not in repeats}) == len(rows) - len(repeats)
             and all(_number(text(r, h)) is None for i, r in enumerate(rows) if i not in repeats)]
    if not names:
        return
    for i in repeats:
        for h in names:
            rows[i]["cells"][h] = rows[i - 1]["cells"].get(h)
        rows[i]["continues"] = True


def _group_grade(header: str) -> bool:
    """A column grading what a row belongs to, said of no year (総合評価, 評価): its marks are grades, no schedule's."""
    h = nfkc(header)
    return bool(re.search(r"評価|判定|評点", h)) and not find_years(h, calendar=True) and not re.search(r"年度|年", h)


def _fill_down(headers: list[str], rows: list[dict], h: str, values: list[str]) -> None:
    last = ""
    for r, v in zip(rows, values):
        last = v or last
        if not v:
            cells = {**r["cells"], h: last}
            r["cells"] = {k: cells[k] for k in (*headers, *cells) if k in cells}  # in the header's order




def _bare_fiscal_years(headers: list[str], rows: list[dict]) -> None:
    """「実施年度（西暦）」 printing 2026, 2027 (「－」 where none): each value a fiscal year said bare, read as
    「2026年度」 so that 「2027年度までに」「令和8年度に」 hold on it as on a column printing 令和8年度."""
    for h in headers:
        if "年度" not in nfkc(h):
            continue
        values = [nfkc(str(r["cells"].get(h) or "")).strip() for r in rows]
        filled = [v for v in values if v and v not in _EMPTY]
        if len(filled) >= 2 and all(re.fullmatch(r"(?:19|20)\d{2}", v) for v in filled):
            for r, v in zip(rows, values):
                if v in filled:
                    r["cells"] = {**r["cells"], h: f"{v}年度"}


# A code of parts longer than a number (「III-1-(1)」, 「2-3-(12)」): a number still, however many letters it takes.
_LONG_CODE = compiled(r"(?:[IVX]{1,4}|\d{1,2}|[A-Z])(?:-(?:\d{1,2}|\(\d{1,2}\))){1,3}")
# (「意見No.」「提案№」: the word of what is numbered before the No., as 意見番号)
_NUMBERING_HEADER = compiled(r"番号|(?:^|(?<=[一-龥ァ-ヶー]))(?:no\.?|№)$|^#$")
# 「記号」「コード」 over Ａ…Ｅ, 「符号」 over 1-1…: a column of codes the document names its rows by, when its
# cells are such (each row its own short code, no mark of a grade: ◎ ○ △ repeat)
# 「回」「開催回」「回次」 over 1, 2, 3: which meeting of a series a row is
_ORDINAL_HEADER = compiled(r"(?:開催)?回|回次|第?回目?")
# (「手続ID」「施設コード」: the word of what the rows are, then ID or コード: still the rows' codes)
# (「大区分記号」 over Ａ…Ｄ: the codes of the divisions the table's rows are)
_CODE_HEADER = compiled(r"^(?:(?:[一-龥]{1,4})?(?:記号|符号)|(?:[一-龥ぁ-んァ-ヶー]{1,6})?(?:こーど|code|id))$")


def _own_codes(values: list[str], rows: list[dict]) -> list[str]:
    """The codes a record of its own prints (a merged record's once; merged_records.py)."""
    own = codes_with_merged(values, rows)
    return values if own is None else own


def _codes_of_rows(values: list[str]) -> bool:
    values = [nfkc(v).strip() for v in values]
    return len(values) >= 2 and all(values) and len(set(values)) == len(values) \
        and all(len(v) <= 8 and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9\-.]*", v) for v in values)

# A cell that is a code, not a word: a Roman numeral (Ⅱ, II), a number, a letter and numbers (K-1, 2-3).
# (「取組 │ 取組名」 over (1), (2) …: a number in brackets, as the document's own list of 取組(1)〜(8) numbers them)
_CODE_CELL_RE = compiled(r"(?:[IVX]{1,4}|[A-Z]{0,2}[-‐]?\d{1,3}(?:[-‐]\d{1,3})*|\(\d{1,2}\))")


def _code_column_of_name(columns, rows, name: str) -> str:
    """「方針 │ 推進方針名」: a column left of the naming one, headed by a word its header is named by (方針 of
    推進方針名), each cell a distinct short code (Ⅰ, Ⅱ …): the rows' number, as a 番号 column is. "" when none."""
    named = _key(re.sub(r"(?:名称|名)$", "", name))
    # (「柱 │ 柱の名称」: a word of one character is the name's own word only when the name is that word's)
    own = re.sub(r"の$", "", named)
    for c in columns:
        if c.header == name:
            break
        head = _key(c.header)
        if not (head == own or (len(head) >= 2 and head in named)):
            continue
        values = [nfkc(str(r["cells"].get(c.header) or "")).strip() for r in rows]
        if values and all(_CODE_CELL_RE.fullmatch(v) for v in values) and len(set(values)) == len(values):
            return c.header
    return ""


def _lettered_column(columns, rows) -> str:
    """「委員 │ 区分 …」 over Ａ委員, Ｂ委員 …: a column whose every cell is a letter or small number and the
    column's own word (a roster naming its members by letter, as minutes and reports call them), each row its
    own: the rows' printed code, as a 番号 column's (「Ｃ委員」). "" when none."""
    for c in columns:
        head = _key(c.header)
        if c.numeric or not re.fullmatch(r"[一-龥ぁ-んァ-ヶ]{1,4}", head):
            continue
        values = [nfkc(str(r["cells"].get(c.header) or "")).strip() for r in rows]
        if len(values) >= 2 and len(set(values)) == len(values) \
                and all(re.fullmatch(r"(?:[A-Za-z]|\d{1,2})" + re.escape(head), v) for v in values):
            return c.header
    return ""


def _grade_letters_column(columns, rows, name: str) -> str:
    """「判定 │ 状態 │ 対応の考え方」 over A, B, C, D: a legend's first column of one letter per row, each its own, beside
    the words naming the rows — the letter is the row's printed code (「Dの対応の考え方」). "" when none."""
    first = next((c for c in columns if c.header != "見出し"), None)
    if first is None or first.numeric or first.header == name or len(rows) < 2:
        return ""
    values = [nfkc(str(r["cells"].get(first.header) or "")).strip() for r in rows]
    return first.header if len(set(values)) == len(values) and all(re.fullmatch(r"[A-Z]", v) for v in values) else ""


def _unkey_graded_legends(tables: list) -> None:
    """A legend keyed by its letters (_grade_letters_column) whose letters another table of the same document grades
    its rows by (判定 │ 合計点 beside 補助金名 │ … │ 判定 of A–D): there the letters are the scale's values, which 「ＣかＤの
    補助金」 asks of the graded rows; the legend keeps no codes of its own."""
    for t in tables:
        if not t.number or _grade_letters_column(t.columns, t.rows, t.name) != t.number:
            continue
        letters = {nfkc(str(r["cells"].get(t.number) or "")).strip() for r in t.rows}
        if any(o is not t and o.source == t.source and any(
                not c.numeric and _key(t.number) in _key(c.header)
                and ({nfkc(str(r["cells"].get(c.header) or "")).strip() for r in o.rows} - {""}) <= letters
                for c in o.columns) for o in tables):
            t.number = ""


def _word_serial(columns: list, name: str) -> bool:
    """「方針 │ 名称 │ 令和4年度 …」 over 1, 2, 3 in turn: a first column headed by a word of what the rows are (no
    measure: 件数, 金額, 人) beside the column naming them numbers the rows (方針1 is the row 1), no amount."""
    if len(columns) < 2 or not name or columns[1].header != name:
        return False
    word = _key(columns[0].header)
    return bool(re.fullmatch(r"[一-龥]{1,4}", word)) and not re.search(r"[数額率量点人件円年月日度]$", word)


def _word_numbered(header: str, values: list[str]) -> bool:
    """A column (重点) whose every cell is its own header's word and a number, each its own (重点1, 重点2 …):
    the rows' numbering, not their names."""
    word = nfkc(header).strip()
    if not 1 <= len(word) <= 6 or len(values) < 2:
        return False
    # (「基本目標 │ 目標1, 目標2 …」: the header's word printed short, its last two characters or more)
    # (「設問 │ 問1, 問2-1 …」: a survey's questions printed by the last character of the header, numbered with a
    # sub-number under one question)
    tails = [word[i:] for i in range(0, max(len(word) - 1, 1))] + ([word[-1]] if re.fullmatch(r"[一-龥]{2}", word) else [])
    for said in tails:
        found = [re.fullmatch(re.escape(said) + r"\s*(\d{1,3}(?:\s*[-‐－]\s*\d{1,2})?|[Ⅰ-Ⅻ]{1,4})", nfkc(v).strip())
                 for v in values]
        if all(found) and len({m.group(1) for m in found}) == len(found):
            return True
    return False


# 「〃」「同上」 in a cell: the same as the cell above it (a category printed once, then its ditto marks).
_DITTO = {"〃", "″", "”", "同上", "々"}


def _fill_ditto(headers: list[str], rows: list[dict]) -> None:
    """A cell printing a ditto mark holds the value of the same column on the row above (that row's own
    value, or the one its mark stood for)."""
    for h in headers:
        last = ""
        for r in rows:
            v = nfkc(str(r["cells"].get(h) or "")).strip()
            if v in _DITTO and last:
                r["cells"] = {**r["cells"], h: last}
            else:
                last = v


# 「2業務の効率化・デジタル化」「3 地域社会のデジタル化」: a row's number printed inside its name cell
_NUMBER_IN_NAME = compiled(r"(\d{1,2})(?:\s+|(?![\d.,%:：/)）年月日号条項歳人件円]))(\S.{1,})")


def _number_of_names(headers: list[str], rows: list[dict]) -> list[str]:
    """A table with no numbering column whose first column's names all begin with a small number, the
    numbers running up row by row (a name repeated over several rows keeps its number): the number is
    the rows' printed numbering (番号), the name what follows it."""
    if not rows or any(_NUMBERING_HEADER.search(_key(h)) for h in headers):
        return headers
    first = next((h for h in headers if h not in ("見出し", "item")), "")
    if not first or headers.index(first) > 1:
        return headers
    found = [_NUMBER_IN_NAME.fullmatch(nfkc(str(r["cells"].get(first) or "")).strip()) for r in rows]
    if not all(found):
        return _number_after_word(headers, rows, first)
    numbers = [int(m.group(1)) for m in found]
    if len(set(numbers)) < 2 or any(b < a for a, b in zip(numbers, numbers[1:])) \
            or any(len({m.group(2) for m, n in zip(found, numbers) if n == k}) != 1 for k in set(numbers)):
        return headers
    for r, m in zip(rows, found):
        r["cells"] = {"番号": m.group(1), **r["cells"], first: m.group(2).strip()}
    at = headers.index(first)
    return [*headers[:at], "番号", *headers[at:]]


# 「基本目標1 女性職員の活躍推進」: the word the column is named by, then the row's number, then its name
_WORD_NUMBER_NAME = compiled(r"([^\W\d]{2,8}?)\s*(\d{1,2})(?:\s+|(?![\d.,%:：/)）年月日号条項歳人件円]))(\S.{1,})")


def _number_after_word(headers: list[str], rows: list[dict], first: str) -> list[str]:
    """A first column (基本目標) whose every name begins with its own header's word and a number running up
    (基本目標1 …, 基本目標2 …): that number is the rows' printed numbering (番号); the name stays as printed.
    A name spanning several rows (a merged cell over a goal's two 数値目標) keeps its number on each of them."""
    word = _key(nfkc(first))
    found = [_WORD_NUMBER_NAME.fullmatch(nfkc(str(r["cells"].get(first) or "")).strip()) for r in rows]
    if len(rows) < 2 or not all(found) or any(_key(m.group(1)) != word for m in found):
        return headers
    numbers = [int(m.group(2)) for m in found]
    names = [" ".join(m.group(3).split()) for m in found]
    # (a number repeated only on the rows after its first, under the same name: the merged cell's rows)
    if any(b < a or (b == a and y != x) for a, b, x, y in zip(numbers, numbers[1:], names, names[1:])) \
            or len(set(numbers)) < 2:
        return headers
    for r, m in zip(rows, found):
        r["cells"] = {"番号": m.group(2), **r["cells"]}
    at = headers.index(first)
    return [*headers[:at], "番号", *headers[at:]]


_HAVE_MARKS = {"○", "〇", "◯", "●"}
_NOT_MARKS = {"×", "✕", "✖", "-", "－", "―", "ー", ""}


def _members_of_marks(headers: list[str], rows: list[dict]) -> list[str]:
    """「参加市」 over a column per city (鷭ヶ淵市 | 蒼沼市 | …) marked ○ where the city takes part, × where not:
    one column 参加市 listing the cities marked ○ on each row (「鷭ヶ淵市が参加していない」「両方が参加」 read
    as of a cell listing the members); the marks' columns give way to it."""
    names = {h: nfkc(h) for h in headers}
    marked = [h for h in headers if rows and all(nfkc(str(r["cells"].get(h) or "")).strip() in _HAVE_MARKS | _NOT_MARKS
                                                 for r in rows)
              and any(nfkc(str(r["cells"].get(h) or "")).strip() in _HAVE_MARKS for r in rows)]
    by_group: dict[str, list[tuple[str, str]]] = {}
    for h in marked:
        m = re.fullmatch(r"(.{2,}?[)）]?)\s*([一-龥々ァ-ヶぁ-ゖー]{1,6}(?:市|町|村|区))", names[h])
        if m is not None:
            by_group.setdefault(m.group(1), []).append((h, m.group(2)))
    for group, members in by_group.items():
        word = re.sub(r"\s*[(（][^()（）]*[)）]\s*", "", group).strip()
        if len(members) < 3 or len({n for _, n in members}) != len(members) or len(word) < 2 or word in headers \
                or not re.search(r"(?:市|町|村|区|団体|自治体)(?:名)?$", word):
            continue
        for r in rows:
            listed = [n for h, n in members if nfkc(str(r["cells"].get(h) or "")).strip() in _HAVE_MARKS]
            r["cells"] = {**{k: v for k, v in r["cells"].items() if k not in {h for h, _ in members}},
                          word: "、".join(listed) or "－"}
        at = headers.index(members[0][0])
        headers = [*[h for h in headers[:at]], word, *[h for h in headers[at:] if h not in {x for x, _ in members}]]
        for r in rows:  # (the cells in the headers' order)
            r["cells"] = {h: r["cells"].get(h, "") for h in headers}
    return headers


# 「審査点数」 over 「①効果性（30）」…「合計（100）」: a score's group header (点数, 得点, 評点, 点), then a part's
# circled number (read as a digit) and name, or the total of the parts
_SCORE_PART = compiled(r"(?P<group>.*?(?:点数|得点|評点|点))(?:\d{1,2})(?P<part>[一-龥ァ-ヶー]{2,8})")
_SCORE_TOTAL = compiled(r"(?P<group>.*?(?:点数|得点|評点|点))(?P<total>合計|計|総計|平均)")


def _score_part_forms(columns: list[Column]) -> list[Column]:
    """The parts of a score said by their own names (「効果性が15点未満」 of 審査点数 ①効果性) and its total said as
    users say a total score (「合計点」「平均点」), where no other column is said so."""
    said: dict[str, list[str]] = {}
    for c in columns:
        if not c.numeric:
            continue
        part, total = _SCORE_PART.fullmatch(c.base), _SCORE_TOTAL.fullmatch(c.base)
        if part:
            said[c.header] = [part.group("part")]
        elif total:
            word = "平均点" if total.group("total") == "平均" else "合計点"
            said[c.header] = [word, word + "数"]
    taken = {f for c in columns for f in (c.base, *c.forms)}
    return [replace(c, forms=tuple(sorted(dict.fromkeys((*c.forms, *(w for w in said[c.header] if w not in taken))),
                                          key=len, reverse=True))) if c.header in said else c for c in columns]


# 「時間外勤務時間」「休日勤務時間」「時間外労働時間」: hours of a kind of work, the kind before 勤務/労働.
_WORK_HOURS = compiled(r"(?P<kind>[一-龥]{2,4}?)(?P<work>勤務|労働)(?:時間|時間数)")


def _work_hours_forms(columns: list[Column]) -> list[Column]:
    """Hours of a kind of work are said by the kind of work alone, as staff say them: 時間外勤務時間 is
    「時間外勤務」 and 「時間外」 (「時間外が3000時間超え」), where no other column is said so; and people past the
    bound of those hours by the bound as their verb (年360時間超の人数: 「年360時間を超えた職員」)."""
    said: dict[str, list[str]] = {}
    for c in columns:
        m = _WORK_HOURS.fullmatch(c.base) if c.numeric else None
        if m:
            said[c.header] = [m.group("kind") + m.group("work"), m.group("kind")]
        elif c.numeric and (over := people_over_bound_forms(c.base)):
            said[c.header] = over
    taken = {c.header: {f for o in columns if o.base != c.base for f in (o.base, *o.forms)} for c in columns}
    return [replace(c, forms=tuple(sorted(dict.fromkeys((*c.forms, *(w for w in said[c.header] if w not in taken[c.header]))),
                                          key=len, reverse=True))) if c.header in said else c for c in columns]


def _table(source: str, doc_title: str, headers: list[str], rows: list[dict]) -> Table:
    headers = _members_of_marks(list(headers), rows)
    headers = years_under_period(headers, rows)  # 「計画期間」 over Ｒ７…Ｒ11: the years, no measure
    headers = split_unit_column(headers, rows)  # 「指標（単位）」 over 「基金残高（百万円）」: the name, its unit apart
    _fill_continued(headers, rows)  # (before any filling down: its name is left blank as printed)
    mark_merged_records(headers, rows)  # (K-06 merged down over its two old sections: one record)
    _fill_ditto(headers, rows)
    headers = code_of_headings(headers, rows)  # 「■ H-101 …」 over each block's table: the row is H-101's
    scores_out_of(headers, rows)  # 「13／20」: a score of 13
    headers = _number_of_names(headers, rows)
    _fill_merged(headers, rows)
    _bare_fiscal_years(headers, rows)
    letters_of_graded(headers, rows)  # 「A（順調に進んでいる）」: the grade A
    headers, split_forms = split_cells(headers, rows)  # (a period's two days, a figure per year in one cell)
    columns = [_column(h, [r["cells"].get(h) for r in rows]) for h in headers]
    columns = pair_year_before(columns)  # 総合評価 | 前年度総合評価（Ｒ５実施）: one measure's two years
    columns = side_forms(columns)  # 旧組織 課 | 新組織 課, 職員数 旧 | 新: 「新しい課」「職員数（新）」 say a side
    columns = day_part_forms(columns)  # 午前 | 午後 | 夜間: 「夜使うと」 says 夜間
    columns = [replace(c, forms=(*c.forms, *(f for f in split_forms.get(c.header, ()) if f not in c.forms)))
               for c in columns]
    # 「年間時間外勤務時間 合計」 (a merged measure cell) is said 「時間外勤務の年間合計」: the period word moved to the
    # total it is of, the measure without the unit it is counted in, where no other column is said so.
    for c in list(columns):
        moved = re.fullmatch(r"(年間|月間|年度)(.{3,}?)(合計|総数)", c.base) if c.numeric else None
        if moved:
            inner = [moved.group(2)] + ([moved.group(2)[:-2]] if re.fullmatch(r".{3,}時間", moved.group(2)) else [])
            said = [f for w in inner for f in (f"{w}の{moved.group(1)}{moved.group(3)}", f"{w}{moved.group(1)}{moved.group(3)}")
                    if f not in c.forms]
            said = [w for w in said if not any(w in o.forms for o in columns if o.base != c.base)]
            if said:
                columns = [replace(o, forms=(*o.forms, *said)) if o is c else o for o in columns]
    columns = _work_hours_forms(columns)  # 時間外勤務時間: 「時間外」「時間外勤務」
    # 「一人当たり月平均」: the question is read with its kanji numerals as digits (「1人当たり」), so a header
    # printing them is said that way too.
    columns = [replace(c, forms=(*c.forms, *dict.fromkeys(k for f in c.forms if (k := kanji_numbers(f)) != f
                                                          and k not in c.forms))) for c in columns]
    if any(c.year is not None and not c.marks and not c.numeric for c in columns):
        # A timeline whose other years print words (検討・実施) beside its marks: a year of →/● only is one
        # more of its stages, no schedule of marks by itself.
        columns = [replace(c, marks=False) if c.marks and c.year is not None and not all(
            nfkc(str(r["cells"].get(c.header) or "")).strip() in _MARKS | {""} for r in rows) else c for c in columns]
    # 分野評価 of 2023 | 2024 | 2025 printing ◎○△×, one year ○◎ only: that year's column is graded as its
    # siblings are (◎ 順調), no timeline of marks (○ done that year).
    # (only a measure said as a grade, 評価 / 判定 / 達成度: a timeline's 実施予定 of ○ and △ keeps its marks)
    graded_bases = {c.base for c in columns if c.year is not None and c.base and not c.marks and not c.numeric
                    and re.search(r"評価|判定|評点|達成度|進捗", c.base)
                    and (vs := {nfkc(str(r["cells"].get(c.header) or "")).strip() for r in rows} - {""})
                    and vs <= _MARKS | _GRADE_MARKS and vs & _GRADE_MARKS}
    columns = [replace(c, marks=False) if c.marks and c.base in graded_bases else c for c in columns]
    # 「委員会評価」 is said as 評価 too, when no other column ends so (「…の評価は？」).
    tails = [m.group(0) if (m := _TAIL_WORD.search(c.base)) and m.group(0) != c.base else "" for c in columns]
    # (one measure by year, 分野評価 of 2023 | 2024 | 2025: one column said so, whichever year picks)
    tail_bases = {t: {c.base for c, x in zip(columns, tails) if x == t} for t in set(tails) if t}
    columns = [replace(c, forms=(*c.forms, tail)) if tail and tail not in c.forms and len(tail_bases[tail]) == 1
               and (tails.count(tail) == 1 or (c.year is not None and tail in ("評価", "判定")))
               and not any(tail in o.forms for o in columns if o is not c and o.base != c.base) else c
               for c, tail in zip(columns, tails)]
    # 「年間影響額」 is said 影響額 (「影響額の合計」): the period every amount of a row is of, said or not,
    # where no other column is said so (年間寄附額 beside 第1四半期寄附額 keeps its 年間).
    # (「本町の年間負担額」: the period after whose amount it is, said 負担額 as well; its change printed beside it,
    # 「本町の年間負担額 対前年度増減」, is that amount's change, no other amount said so)
    spans = {c.header: m.group(1) for c in columns if c.numeric and (
        m := _PERIOD_LEAD.fullmatch(c.base) or _PERIOD_LEAD.fullmatch(re.sub(r"^[一-龥ァ-ヶー々ヶノ]{1,8}の", "", c.base))
        or _ESTIMATE_LEAD.fullmatch(c.base))}
    columns = [replace(c, forms=(*c.forms, spans[c.header])) if c.header in spans and spans[c.header] not in c.forms
               and not any((spans[c.header] in o.base or spans[c.header] in o.forms)
                           and not _CHANGE_OF.fullmatch(o.base[len(c.base):] if o.base.startswith(c.base) else "-")
                           # (「件数増減」 beside 年間件数: the change of the amount said short, no other amount)
                           and not _CHANGE_OF.fullmatch(o.base[len(spans[c.header]):] if o.base.startswith(spans[c.header]) else "-")
                           for o in columns if o is not c)
               else c for c in columns]
    graded = {h for h in headers if (vs := [nfkc(str(r["cells"].get(h) or "")).strip() for r in rows])
              and all(_LEGEND_CELL.match(v) for v in vs if v and v not in _EMPTY) and any(v and v not in _EMPTY for v in vs)}
    columns = _sibling_forms(columns, graded)
    columns = _score_part_forms(columns)  # 審査点数 over ①効果性 … 合計: 「効果性」「合計点」
    # 「重点項目」 of a column 重点 printing 重点1, 重点2 …: the items the column numbers, said with 項目
    columns = [replace(c, forms=(*c.forms, c.header + "項目")) if not c.numeric and len(c.header) >= 2
               and len(printed := {nfkc(str(r["cells"].get(c.header) or "")).strip() for r in rows} - {""}) >= 2
               and all(re.fullmatch(re.escape(nfkc(c.header)) + r"\s*\d{1,3}", v) for v in printed)
               and not any(c.header + "項目" in o.forms or o.header == c.header + "項目" for o in columns) else c
               for c in columns]
    # 「削減台数」 over 削減予定台数 R7年度 | R8年度 | R9年度 | 削減計: the count with no year said is the
    # total column of the same stem (計), said with the count's word (台数) of its yearly columns.
    for c in list(columns):
        stem = re.fullmatch(r"(.{2,4})計", c.base) if c.numeric and c.year is None else None
        yearly = [o for o in columns if stem and o.numeric and o.year is not None and o.base.startswith(stem.group(1))]
        counter = re.search(r"[台件人回校]数$", yearly[0].base) if yearly else None
        if counter:
            said = stem.group(1) + counter.group(0)
            if not any(said in o.forms for o in columns):
                columns = [replace(o, forms=(*o.forms, said)) if o is c else o for o in columns]
    # 「臨時職員」 over フルタイム | パートタイム | 計 (a header of two rows): the group said alone
    # is its 計 column, the whole of the parts beside it (not one part of it, nor every column).
    for c in list(columns):
        # (「負担金合計」 over 杣ノ木町 | 苧環村 | 合計: the group is 負担金, not 負担金合)
        whole = re.fullmatch(r"(.{2,}?)(?:計|合計|小計)", c.base) if c.numeric else None
        parts = [o for o in columns if whole and o is not c and o.numeric and o.base.startswith(whole.group(1))]
        if parts and not any(whole.group(1) in o.forms for o in columns):
            columns = [replace(o, forms=(*o.forms, whole.group(1))) if o is c else o for o in columns]
    # 「年間削減見込額」 is said 削減額 (「削減額を合計すると」): an amount expected is the amount, where no
    # other column is said so (an 効果額実績 beside it keeps its own).
    for c in list(columns):
        plain = re.sub(r"見込み?(?=額)", "", c.base) if c.numeric else c.base
        lead = _PERIOD_LEAD.fullmatch(plain)
        said = [w for w in dict.fromkeys((plain, lead.group(1) if lead else "")) if w and w != c.base and w not in c.forms]
        said = [w for w in said if not any(w in o.forms or o.base == w for o in columns if o is not c)]
        if said:
            columns = [replace(o, forms=(*o.forms, *said)) if o is c else o for o in columns]
    # 「平均取得日数」 is said 取得日数 (「全庁平均の取得日数は？」): a table printing only the average of a measure per
    # row gives it as the row's figure, where no other column is said so (a 取得日数合計 beside it keeps its own).
    for c in list(columns):
        # (「平均待ち時間」 said 待ち時間: okurigana inside the measure's word too)
        bare = re.fullmatch(r"平均([一-龥ァ-ヶー][一-龥ァ-ヶーぁ-ん]{1,7})", c.base) if c.numeric else None
        said = [bare.group(1)] if bare and bare.group(1) not in c.forms else []
        said = [w for w in said if not any(w in o.forms or w in o.base for o in columns if o.base != c.base)]
        if said:
            columns = [replace(o, forms=(*o.forms, *said)) if o is c else o for o in columns]
    # 「取扱件数」 is said 件数 (「Ｒ６の件数が2,500件以上」): a count named by what is counted, said by its counter
    # alone where no other column counts so (one measure over years, R5 | R6, is one column said so).
    for c in list(columns):
        counted = re.fullmatch(r"[一-龥]{1,4}((?:件|人|回|台|者)数)", c.base) if c.numeric else None
        tail = counted.group(1) if counted else ""
        if tail and tail not in c.forms and not any(
                (tail in o.base or tail in o.forms) for o in columns if o.base != c.base):
            columns = [replace(o, forms=(*o.forms, tail)) if o.base == c.base else o for o in columns]
    # 「近隣３町村平均」 is said 近隣平均, 近隣町村平均: the count of the places it is over left out, where no other
    # column is said so.
    for c in list(columns):
        counted = _PLACES_COUNTED.fullmatch(c.base) if c.numeric else None
        said = [w for w in dict.fromkeys((counted.group(1) + counted.group(4),
                                          counted.group(1) + counted.group(3) + counted.group(4))) if w not in c.forms] \
            if counted else []
        said = [w for w in said if not any(w in o.forms or o.base == w for o in columns if o is not c)]
        if said:
            columns = [replace(o, forms=(*o.forms, *said)) if o is c else o for o in columns]
    # 「実績値」「目標値」 are said 実績, 目標 (「令和6年度の実績と目標値」), where no other column is said so
    # (実績 of 効果額 | 計画 | 実績 beside a 実績値 of its indicator).
    stems = {c.header: c.base[:-1] for c in columns if c.numeric and re.fullmatch(r"(?:実績|目標|基準|計画)値", c.base)}
    columns = [replace(c, forms=(*c.forms, stems[c.header])) if c.header in stems
               and not any(stems[c.header] in o.forms for o in columns if o.base != c.base) else c for c in columns]
    # and 「目標」「実績」 are said 目標値, 実績値 (「R7の目標値は？」), where no other column is said so
    valued = {c.header: c.base + "値" for c in columns if c.numeric and c.base in ("実績", "目標", "基準", "計画")}
    columns = [replace(c, forms=(*c.forms, valued[c.header])) if c.header in valued and valued[c.header] not in c.forms
               and not any(valued[c.header] in o.forms or o.base == valued[c.header] for o in columns if o.base != c.base)
               else c for c in columns]
    # 「主な配置先」 is said 配置先 (「その配置先はどこ」), where no other column is said so.
    mains = {c.header: c.base[2:] for c in columns if c.base.startswith("主な") and len(c.base) >= 4}
    columns = [replace(c, forms=(*c.forms, mains[c.header])) if c.header in mains
               and not any(mains[c.header] in o.forms for o in columns if o is not c) else c for c in columns]
    # 「連携市町村」 is said 連携町村 (「…事業の連携町村は？」): the towns and villages a city's table lists with
    # it, said without the city, where no other column is said so.
    towns = {c.header: c.base[:-3] + "町村" for c in columns
             if not c.numeric and re.fullmatch(r"[一-龥]{1,4}市町村", c.base)}
    columns = [replace(c, forms=(*c.forms, towns[c.header])) if c.header in towns and towns[c.header] not in c.forms
               and not any(towns[c.header] in o.forms or o.base == towns[c.header] for o in columns if o is not c)
               else c for c in columns]
    # 「スマートフォン決済アプリ」 is said スマートフォン決済 (「スマホ決済で払えない税目」): the way of paying named
    # without the tool that carries it, where no other column is said so.
    tools = {c.header: m.group(1) for c in columns if not c.numeric
             and (m := re.fullmatch(r"(.{3,}[一-龥])(?:あぷり|しすてむ|さーびす)", c.base))}  # (katakana read as hiragana)
    columns = [replace(c, forms=(*c.forms, tools[c.header])) if c.header in tools and tools[c.header] not in c.forms
               and not any(tools[c.header] in o.forms or tools[c.header] in o.base for o in columns if o is not c)
               else c for c in columns]
    # 「スマホ決済」「クレカ」: the everyday short form staff type for a word the header prints in full (short_forms.py)
    from assistant.query.short_forms import SHORT_FORMS
    columns = [replace(c, forms=(*c.forms, *short)) if not c.numeric and (short := [
        f.replace(_key(full), _key(brief)) for f in dict.fromkeys((c.base, tools.get(c.header, "")))
        for brief, full in SHORT_FORMS if f and _key(full) in f
        and f.replace(_key(full), _key(brief)) not in c.forms]) else c for c in columns]
    # 「進捗状況」 is said 進捗 (「令和7年度の進捗は？」): the state said by what it is the state of, where no
    # other column is said so (a column of grades, A B C: not 実施状況 of 実施済 | 未実施, whose verb is said).
    states = {c.header: c.base[:-2] for c in columns
              if not c.numeric and c.header in graded and re.fullmatch(r"[一-龥]{2,4}状況", c.base)}
    columns = [replace(c, forms=(*c.forms, states[c.header])) if c.header in states and states[c.header] not in c.forms
               and not any(states[c.header] in o.forms or o.base == states[c.header]
                           for o in columns if o.base != c.base)
               else c for c in columns]
    # 「協定締結日」 is said 協定を結んだ日 (「協定を結んだ日が他と違う」), 「契約締結日」 契約を結んだ日: the day
    # of the signing said by its verb.
    signed = {c.header: m.group(1) for c in columns if (m := re.fullmatch(r"([一-龥]{2,4})締結日", c.base))}
    columns = [replace(c, forms=(*c.forms, *(f for f in (f"{signed[c.header]}を結んだ日", f"{signed[c.header]}を締結した日",
                                                          f"{signed[c.header]}締結の日") if f not in c.forms)))
               if c.header in signed else c for c in columns]
    # 「改定案」 (a revision proposed, 料金 over 現行 | 改定案) is said 改定後 too, where no column is.
    proposed = [c for c in columns if c.numeric and re.search(r"(?:改定|見直し)案$", c.base)]
    if len(proposed) == 1 and not any("改定後" in f for c in columns for f in c.forms):
        columns = [replace(c, forms=(*c.forms, "改定後", "改定後の料金", "改定後料金")) if c is proposed[0] else c for c in columns]
    # 「改定前」 of 現行 | 改定後 (a revision): the amount in force is the one before it.
    if any(c.numeric and c.base.startswith("改定後") for c in columns):
        columns = [replace(c, forms=(*c.forms, "改定前" + c.base[2:])) if c.numeric and c.base.startswith("現行")
                   and not any("改定前" + c.base[2:] in o.forms for o in columns) else c for c in columns]
    # 「実職員数が目標を上回った」 over 計画目標職員数: a plan or result word inside one amount's name only
    # (a difference, 目標との差, aside) says that column.
    for word in ("目標", "実績", "計画", "見込", "予算", "決算"):
        plain = [c for c in columns if c.numeric and c.year is None and not re.search(r"(?:差|増減|差引|差額|比)$", c.base)]
        holders = [c for c in plain if word in c.base and c.base != word]
        if len(holders) == 1 and not any(word in o.forms for o in columns):
            # (「2028年度の財政効果額（実績）」 over 2028年度 実績額 … beside 4年間の計 実績額: the word is the
            # years' series' too, the year said picking one; one series only)
            series = [c for c in columns if c.numeric and c.year is not None and word in c.base and c.base != word
                      and not re.search(r"(?:差|増減|差引|差額|比)$", c.base)]
            series = series if len({c.base for c in series}) == 1 and len(series) >= 2 else []
            columns = [replace(c, forms=(*c.forms, word)) if c is holders[0] or c in series else c for c in columns]
    # 「評価」 over 有効性 | 総合評価 joined as 評価有効性: a column of grades is said by its lower label.
    # 「利用者満足度」 is said 満足度 (「令和6年度の満足度が85％以上」): whose figure it is, said before it, left
    # out, where no other column is said so (市民満足度 beside 利用者満足度 keeps both).
    # 「市出資比率」「町負担額」 likewise: the municipality's own figure is said without it (「出資比率は？」).
    whose = {c.header: m.group(1) for c in columns
             if (m := re.fullmatch(r"(?:利用者|市民|住民|参加者|来館者|来場者|受講者|回答者|入館者|施設利用者|市|町|村|県)の?"
                                   r"([一-龥ァ-ヶー]{2,}(?:率|度|数|者数|件数|回数|人数|額))", c.base))}
    columns = [replace(c, forms=(*c.forms, whose[c.header])) if c.header in whose and whose[c.header] not in c.forms
               and not any(whose[c.header] in o.forms or o.base == whose[c.header] or (
                   o.header in whose and whose[o.header] == whose[c.header]) for o in columns if o.base != c.base)
               else c for c in columns]
    lowers = {c.header: m.group(1) for c in columns if c.header in graded
              and (m := re.fullmatch(r"(?:評価|判定|評定)の?(.{2,})", c.base))}
    columns = [replace(c, forms=(*c.forms, lowers[c.header])) if c.header in lowers and lowers[c.header] not in c.forms
               and not any(lowers[c.header] in o.forms for o in columns) else c for c in columns]
    # 「費用負担（％）」「負担（%）」: each row's share of a cost, said 負担割合・負担率 (「…の負担割合は何％」), when no
    # other column is said so
    shares = {c.header: m.group(1) for c in columns if c.numeric and (c.unit in ("%", "％") or re.search(r"[%％]", c.header))
              and (m := re.fullmatch(r"(?:[一-龥]{1,4})?(負担|分担|出資)", c.base))}
    columns = [replace(c, forms=(*c.forms, *(f for f in (shares[c.header] + "割合", shares[c.header] + "率")
                                             if f not in c.forms)))
               if c.header in shares and len(shares) == 1
               and not any(shares[c.header] + "割合" in o.forms for o in columns if o is not c) else c for c in columns]
    # 「ツールを入れている」 over 導入ツール: a column of what was brought in is said by the thing alone, when no
    # other column is
    tails = {c.header: m.group(1) for c in columns if not c.numeric
             and (m := re.fullmatch(r"(?:導入|使用|採用)([一-龥ぁ-んァ-ヶー]{2,})", c.base))}
    columns = [replace(c, forms=(*c.forms, tails[c.header])) if c.header in tails
               and not any(tails[c.header] in o.forms or o.base == tails[c.header] for o in columns if o.base != c.base)
               else c for c in columns]
    # 「廃止件数 │ 縮小件数 │ … │ 合計件数」: the total's column is not said 「件数の合計」, which of 「廃止件数の合計」 is the
    # sum of a category's counts over the rows
    for c in columns:
        whole = re.fullmatch(r"(?:合計|計|総計)(.{2,})", c.base) if c.numeric else None
        if whole and sum(1 for o in columns if o is not c and o.numeric and o.base.endswith(whole.group(1))
                         and o.base != whole.group(1)) >= 2:
            # (nor 「合計」 alone: 「…件数の合計」 adds up, 「合計件数」 still names it)
            drop = {f"{whole.group(1)}の合計", f"{whole.group(1)}合計", f"{whole.group(1)}の計", f"{whole.group(1)}計",
                    "合計", "計", "総計"}
            columns = [replace(x, forms=tuple(f for f in x.forms if f not in drop)) if x is c else x for x in columns]
    # (「実施時期」 said of 実施予定年度 only when no column is itself named so)
    bases = {c.base for c in columns}
    columns = [replace(c, forms=tuple(f for f in c.forms if not (f.endswith("時期") and f != c.base and f in bases)))
               for c in columns]
    if "見出し" in headers and not any(f in c.forms for c in columns for f in _GROUP_WORDS):
        # The headings the rows sit under (（1）廃止, 基本方針2) are what users call their 区分.
        columns = [replace(c, forms=(*c.forms, *_GROUP_WORDS)) if c.header == "見出し" else c for c in columns]
    if "見出し" in headers:
        # ...and by what every heading is: 基本方針 of 「基本方針1 …」「基本方針2 …」, 部 of 企画部・総務部.
        said = [nfkc(str(r["cells"].get("見出し") or "")).strip() for r in rows]
        leads = {m.group(1) if (m := re.match(r"([一-龥]{2,6})\s*\d", v)) else "" for v in said}
        tails = {v[-1:] for v in said}
        named = [w for w in (*leads, *tails) if w and len(leads if w in leads else tails) == 1
                 and (w in leads or w in "部課局室") and not any(w in c.forms for c in columns)]
        columns = [replace(c, forms=(*c.forms, *named)) if c.header == "見出し" else c for c in columns]
    name = ""
    # (施設名 under 電気使用量 and again under 都市ガス使用量: one name per row of each heading)
    # (only where every heading holds several rows: a heading per row, its title, says nothing of them)
    under = [str(r["cells"].get("見出し") or "") for r in rows] if "見出し" in headers else [""] * len(rows)
    if min(Counter(under).values(), default=0) < 2:
        under = [""] * len(rows)
    part = _part_column(columns, rows)
    if part:
        # (two plans' rows in one table, 計画 │ 前期 … then 後期 …: a name recurs once per part)
        under = [u + "\t" + nfkc(str(r["cells"].get(part) or "")) for u, r in zip(under, rows)]
    # (a column said to hold names, 停留所名 of 東浜, 松原, names its rows in two characters too, but only where no column
    # names them in three or more: 地区名 │ 施設名 of one facility per 地区 is named by the facility)
    from assistant.query.tables.short_names import item_names_column
    name = "" if rows and all(r.get("by_heading") for r in rows) else item_names_column(columns, rows, under)
    for relaxed in (False, True) if not name else ():
        for c in columns:
            if rows and all(r.get("by_heading") for r in rows):
                name = "見出し"  # (each heading's rows its years, joined: the heading names them)
                break
            values = [nfkc(str(r["cells"].get(c.header) or "")) for r in rows]
            filled = [v for v in values if v.strip()]
            # (a record over two rows, the second continuing the first: its name once)
            own = [(u, v) for u, v, r in zip(under, values, rows) if not r.get("continues")]
            if (not c.numeric and not c.years_inside and len(filled) == len(values)
                    and (c.header != "見出し" or not any(under))  # (a heading per row names it)
                    and len(set(own)) == len(own)
                    and not differs_in_record(rows, c.header)  # (旧課 of a 統合: two within one merged record)
                    # (「氏名」 of a roster, 山田 | 佐藤: a person's name of two kanji names the row)
                    # (「地区」 of a town's districts, 新町 | 東山: a place's name of two kanji names the row too, where no
                    # column names the rows in three or more)
                    # (「停留所名（乗降ポイント）」 of 東浜, 松原: a column said to hold names names its rows in two too)
                    and all(len(v) >= (2 if re.fullmatch(r"(?:委員)?氏名|名前", _key(c.header))
                                       or (relaxed and (_names_header(c.header) or re.fullmatch(
                                           r"地区(?:名)?|地域(?:名)?|校区(?:名)?|自治会(?:名)?", _key(c.header)))) else 3)
                            and not re.fullmatch(r"[\d\s,.%A-Za-z()\-]+", v) for v in filled)):
                if not name and (_NUMBERING_HEADER.search(_key(c.header)) or _word_numbered(c.header, values)):
                    name = c.header  # 番号 printing 「重点1」: the rows' name only when no column beside it names them
                    continue
                name = c.header
                break
        if name:
            break
    if not name and rows:
        name = _group_named_rows(columns, rows)
    if not name and rows:
        name = _only_text_column(columns, rows)
    if not name and rows:
        from assistant.query.tables.short_names import level_forms, short_names_column, thing_forms
        name = short_names_column(columns, rows)  # (部門 │ 議会, 税務, 民生: names of two characters)
        columns = level_forms(columns, name)  # (部門 merged over 一般行政 │ 議会: the header's word names the parts)
        columns = thing_forms(columns, name)  # (部屋区分 │ 和室: 「…部屋は」 asks the rooms)
    if not name and rows:
        from assistant.query.tables.tally_names import tally_name_column
        name = tally_name_column(columns, rows)  # (提出方法 │ 提出者数: 持参, FAX name their rows)
    number = next((c.header for c in columns if c.header != name and _NUMBERING_HEADER.search(_key(c.header))
                   and all(len(str(r["cells"].get(c.header) or "")) <= 8
                           or _LONG_CODE.fullmatch(nfkc(str(r["cells"].get(c.header) or "")).strip()) for r in rows)), "") \
        or next((c.header for c in columns if c.header != name and _CODE_HEADER.search(_key(c.header))
                 and _codes_of_rows(_own_codes([str(r["cells"].get(c.header) or "") for r in rows], rows))), "")
    # (No. 1, 2, 3 … beside 管理番号 R5-3-01: the printed code keys the rows, not their serial)
    number = code_over_serial([c.header for c in columns], rows, number, name, lambda h: bool(
        _NUMBERING_HEADER.search(_key(h)) or _CODE_HEADER.search(_key(h))))
    if not number:
        # 「重点 │ 項目名」 printing 重点1, 重点2 …: the column's own word and a number numbers the rows
        number = next((c.header for c in columns if c.header != name and _word_numbered(
            c.header, [nfkc(str(r["cells"].get(c.header) or "")) for r in rows])), "")
    if not number and name:
        number = _code_column_of_name(columns, rows, name)
    if not number:
        number = _lettered_column(columns, rows)
    if not number:
        number = _grade_letters_column(columns, rows, name)
    if not number and name and len(rows) >= 2 and all(
            str(r["key"]).endswith(":" + "".join(nfkc(str(r["cells"].get(name) or "")).split())) for r in rows):
        number = name  # (a cross table's column turned into a row, keyed by its name: crosstab.py)
    if not number:
        from assistant.query.tables.name_led_codes import name_led_codes
        number, columns = name_led_codes(columns, rows, name, _column)  # (設問 │ 問1 運行本数: 問1 keys the row)
    if not number:
        from assistant.query.tables.month_rows import months_numbering
        number = months_numbering(columns, rows)  # (月 │ 令和6年4月 …: a row per month, keyed by its month)
    if not number and columns and (_ORDINAL_HEADER.fullmatch(_key(columns[0].header)) or _word_serial(columns, name)) \
            and [nfkc(str(r["cells"].get(columns[0].header) or "")).strip() for r in rows] == [str(n + 1) for n in range(len(rows))]:
        # 「回 │ 開催日 │ 地区 │ 参加者数」: the 回 a meeting was (1, 2, 3 in turn) numbers the rows; no amount to
        # compare or add (「参加者が一番多かった回」 compares 参加者数)
        number = columns[0].header
        columns = [replace(columns[0], numeric=False), *columns[1:]]
    caption = next((r["caption"] for r in rows if r["caption"]), "")
    columns = caption_sides(columns, caption)  # (「部別管理職数」 over 旧 | 新 | 増減: the measure's sides)
    unit = re.search(r"単位\s*[:：]\s*([^)）\s]+)", nfkc(caption))
    # (「（単位：件、円）」 gives each kind of column its own unit: no one unit of every number)
    from assistant.query.tables.column_units import with_labelled_units

    labelled = with_labelled_units(columns, caption)  # 「（単位：面積 ㎡、評価額 千円）」: each measure its own
    # 「単位：円（消費税…を含む）、落札率：％」: a column's own unit named after the common one; that column has it, and
    # the common one (its bracketed note aside) is no unit of every number (a count of 参加者数 is in none)
    named = dict(re.findall(r"[、,]\s*([^、,:：()（）\s]{1,12})\s*[:：]\s*([^、,)）\s]{1,6})", nfkc(caption)[unit.end():])) \
        if unit and labelled is None else {}
    if labelled is not None:
        columns = labelled
    elif named:
        columns = [replace(c, unit=c.unit or named[c.header]) if c.numeric and c.header in named else c for c in columns]
    elif unit and not re.search(r"[、,・/]", unit.group(1)):  # 「（単位：千円）」 in the caption is the unit of its numbers
        # (not of a count beside the amounts, 入札者数 under 「（単位：円）」: 5 bidders are no 5 yen)
        columns = [replace(c, unit=c.unit or unit.group(1)) if c.numeric and not (
            "円" in unit.group(1) and re.search(r"(?:件|人|者|回|校|社|団体)数$", c.base)) else c for c in columns]
    elif unit:  # 「（単位：円、人）」: each unit of its kind of figure (units_listed.py)
        from assistant.query.tables.units_listed import units_by_kind
        columns = units_by_kind(columns, unit.group(1))
    # 「乗車」「降車」 of a table in 人 are said 乗車人数 (「乗車人数が多い順」): the count of people of what the column
    # names, where no other column is said so
    peopled = {c.header: c.base + "人数" for c in columns if c.numeric and c.unit == "人"
               and re.fullmatch(r"[一-龥]{2,4}", c.base or "") and not re.search(r"(?:数|者|率|人)$", c.base)}
    columns = [replace(c, forms=(*c.forms, peopled[c.header])) if c.header in peopled
               and not any(peopled[c.header] in o.forms for o in columns) else c for c in columns]
    # 「除却」「建替え」 of a table in 百万円 (a cost per kind of work) are said 除却費・建替え費 (「除却費が計上されている
    # 年度」): the cost of what the column names, where no other column is said so
    costed = {c.header: c.base + "費" for c in columns if c.numeric and re.search(r"円$", c.unit or "")
              and re.fullmatch(r"[一-龥ぁ-んァ-ヶー]{2,8}", c.base or "") and not re.search(r"(?:費|額|金|料|計|円|数|率)$", c.base)}
    columns = [replace(c, forms=(*c.forms, costed[c.header])) if c.header in costed
               and not any(costed[c.header] in o.forms for o in columns) else c for c in columns]
    # 「合計」 of a table in 点 is said 合計点 (「令和5年度に合計点が一番高かった施設」), where no other column is said so
    pointed = {c.header: c.base + "点" for c in columns if c.numeric and c.unit == "点" and c.base in ("合計", "計", "平均", "総合")}
    columns = [replace(c, forms=(*c.forms, pointed[c.header])) if c.header in pointed and pointed[c.header] not in c.forms
               and not any(pointed[c.header] in o.forms or o.base == pointed[c.header] for o in columns if o.base != c.base)
               else c for c in columns]
    # 「計画」「実績」 in an amount of money (百万円) are said 計画額, 実績額 (「実績が計画額を上回った」), where no other column is said so
    priced = {c.header: c.base + "額" for c in columns if c.numeric and c.base in ("実績", "計画", "予算", "決算")
              and "円" in (c.unit or "")}
    columns = [replace(c, forms=(*c.forms, priced[c.header])) if c.header in priced and priced[c.header] not in c.forms
               and not any(priced[c.header] in o.forms or o.base == priced[c.header] for o in columns if o.base != c.base)
               else c for c in columns]
    from assistant.query.tables.money_words import money_forms
    columns = money_forms(columns)  # (「交付金が出てる」 of 交付額)
    columns = points_in_time(columns)  # (進捗状況 Ｒ５年度末 │ Ｒ６年度末 │ Ｒ７．９月末: one series by year)
    columns = _year_total_said(columns, doc_title)
    columns = _quarter_total_said(columns)
    columns = _measure_of_title(columns, doc_title)
    columns = _previous_year_beside(columns, doc_title)
    from assistant.query.tables.participant_counts import participant_forms

    columns = participant_forms(columns)  # (入札者数 said 参加者数: the one count of those taking part)
    from assistant.query.tables.count_stems import count_stem_forms

    columns = count_stem_forms(columns, rows)  # (待機児童数 said 待機児童: what it counts)
    from assistant.query.tables.shared_tails import shared_tail_forms

    columns = shared_tail_forms(columns, doc_title)  # (選定法人 | 次点法人: 次点 says its column)
    # 「税目」「費目」: rows named 個人市民税, 固定資産税 … (every name ending in 税) are the taxes the word 税目
    # says, whatever the column is headed (区分, 年度・区分), where no column is said so already
    tails = {nfkc(str(r["cells"].get(name) or "")).strip()[-1:] for r in rows} if name else set()
    if len(rows) >= 3 and len(tails) == 1 and (tail := next(iter(tails))) in ("税", "費") \
            and not any(f"{tail}目" in c.forms for c in columns):
        columns = [replace(c, forms=(*c.forms, f"{tail}目")) if c.header == name else c for c in columns]
    if name and re.fullmatch(r"[一-龥]{2,4}(?:区分|分類)", _key(name)):
        # 「使途区分」 naming the rows is said 使途 too (「寄附額がいちばん多い使途」「使途ごと」)
        stem = re.sub(r"(?:区分|分類)$", "", _key(name))
        if not any(stem in c.forms for c in columns):
            columns = [replace(c, forms=(*c.forms, stem)) if c.header == name else c for c in columns]
    columns = rank_forms(columns)  # 「一番人気」 of 返礼品1位 | 2位 | 3位
    from assistant.query.tables.group_sums import group_sums  # 「在籍児童数」 over 0歳 | 1・2歳 | 3〜5歳: their sum

    from assistant.query.tables.period_sums import period_sums  # 「前期の事業費」 over 前期（R8〜R12） │ Ｒ８ … Ｒ12

    columns, periods = period_sums(columns, rows, _column)
    rates = _rates_of_counts(columns, rows) + _per_person(columns, rows, number) + per_case(columns, rows, _column) \
        + group_sums(columns, rows, _column) + periods
    from assistant.query.tables.target_rates import target_rates  # 「達成率」 of 令和6年度目標 | 令和6年度実績

    rates += target_rates(columns, rows, _column)
    from assistant.query.tables.caption_total import caption_total  # 「設問別の回答件数」 over 満足 | … | 不満: a row's sum

    rates += caption_total(columns, rows, _column, caption)
    table = Table(source, doc_title, caption, columns + [c for c, _ in rates], rows, name, number)
    table.derived = {c.header: how for c, how in rates}
    return table


_PREVIOUS_ONLY = compiled(r"(?:前年度|前年|昨年度)(?:値|実績)?")


def _previous_year_beside(columns: list[Column], doc_title: str) -> list[Column]:
    """リスク値 | 前年度 | 増減 in 「令和7年度 リスク評価一覧」: a column headed only 前年度 right after a
    column of numbers is that measure's figure of the year before the report's; the two are the measure's
    years (令和7年度 and 令和6年度 リスク値), the header kept as printed."""
    from assistant.query.tables.cells import _report_years

    years = _report_years(doc_title)
    if len(years) != 1:
        return columns
    fy = next(iter(years))
    out = list(columns)
    for i, c in enumerate(columns):
        prev = columns[i - 1] if i else None
        if prev is None or not _PREVIOUS_ONLY.fullmatch(_key(c.header)) or c.year is not None or not c.numeric \
                or not prev.numeric or prev.year is not None or not prev.base or prev.dates:
            continue
        if any(o.base == prev.base and o is not prev for o in columns):
            continue
        out[i - 1] = replace(prev, year=fy)
        out[i] = replace(c, year=fy - 1, base=prev.base, unit=c.unit or prev.unit,
                         forms=(*(f"{w}{between}{f}" for w in (_key(c.header),) for f in prev.forms for between in ("の", "")),
                                *c.forms, *(f for f in prev.forms if f not in c.forms)))
    return out


def _rates_of_counts(columns: list[Column], rows: list[dict]) -> list[tuple[Column, str]]:
    """「出席率がいちばん低かった会議」 over 出席委員数 | 委員数: a count of some of a whole (出席 of 委員数) beside
    the whole is a rate users ask by its first word and 率 (出席率), though no column prints it: the part
    ÷ the whole × 100 of each row (to one decimal; a row lacking either has none), as a column of its own
    named so (its header says how it is had). Only counts (…数), only when no column is so called."""
    out = []
    said = {f for c in columns for f in c.forms}
    for part in columns:
        for whole in columns:
            if part is whole or not (part.numeric and whole.numeric) or not whole.base.endswith("数") \
                    or not part.base.endswith(whole.base) or len(part.base) - len(whole.base) < 2:
                continue
            stem = part.base[:-len(whole.base)]
            if not re.fullmatch(r"[一-龥]{2,4}", stem) or stem + "率" in said:
                continue
            header = f"{stem}率(%)"
            for r in rows:
                a, b = _number(r["cells"].get(part.header)), _number(r["cells"].get(whole.header))
                r["cells"][header] = f"{a / b * 100:.1f}" if a is not None and b else ""
            column = _column(header, [r["cells"][header] for r in rows])
            out.append((replace(column, forms=(*column.forms, f"{stem}率")), f"{part.header}÷{whole.header}×100"))
            said.add(stem + "率")
    return out


_CHANGE_BASE = compiled(r"^(?:増減|差|対前年|前年比|比較)")


def _per_person(columns: list[Column], rows: list[dict], number: str = "") -> list[tuple[Column, str]]:
    """「職員1人当たりの使用量がいちばん多い部」 over 職員数（人） | 使用量（千枚）: each figure of a row divided
    by its count of people of the same year (to two decimals), a column of its own named 「職員1人当たり使用量」
    (its header says how it is had). Only a count of people (…数, in 人) and figures of another unit that
    are no change (増減) or rate; never the column numbering the rows (No. 1, 2, 3 is no figure per person)."""
    out = []
    people = [c for c in columns if c.numeric and c.unit == "人" and c.base.endswith("数") and len(c.base) >= 2]
    for p in people:
        stem = p.base[:-1]
        for m in columns:
            if m is p or m.header == number or not m.numeric or m.unit in ("人", "%", "％") or m.year != p.year or not m.base \
                    or _CHANGE_BASE.match(m.base) or m.base.endswith(("率", "数")):
                continue
            year = fy_text(p.year) + " " if p.year is not None else ""
            header = f"{year}{stem}1人当たり{m.base}" + (f"({m.unit}/人)" if m.unit else "")
            for r in rows:
                a, b = _number(r["cells"].get(m.header)), _number(r["cells"].get(p.header))
                r["cells"][header] = f"{a / b:.2f}" if a is not None and b else ""
            out.append((_column(header, [r["cells"][header] for r in rows]), f"{m.header}÷{p.header}"))
    return out


_QUARTER = compiled(r"第?[1-4一二三四]四半期")
_QUARTER_TOTAL = compiled(r"(年度計|年間計|年計|年度合計|年間合計|合計|計)")


def _quarter_total_said(columns: list[Column]) -> list[Column]:
    """「第1四半期 … 第4四半期 | 年度計」 (each over 件数 | 金額 when the header has two rows): the total
    columns are what 「年間」 says (「年間の件数」「年間いくら」)."""
    if sum(bool(_QUARTER.match(c.base)) for c in columns if c.numeric) < 3:
        return columns
    out = []
    for c in columns:
        quarter = _QUARTER.match(c.base) if c.numeric else None
        m = _QUARTER_TOTAL.match(c.base) if c.numeric else None
        if quarter is not None and quarter.end() < len(c.base):
            # 「第1四半期」 said alone of 第1四半期 件数 | 金額: either, the word said with it picks one
            # (tables/question.py reads the two words together)
            out.append(replace(c, forms=(*c.forms, quarter.group(0))))
            continue
        if m is None:
            out.append(c)
            continue
        rest = c.base[m.end():].lstrip("の")
        said = ["年間", "年間の合計", "年間合計"] + ([f"年間の{rest}", f"年間{rest}", f"{rest}の年間合計", m.group(1)] if rest else [])
        out.append(replace(c, forms=tuple(sorted(dict.fromkeys((*c.forms, *said)), key=len, reverse=True))))
    return out


# 「寄附実績」「利用実績」 in a title: what the table's amounts and counts are of (寄附額, 寄附件数).
# (「寄附実績」, and 「…寄附金の使途について」: the money a table of 金額 counts, named by a word of its own)
_TITLE_MEASURE = compiled(r"([一-龥]{2})実績|(?<![一-龥])([一-龥]{2})金(?![額一-龥])")


def _measure_of_title(columns: list[Column], doc_title: str) -> list[Column]:
    """Columns named 金額 or 件数 in a table of 「寄附実績」 are said 寄附額, 寄附金額, 寄附件数 (what
    the title says they count), in every form they are said by."""
    m = _TITLE_MEASURE.search(nfkc(doc_title))
    if m is None:
        return columns
    noun = m.group(1) or m.group(2)
    out = []
    for c in columns:
        added = []
        if c.numeric:
            for f in c.forms:
                if "金額" in f and noun not in f:
                    # (「寄附受入額」: the amount received is the amount)
                    added += [f.replace("金額", noun + "額"), f.replace("金額", noun + "金額"),
                              f.replace("金額", noun + "受入額")]
                elif "件数" in f and noun not in f:
                    added.append(f.replace("件数", noun + "件数"))
        out.append(replace(c, forms=tuple(sorted(dict.fromkeys((*c.forms, *added)), key=len, reverse=True))) if added else c)
    return out


_MONTH = compiled(r"(?:令和\d+年度?|\d{4}年度?)?\s*(?:1[0-2]|[1-9])月(?:分)?")  # (「令和7年度4月」: a year over its months)
_YEAR_TOTAL = compiled(r"(?:年間|年度|年)?(?:合計|計|累計)")
# What the people a monthly count of 人 counts are called when its year's total is asked
# (「年間利用者数」「年間の来館者」): the total column's, not a month's.
_PEOPLE_COUNTED = ("利用者", "来館者", "入館者", "入場者", "来場者", "参加者", "利用人数", "来館人数", "入場者数")


def _year_total_said(columns: list[Column], doc_title: str = "") -> list[Column]:
    """A row per facility with a column per month (4月…3月) and one totalling them (年間合計, 年計): that
    column is what 「年間」 says, and, when the numbers count people (単位：人), 「年間利用者（数）」, and
    the users of what the report's title says is used (「公共施設利用状況報告書」: 「公共施設利用者」)."""
    months = [c for c in columns if c.numeric and _MONTH.fullmatch(_key(c.header))]
    if len(months) < 6:
        return columns
    totals = [c for c in columns if c.numeric and _YEAR_TOTAL.fullmatch(_key(c.header))]
    if len(totals) != 1:
        return columns
    said = ["年間", "年間の合計", "年間合計"]
    if totals[0].unit == "件" and not any("件数" in f for c in columns if c is not totals[0] for f in c.forms):
        # 「年間1,500件以上あった手続」「件数が前年度より減った」: counts of 件, the year's total is the count
        said += ["年間件数", "年間の件数", "件数"]
    if totals[0].unit == "人":
        said += [f"年間{p}{tail}" for p in _PEOPLE_COUNTED for tail in ("", "数")]
        said += [f"年間の{p}{tail}" for p in _PEOPLE_COUNTED for tail in ("", "数")]
        used = re.search(r"([一-龥]{2,8}?)利用(?:状況|実績)", nfkc(doc_title))
        if used:  # (the whole report's users: its year's total, no month's)
            said += [f"{used.group(1)}{joint}利用者{tail}" for joint in ("", "の") for tail in ("", "数")]
    forms = tuple(sorted(dict.fromkeys((*totals[0].forms, *said)), key=len, reverse=True))
    return [replace(c, forms=forms) if c is totals[0] else c for c in columns]


_GROUP_WORDS = ("区分", "分類")


def _sibling_forms(columns: list[Column], graded: set[str] = frozenset()) -> list[Column]:
    """「効果額計画」 beside 「効果額実績」 (a merged 効果額 over 計画 | 実績): each is said by the word it
    differs by too (実績, and 実績額 when the shared word is an amount)."""
    out = list(columns)
    for n, c in enumerate(columns):
        nxt = columns[n + 1] if n + 1 < len(columns) else None
        # (「金額」 over 令和6年度交付額 | 令和7年度予算額: siblings of two years, each its own word)
        # (「実施期間」 over 開始 | 終了 holding years: said 開始, 終了 too)
        # (「評価」 over 有効性 | 効率性, both of grades: 「有効性がA」 is the first's)
        if nxt is None or (nxt.year != c.year and c.base == nxt.base):
            continue
        alike = c.numeric and nxt.numeric or c.years_inside and nxt.years_inside \
            or c.header in graded and nxt.header in graded
        shared = 0
        while shared < min(len(c.base), len(nxt.base)) and c.base[shared] == nxt.base[shared]:
            shared += 1
        prefix = c.base[:shared]
        if len(prefix) < 2 or min(len(c.base), len(nxt.base)) - shared < 2:
            continue
        if not alike:
            # 「建物の状況」 over 建築年 | 延床面積 | 構造 (a merged label of four characters or more over
            # columns of any kind): each is said by its lower label alone (「建築年」「延床面積」), where no
            # other column is. (A shorter shared start, 実施 of 実施時期 | 実施内容, may be chance.)
            if len(prefix) < 4:
                continue
            # (「更新計画」 over 更新予定年度 | 更新内容 | 概算費用: the label over them all is what they share,
            # not the longer start two of them share by chance, 更新計画更新)
            group = [o.base for o in columns if len(o.base) > 4 and o.base[:4] == prefix[:4]]
            while len(group) > 2 and shared > 4 and not all(g.startswith(prefix[:shared]) for g in group):
                shared -= 1
            for m, col in ((n, out[n]), (n + 1, out[n + 1])):
                own = col.base[shared:]
                # (「更新予定年度」 said 「更新の予定」: a plan's year column said by the plan)
                when = re.sub(r"(?:年度|時期|年月日|期日)$", "", own)
                # (「利活用の状況」 over 方針 | 処分予定 | 状況: 状況 is the last column's own label, not the group's word
                # said of its first; a sibling that holds it only as a piece of the group's name gives it up)
                if len(own) >= 2 and own not in col.forms and any(
                        own in o.forms for o in out if o is not col and o.base.startswith(prefix[:4])) and all(
                        not o.base.endswith(own) for o in out if o is not col and own in o.forms):
                    out = [replace(o, forms=tuple(f for f in o.forms if f != own)) if o is not col else o for o in out]
                    col = out[m]
                said = [w for w in dict.fromkeys((own, when)) if len(w) >= 2 and w not in col.forms
                        and not any(w in o.forms for o in out if o is not col)]
                if said:
                    out[m] = replace(col, forms=tuple(sorted({*col.forms, *said}, key=len, reverse=True)))
            continue
        for m, col in ((n, out[n]), (n + 1, out[n + 1])):
            own = col.base[shared:]
            said = [own] + ([own + prefix[-1]] if prefix[-1] in "額費値数" else [])
            said += [own[:-1]] if re.fullmatch(r"(?:予算|決算)額", own) else []  # 「令和7年度の予算」
            said += [f"{prefix}の{own}", f"{own}の{prefix}"]  # 「効果額の実績」「実績の効果額」
            # 「目標延床面積の削減率」 over 目標 | 実績: the lower label joined to the shared word's head (what is
            # measured, after its last の) is said too (「目標削減率」「実績の削減率」)
            head = prefix.rsplit("の", 1)[-1] if "の" in prefix else ""
            if len(head) >= 2 and len(own) >= 2:
                said += [f"{own}{head}", f"{own}の{head}", f"{head}の{own}"]
            out[m] = replace(col, forms=tuple(sorted({*col.forms, *said}, key=len, reverse=True)))
    return out


_FOOTNOTE_MARK = compiled(r"\s*(?:※|\*|注)\s*\d{0,2}\s*$")


def _header_years(text: str) -> list:
    """The fiscal years a header names: 「令和6年度」「2024年度」, and a bare 西暦 year (「2025年」 over
    計画値 | 実績値, a count of each year's 4月1日), which names that year's column as 「2025年」 is said
    in a question (a year with a month, 「2025年3月」, is a day's, not a column's year)."""
    said = find_years(text)
    return said or [y for y in find_years(text, calendar=True)
                    if y.ambiguous and not re.match(r"\s*(?:\d|月|度)", text[y.end:])
                    # (「R7.4.1 │ 実績」: a day leading the header, each column a count as of that day, names
                    # the column of the fiscal year the day falls in; a day in brackets, 「改編前（R7.4.1）」, does not)
                    or y.start == 0 and _LEADING_DAY.match(text)]


# 「R7.4.1」「Ｒ３.4.1」 (NFKC): an era's day in dots, at a header's start
_LEADING_DAY = compiled(r"[RrHh]\s*(?:元|\d{1,2})\.\d{1,2}\.\d{1,2}(?![\d.])")


# 「人口（人）<br>令和7年10月1日現在」: the day the figures are as of, under the header, is no part of its name
_AS_OF = compiled(r"\s*[(（]?\s*(?:(?:令和|平成)\s*(?:\d{1,2}|元)|\d{4})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:現在|時点)\s*[)）]?\s*$")


# What a bracket after an amount's header says the figure is (「予算額R7（当初）」「効果額（見込み）」), no unit:
# the table's 「（単位：千円）」 stays the unit of its numbers.
_SAID_KIND = compiled(r"(基準|実績|目標|計画|見込み?|予定|見通し|推計|概算|暫定|当初|決算|補正後?|最終)")
_ROUND_SAID = compiled(r"(?:今回|前回|前々回|前回調査|前々回調査|今回調査|最新)")


# 「改編前（R7.4.1）※ | 職員数」: a note's mark printed inside a header (a merged label and its sub-column joined) is
# no part of any word said for the column
_NOTE_MARK_INSIDE = compiled(r"\s*※\s*\d{0,2}\s*(?=[^\d\s])")  # (「平均※2」 at the end: _FOOTNOTE_MARK)


def _column(header: str, values: list) -> Column:
    text = _NOTE_MARK_INSIDE.sub("", nfkc(header))
    text = _AS_OF.sub("", text) or text
    years = _header_years(text)
    # 「財政効果額(千円)2024年度」: the parenthesis naming a unit, not one naming a year.
    # (「令和2年（2020年）」: a bracket giving the year in 西暦 is no unit either)
    # (「第4四半期（1月～3月）」: a bracket of months or other figures is no unit; ㎡ is m2 in NFKC)
    # (「交付額（単位：千円）」 under a merged heading: the unit is what follows 単位：)
    units = [re.sub(r"^\s*単位\s*[:：]\s*", "", m.group(1)) for m in _UNIT.finditer(text)
             if not find_years(m.group(1), calendar=True) and not re.search(r"\d", re.sub(r"m[23]", "", m.group(1)))
             # (「委託料（指定管理料を含む）」: a bracket of words saying what the figure covers is no unit)
             and (_SAID_KIND.fullmatch(m.group(1)) or not re.search(r"[ぁ-ん]", re.sub(r"[かヵヶケ]所|あたり", "", m.group(1))))]
    # (「年間利用者数（人）前年比（％）」: a column under a merged heading with its own unit, the last one said)
    units = [u for u in units if not _SAID_KIND.fullmatch(u)] or units
    # (「評価項目（配点）」 over 「③サービスの向上（25点）」: 配点 says what the item's bracket holds, no unit)
    units = [u for u in units if u.strip() not in ("配点", "満点")]
    unit = units[-1] if len(units) >= 2 and re.search(r"比|率", text[text.find(units[0]) + len(units[0]):]) else \
        (units[0] if units else "")
    # 「合計（100点）」: the full score in brackets says its figures are points (「75点以上」)
    unit = unit or ("点" if any(re.fullmatch(r"\s*\d{1,4}\s*点\s*", m.group(1)) for m in _UNIT.finditer(text)) else "")
    # 「効果額（見込み）」: a bracket saying what the figure is (見込み, 予定, 実績) is no unit; the header is said
    # with it joined (効果額見込み).
    said_kind = _SAID_KIND.fullmatch(unit)
    unit = "" if said_kind else unit
    # 「満足度Ｒ４（前回）」: a bracket saying which survey the year's figure is of is no unit either
    unit = "" if _ROUND_SAID.fullmatch(unit) else unit
    # 「（票数）」「（件数）」: a count's unit is its counter (6票, not 6票数).
    unit = unit[:-1] if re.fullmatch(r"[票件人回台校館園]数", unit) else unit
    # 「効果額（千円）※1」: a footnote's mark is no part of the name said.
    base = _FOOTNOTE_MARK.sub("", _UNIT.sub("", text))
    for y in sorted(_header_years(base), key=lambda y: -y.start):
        base = base[:y.start] + base[y.end:]
    base = _key(base.strip(" の・"))
    base = re.sub(r"^の|の$", "", base)
    filled = [nfkc(str(v)).strip() for v in values if v not in (None, "") and nfkc(str(v)).strip() not in _EMPTY]
    numeric = bool(filled) and sum(_number(v) is not None for v in filled) >= 0.6 * len(filled)
    # (「2026」 alone under a header of years, 「削減年度（西暦・年度）」: that fiscal year, as 「2025～2027」 beside it)
    bare_years = "年度" in text and not years
    years_inside = bool(filled) and sum(bool(find_years(v, calendar=True) or _BARE_SPAN.match(v)
                                             or (bare_years and re.fullmatch(r"(?:19|20)\d{2}", v)))
                                        for v in filled) >= 0.6 * len(filled)
    unit = unit or _unit_of(filled)
    forms = list(_label_forms(_NOTE_MARK_INSIDE.sub("", header))) if base or not years else []
    if base and base not in forms:
        forms.append(base)
    if said_kind and base and _key(base + said_kind.group(1)) not in forms:
        forms.append(_key(base + said_kind.group(1)))
    # 「予算額R7（当初）」 is said 「R7の当初予算」: with its year, the bracket's word before the amount's name names
    # the year's figure (the word alone, 「R8見込」, is read where it follows the year: tables/question.py).
    if said_kind and base and years:
        kind = _key(said_kind.group(1))
        for said in (kind + base, kind + re.sub(r"額$", "", base)):
            if len(said) >= 2 and said not in forms:
                forms.append(said)
    # 「交付額（決算）」 is said 「交付実績」「交付額の実績」: a settled account is the figure actually paid out.
    if said_kind and base and said_kind.group(1) == "決算":
        for said in (re.sub(r"(?:金額|額)$", "", base) + "実績", base + "実績", base + "の実績"):
            if len(said) >= 4 and said not in forms:
                forms.append(said)
    # 「令和7年度(目標)」「令和2年度(基準)」: a year's figure of the table's one measure, the bracket saying
    # what it is (目標, 実績), no unit: said by that word too (「令和7年度の目標」); its base stays the
    # year's alone, so the years remain one series.
    marked = re.fullmatch(r"[^()（）]*[(（]\s*(基準|実績|目標|計画|見込み?|予定|見通し|推計)\s*[)）]", text)
    if years and not base and marked:
        forms.append(marked.group(1))
        unit = "" if unit == marked.group(1) else unit
    # 「事業費(千円)令和6年度決算」「令和5年度実績利用者数(人)」: a header of two rows joined (事業費 over
    # 令和5年度決算 | 令和6年度決算), the lower label alone is said of the year (「R6決算」「利用者数」); a
    # result or plan word leading it (実績 of 令和5年度実績) is the upper label's.
    if years:
        for piece in re.split(r"[(（][^()（）]*[)）]", _FOOTNOTE_MARK.sub("", text)):
            for y in sorted(_header_years(piece), key=lambda y: -y.start):
                piece = piece[:y.start] + "|" + piece[y.end:]
            for part in piece.split("|"):
                part = _key(part.strip(" の・"))
                lower = re.sub(r"^(?:実績|計画|目標|見込み?|予定|前年度|当年度)の?", "", part)
                for said in {part, lower}:
                    if len(said) >= 2 and said != base and said not in forms and not _SUM.search(said):
                        forms.append(said)
                        if numeric and len(said) >= 3 and said.endswith("数") and re.search(r"[者員人]$", said[:-1]):
                            forms.append(said[:-1])  # 「利用者が多い」 of 利用者数
    # 「KPI実績」「KPI指標名」: a Latin acronym before the word (what kind of figure) is left unsaid (「実績」「指標名」),
    # or said with の (「KPIの実績」).
    acronym = re.fullmatch(r"([a-z]{2,5})([一-龥ぁ-んァ-ヶー]{2,})", base or "")
    if acronym:
        forms += [f for f in (acronym.group(2), f"{acronym.group(1)}の{acronym.group(2)}") if f not in forms]
    # 「前年度退職者数」 of a row per year is said 退職者数: which year's figure it is is the row's matter.
    relative = re.match(r"^(?:前年度|当年度|前年|年度末|年度中)の?(?=.{3,}$)", base)
    if relative and numeric and base[relative.end():] not in forms:
        forms.append(base[relative.end():])
    # 「3か年の合計」: its first part alone names it too (「3か年の効果額の合計」).
    # (「計画との差」 is no 「計画と」: a part ending on と is the word it is compared with, said in 「計画と実績の差」)
    for part in base.split("の"):
        if len(part) >= 2 and part not in forms and not _SUM.search(part) and not part.endswith("と"):
            forms.append(part)
    # 「市の対応」 over 「対応区分」 joined as 市の対応対応区分: the lower label is said alone (対応区分).
    repeat = re.search(r"(.{2,4})\1", base)
    if repeat and len(base) - repeat.end() >= 2 and base[repeat.start() + len(repeat.group(1)):] not in forms:
        forms.append(base[repeat.start() + len(repeat.group(1)):])
    # 「市の対応方針」 is said 「市の対応」「対応」 (「市はどう対応する？」), 「今後の方針」 今後: what the plan is of.
    plan = re.match(r"^(.{2,}?)の?方針$", base)
    if plan:
        for part in {plan.group(1), plan.group(1).split("の")[-1]}:
            if len(part) >= 2 and part not in forms:
                forms.append(part)
    # 「見直し後（円）」 is said 「見直し後の額」「見直し後の金額」: the unit says it is an amount.
    if numeric and re.search(r"円$", unit or "") and base and not re.search(r"[額費金料価]$", base):
        forms += [f for f in (f"{base}の額", f"{base}額", f"{base}の金額") if f not in forms]
    # 「落札価格（円）」 is said 「落札額」「落札金額」: a price of yen is the amount the deed before it came to.
    priced = re.fullmatch(r"([一-龥]{2,6})価格", base or "")
    if numeric and priced and re.search(r"円$", unit or ""):
        forms += [f for f in (f"{priced.group(1)}額", f"{priced.group(1)}金額") if f not in forms]
    # 「委託先」 is asked 「どこに委託してる」: the place the verb goes to.
    if not numeric and re.fullmatch(r"[一-龥]{2}先", base or ""):
        forms += [f"どこに{base[:-1]}", f"どこへ{base[:-1]}"]
    # 「財政効果額」 is said as 効果額 too.
    plain = re.sub(r"^(?:財政|削減|財務)", "", base)
    if plain != base and len(plain) >= 3 and plain not in forms:
        forms.append(plain)
    # 「改定後料金」 is said 改定後 (「改定後はいくら」): 料金 is what every amount of a fee table is.
    if numeric and re.fullmatch(r".{2,}料金", base) and base[:-2] not in forms:
        forms.append(base[:-2])
    # 「増減率」 of fees or amounts revised is said 改定率, 引上げ率 (the rise asked at its largest).
    if numeric and base == "増減率":
        forms += ["改定率", "引上げ率", "引き上げ率", "値上げ率", "上昇率"]
    # 「予算額」 is said as 予算 too (「R7予算」「決算が3万円以上」): the word already names an amount.
    if re.fullmatch(r".*(?:予算|決算)額", base) and base[:-1] not in forms:
        forms.append(base[:-1])
    # 「当初予算額」 is said 予算 too (「R7予算いくら」): the budget as passed, before any 補正, is the year's 予算.
    if base == "当初予算額":
        forms += [f for f in ("予算額", "予算") if f not in forms]
    # (決算額 over the years' columns, under 事業費: 「R6決算」 says that year's 決算額)
    forms += [f[:-1] for f in list(forms) if f in ("予算額", "決算額") and f[:-1] not in forms]
    # 「財政効果額(千円)累計」: said as 累計効果額, 累計の効果額, 効果額の累計 too (before 累計 is read as a sum).
    total = _SUM.search(base)
    if total:
        rest = base.replace(total.group(0), "").strip("の")
        for part in {rest, *(p for p in rest.split("の") if len(p) >= 2), re.sub(r"^(?:財政|削減|財務)", "", rest)}:
            if len(part) >= 2:
                forms += [f"{total.group(0)}{part}", f"{total.group(0)}の{part}", f"{part}の{total.group(0)}", f"{part}{total.group(0)}"]
    # 「効果額（千円） | 実績累計」: a header of two rows joined whose lower label is a total of a figure
    # (実績累計, 目標累計) is said by that lower label alone too (「実績累計が目標額の9割以上」), as a
    # lower label of a year is (the total word is part of its name there, not a sum asked).
    if total and not years:
        pieces = [_key(p.strip(" の・")) for p in re.split(r"[(（][^()（）]*[)）]", _FOOTNOTE_MARK.sub("", text))]
        for part in pieces[1:]:
            if len(part) >= 3 and _SUM.search(part) and len(_SUM.sub("", part)) >= 2 and part not in forms:
                forms.append(part)
    # 「4年間の計 | 実績額」: the total of the lower label over the years said by those years too
    # (「4年間の実績額」「4年間実績額」), as 「4年間の計」 alone is.
    spanned_of = re.fullmatch(r"(\d+(?:か|カ|ヶ|ケ|箇)?年(?:間|度)?)の?計の?(.{2,})", base)
    if spanned_of and numeric:
        forms += [f"{spanned_of.group(1)}の{spanned_of.group(2)}", f"{spanned_of.group(1)}{spanned_of.group(2)}"]
    # 「3か年計」「5年間計」: the total over the years it names is said by those years (「3か年の効果額」).
    spanned = re.fullmatch(r"(\d+(?:か|カ|ヶ|ケ|箇)?年(?:間|度)?)の?計", base)
    if spanned and numeric:
        forms += [spanned.group(1), f"{spanned.group(1)}合計", f"{spanned.group(1)}の合計"]
    # 「利用者が5万人以上」: a count of people or things is said by what it counts (利用者数 → 利用者).
    # (委員数 → 委員 too: 「委員は何人」; two characters of a kind of people are enough)
    if numeric and len(base) >= 3 and base.endswith("数") and re.search(r"[者員人]$", base[:-1]):
        forms.append(base[:-1])
    # 「延床2,000㎡超」「敷地が広い」 over 延床面積, 敷地面積: an area is said by what it measures, 面積 left off.
    if numeric and re.fullmatch(r"[一-龥]{2,4}面積", base) and base[:-2] not in forms:
        forms.append(base[:-2])
    # 「いちばん多く車を持ってる課」 over 保有台数: what is held is said by the plain verb.
    if numeric and re.match(r"保有|所有", base):
        forms += ["持っている", "持ってる", "持って"]
    # 「出席者数は平均で」 over 出席者 (16名): a column of people counted is said as their number too.
    if numeric and unit in ("人", "名") and len(base) >= 2 and not base.endswith("数") and base + "数" not in forms:
        forms.append(base + "数")
    # 「いちばん高く売れた」「予定価格より高く売れた」 over 売却額: the price a sale fetched is said by the
    # plain verb of selling.
    if numeric and re.fullmatch(r"売却(?:額|価格|金額)", base):
        forms += ["売れた額", "売れた", "売れ"]
    # 「落札したのは」 over 落札者: who did it is said by the deed (受注者, 申請者 likewise).
    doer = re.fullmatch(r"([一-龥]{2,4})者", base)
    if doer and not numeric:
        forms += [f"{doer.group(1)}した", f"{doer.group(1)}する", f"{doer.group(1)}された"]
    # 「令和6年度中にオンライン化された手続」 over オンライン化年月: when a deed (…化) was done is said by its verb.
    deed_when = re.fullmatch(r"(.{2,}?化)(?:年月日|年月|時期|日)", base)
    if deed_when and not numeric:
        forms += [f"{deed_when.group(1)}された", f"{deed_when.group(1)}した", f"{deed_when.group(1)}され"]
    # 「うち次世代自動車」: the part of the column before it, said by what it is (「次世代自動車は何台」).
    if numeric and base.startswith("うち") and len(base) >= 4:
        forms.append(base[2:])
    # 「削減予定台数」「保有台数」: a count of things said by what is done with them (「削減予定がある」).
    counted = re.fullmatch(r"(.{2,})[台件回校館園戸枚]数", base)
    if numeric and counted and counted.group(1) not in forms:
        forms.append(counted.group(1))
    # 「オンライン申請件数」 is said 「オンライン件数」: the deed counted (申請, 受付, 利用) goes without saying.
    deed = re.fullmatch(r"(.{2,}?)(?:申請|受付|利用|処理|交付|届出|相談)(件数|者数|人数)", base)
    if numeric and deed and deed.group(1) + deed.group(2) not in forms:
        forms.append(deed.group(1) + deed.group(2))
    # 「交付額」「支出額」: an amount paid is said by the deed alone (「令和6年度に交付がない」「交付している」).
    # (「いくら出資してる」 over 出資額 likewise)
    paid = re.fullmatch(r"(交付|支出|支給|給付|助成|出資)額", base)
    if numeric and paid and paid.group(1) not in forms:
        forms.append(paid.group(1))
    # 「進捗区分ごと」 over a column 進捗 of grades: a column of kinds is said with 区分 too.
    if base and 2 <= len(base) <= 4 and not numeric and filled and not base.endswith("区分") \
            and len(set(filled)) <= max(2, len(filled) // 3):
        forms.append(base + "区分")
        # 「進捗区分」 over 進捗状況 of grades: the state's word (状況) gives way to 区分 as well
        state = re.fullmatch(r"(.{2,})(?:状況|状態)", base)
        if state and state.group(1) + "区分" not in forms:
            forms.append(state.group(1) + "区分")
    # 「実施時期」 for 実施目標年度, 「完了時期」 for 完了予定年度: a column of the year something is done is
    # said as its time (時期) too.
    if years_inside and base.endswith("年度") and len(base) >= 4:
        stem = base[:-2]
        forms += [f"{stem}時期", *([f"{re.sub(r'(?:目標|予定|見込み?)$', '', stem)}時期"] if re.search(r"(?:目標|予定|見込み?)$", stem) else [])]
    # 「竣工が古い順」 over 竣工年度: the year a building went up is said by the act alone.
    built = re.fullmatch(r"(竣工|建築|建設|築造|完成)(?:年度|年)", base) if years_inside else None
    if built and built.group(1) not in forms:
        forms.append(built.group(1))
    # 「対象（取組番号／基本目標）」: a bracket naming what the cells are, one of two kinds, is no unit; each kind
    # says the column (「どの取組や基本目標について」)
    kinds_said = re.fullmatch(r"([一-龥ァ-ヶー]{2,8})(?:[/／・]([一-龥ァ-ヶー]{2,8}))+", unit) if not numeric else None
    if kinds_said:
        forms += [k for k in re.split(r"[/／・]", unit) if k not in forms]
        unit = ""
    # 「幹事市町」「担当市町村」「代表団体」: a column naming the one municipality (body) in a role is said by the role
    # alone (「幹事はどこ」「幹事が茅森市」)
    role = re.fullmatch(r"([一-龥]{2,4})(?:市町村|市区町村|市町|自治体|団体)", base) if not numeric else None
    if role and role.group(1) not in forms and role.group(1) not in ("参加", "構成", "関係", "連携", "対象", "加盟"):
        forms.append(role.group(1))
    # 「評価項目 │ 収支」 (a spanning header of items over each item): the item is said with what the items are of,
    # after it — 「収支の評価」「収支評価」 — as that item's column, not the table's other 評価 (総合評価)
    item = re.fullmatch(r"([一-龥]{2,4})項目([一-龥ァ-ヶーぁ-ん]{2,})", base)
    if item:
        forms += [f for f in (f"{item.group(2)}の{item.group(1)}", f"{item.group(2)}{item.group(1)}") if f not in forms]
    # 「部」「課」: a one-character header is said as a word of its own (「取組がいちばん多い部」).
    forms = sorted({f for f in forms if len(f) >= 2 or re.fullmatch(r"[一-龥]", f)}, key=len, reverse=True)
    schedule = bool(filled) and sum(len({y.fiscal_year for y in find_years(v)}) >= 2 for v in filled) >= 0.6 * len(filled)
    dates = bool(filled) and sum(_date(v) is not None for v in filled) >= 0.6 * len(filled)
    # (a 工程表's marks: ● 開始, → 継続, ★ 完了予定, ◇ 検討, each year's column holding one, as its legend says)
    # (◎○△ alone are grades, not a timeline: a timeline's column prints an arrow or a star somewhere)
    marks = bool(years) and bool(filled) and (all(v in _MARKS for v in filled) or (
        all(v in _MARKS | _TIMELINE_MARKS for v in filled) and any(v in _TIMELINE_ONLY for v in filled)))
    if years_inside and re.fullmatch(r"備考|摘要|特記事項|注記|その他", base) and not all(
            re.fullmatch(r"[^。、/／]{0,4}", re.sub(r"(?:令和|平成|昭和|r|h)?\s*(?:元|\d{1,4})\s*年度?", "", v)) for v in filled):
        years_inside = False  # 「数値が小さいほど良好／令和７年度実績は集計中」: a note on the row, no year of it
    if years_inside and re.search(r"番号|^no\.?$|^№$", _key(header)):
        years_inside = False  # 「R6-01」 in a 事業番号 column: a code, not 令和6年度
    if len(years) >= 2 and re.match(r"増減|差引|差額", base):
        years = []  # 「増減（R9－R5）」: the change between two years, a column of neither
    if len(years) >= 2 and re.search(r"[(（][^()（）]*[~〜～－-][^()（）]*(?:累計|合計|通算|の計|計)[^()（）]*[)）]", text) \
            and all(re.search(r"[(（][^()（）]*$", text[:y.start]) for y in years):
        years = []  # 「目標額（R4～R6累計）」: a total over the years of the span in brackets, a column of none of them
    bracketed = [y for y in years if re.search(r"[(（][^()（）]*$", text[:y.start])]
    if len(bracketed) >= 2 and len(bracketed) < len(years):
        # 「前期（R8〜R12）Ｒ９」: a merged heading's span in brackets over one year's column is that year's column
        years = [y for y in years if y not in bracketed]
    elif len(bracketed) >= 2 and re.search(r"[)）]\s*(?:の?計|合計|累計|小計)$", text):
        years = []  # 「後期（R13〜R17）計」: a total over the span, a column of none of its years
        # (said with its span and no 計, 「後期（R13〜R17）には」: the same column, the span no year asked)
        spanned = re.sub(r"\s*(?:の?計|合計|累計|小計)$", "", _key(text))
        forms = sorted({*forms, spanned}, key=len, reverse=True) if len(spanned) >= 2 else forms
    forms += [f for f in _round_forms(base) if f not in forms]
    rounded = _ROUND_HEADER.fullmatch(base or "")
    if rounded and years:
        # (the round's years in brackets, 第２巡（R1～R5）: its columns are one measure's series by year, 健全度 said
        # alone is the latest round's and 「１巡目から２巡目で悪くなった」 compares them)
        base = _key(rounded.group("upper"))
        forms += [base] if base not in forms else []
    return Column(header, tuple(forms), years[0].fiscal_year if years else None, base, numeric,
                  (years_inside or dates) and not marks, unit, schedule, dates, marks)


# 「健全度」 over 「第１巡（H26～H30）」 | 「第２巡（R1～R5）」: a measure's columns per round of a periodic survey
_ROUND_HEADER = re.compile(r"(?P<upper>[^\d]{2,}?)の?第(?P<n>\d{1,2})(?P<c>巡|期|次)")
# what a round is a round of: 「第２巡点検で」「２巡目の調査では」
_ROUND_ACTS = ("点検", "調査", "診断", "評価")


def _round_forms(base: str) -> list[str]:
    """How users say the column of one round under a measure (健全度第2巡): the round alone (第2巡, 2巡目), the round's
    survey (第2巡点検), and the measure of it (第2巡の健全度, 2巡目の健全度)."""
    m = _ROUND_HEADER.fullmatch(base or "")
    if m is None:
        return []
    upper, round_ = m.group("upper"), f"{m.group('n')}{m.group('c')}"
    rounds = [f"第{round_}", f"{round_}目", f"第{round_}目"]
    return [*rounds, *(r + act for r in rounds[:2] for act in _ROUND_ACTS), *(f"{r}の{upper}" for r in rounds),
            *(f"{r}{act}の{upper}" for r in rounds[:2] for act in _ROUND_ACTS)]


def _part_forms(columns: list, derived: set[str]) -> list:
    """A group heading over the whole and its part (年間件数 over 全体件数 │ うちオンライン): the group's word said alone
    is the whole (「年間件数がいちばん多い」), and the part is said with the group's counter (「オンライン件数」).
    The whole is a printed column: one computed from the group's figure (職員数総1人当たり… once the count has its
    unit 人) starts with the group's word too, and taking it for a second whole left the word naming no column."""
    added: dict[int, list[str]] = {}
    for i, c in enumerate(columns):
        if not c.numeric or "うち" not in c.base:
            continue
        group, _, part = c.base.partition("うち")
        before = columns[i - 1] if i else None
        if not group and len(part) >= 2 and before is not None and before.numeric and before.year == c.year \
                and "うち" not in before.base:
            # 「常勤役員数 │ うち市ＯＢ」: the part printed right after its whole is said with the whole's word
            # (「市ＯＢの常勤役員が２人以上」「常勤役員のうち市ＯＢ」), not the whole itself
            added.setdefault(i, []).extend(f for w in before.forms if len(w) >= 2 and not w.startswith("うち")
                                           for f in (f"{part}の{w}", f"{w}のうち{part}", f"{w}うち{part}"))
            continue
        if len(group) < 2 or len(part) < 2:
            continue
        whole = [j for j, o in enumerate(columns) if o is not c and o.numeric and o.year == c.year
                 and o.base.startswith(group) and "うち" not in o.base and o.header not in derived]
        if len(whole) != 1:
            continue
        added.setdefault(whole[0], []).append(group)
        counter = re.search(r"(件数|人数|者数|回数)$", group)
        if counter:
            added.setdefault(i, []).append(part + counter.group(1))
    if not added:
        return columns
    return [replace(c, forms=tuple(sorted(dict.fromkeys((*c.forms, *added[i])), key=len, reverse=True)))
            if i in added else c for i, c in enumerate(columns)]


# A measure of a quantity of something (電気使用量, CO2排出量, 太陽光発電量): the thing before the quantity's word
_QUANTITY = re.compile(r"^(?P<thing>[一-龥ァ-ヶーa-z0-9]{1,6}?)(?P<tail>[一-龥]{2}量)$")


def _quantity_tail_forms(columns: list) -> list:
    """A quantity said without what it is of (「令和４年度の使用量が載っていない施設」 over 電気使用量 by year): the
    quantity's word alone names the columns of the one measure of the table ending in it; where two measures end
    in it (電気使用量 │ ガス使用量) it names neither."""
    tails: dict[str, set[str]] = {}
    for c in columns:
        m = _QUANTITY.match(c.base or "") if c.numeric else None
        if m:
            tails.setdefault(m.group("tail"), set()).add(c.base)
    taken = {f for c in columns for f in (c.base, *c.forms) if f}
    own = {tail for tail, bases in tails.items() if len(bases) == 1 and tail not in taken}
    if not own:
        return columns
    return [replace(c, forms=tuple(sorted({*c.forms, m.group("tail")}, key=len, reverse=True)))
            if c.numeric and (m := _QUANTITY.match(c.base or "")) and m.group("tail") in own else c for c in columns]


def _value_forms(columns: list) -> list:
    """Columns of figures headed 目標 / 実績 / 計画 (「令和5年度実績」) said with 値 too (「令和5年度の実績値」), where no
    other column is said so."""
    out = []
    for c in columns:
        if not (c.numeric and c.base in ("目標", "実績", "計画")):
            out.append(c)
            continue
        added = [f"{f}値" for f in c.forms if f.endswith(c.base)
                 and not any(f"{f}値" in o.forms or o.base == f"{f}値" for o in columns if o is not c)]
        out.append(replace(c, forms=tuple(sorted(dict.fromkeys((*c.forms, *added)), key=len, reverse=True))))
    return out
