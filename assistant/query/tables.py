"""Questions over the tables of documents no kind was written for (another city's plan as a sheet).

A table is a document's rows under one header (the generic kind's `table_row` records). Its columns
are what users may say: 「担当課」, 「目標効果額」 (the unit in brackets left off), 「令和6年度 進捗状況」
(a column of one fiscal year: 「令和6年度に遅れ」), 「2023年度(令和5年度)」 (a column named by its year
only, of the table's measure: 「2023年度の効果額」). A question is read as mentions found in it — row
names, cell values, column words, fiscal years, numbers with a comparison, negations, aggregate words —
bound to columns in the order said:

* a value binds to the column said just before it, else to the columns holding it; the fiscal years
  said before it pick the columns of those years (「令和6年度も令和7年度も遅れ」 is both years);
* a number with 以上/以下/から…まで binds to the numeric column said before it, or to the column of
  the year said (「2024年度の効果額が10,000千円以上」);
* a year with まで/以前/以降 binds to a column whose values are fiscal years (目標年度);
* 以外/でない after a value negates it; 「2年続けて」 asks two consecutive years.

The answer is the rows (their count, a column's sum, average, largest or smallest, or one row's
value), with every condition said. Words the reading did not use are said (`partial`), and a
follow-up keeps the table and its conditions (「そのうち…」「何件？」「令和5年度は？」).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from assistant.query.answer import Answer
from assistant.query.facts import (
    _COUNT_Q, _FUZZY_TITLE, _OFFICE_LABEL, _OFFICE_WORD, _content_words, _covered, _document_text, _grade_of, _grade_wordings, _in_dedicated,
    _json, _key, _label_forms, _parts, _places, _title_score,
)
from assistant.store.places import place_of
from assistant.text.normalize import nfkc
from assistant.text.wareki import find_years, fy_label

if TYPE_CHECKING:
    from assistant.store.reader import IndexReader

_MARKS = {"○", "〇", "●", "◎", "✓", "✔", "■", "◯"}
_TOTAL_ROW = re.compile(r"^(?:合計|総計|計|小計|全体|累計)$")
_EMPTY = {"", "-", "–", "—", "―", "ー", "－", "‐", "/", "／", "なし"}
_NUMBER = re.compile(r"^[+\-−]?\d[\d,]*(?:\.\d+)?$")
_UNIT = re.compile(r"[(（]([^()（）]*)[)）]")
# A grade printed as a letter or symbol is a value even though it is one character long.
_SHORT_VALUE = re.compile(r"^(?:[a-es]|[◎○〇△▲×✕●])$")

_NEGATION = re.compile(r"^(?:の)?(?:以外|でない|ではない|じゃない|でもない|ではな|じゃな|でな|を除|除く|除いた)"
                       r"|^(?:に|と)?(?:して|し|なって|なっ|され|して|でき|できて)?(?:いない|ない|なかった|ていない|てない|ていません|ません)")
_SUM = re.compile(r"合計|総額|総計|累計|足す|足し|合算")
_AVG = re.compile(r"平均|へいきん")
_MAX = re.compile(r"(?:いちばん|一番|最も|もっとも)(?:大きい|多い|高い)|最大|最高|最多")
_MIN = re.compile(r"(?:いちばん|一番|最も|もっとも)(?:小さい|少ない|低い)|最小|最低|最少")
_RUN = re.compile(r"([2-9２-９]|二|三)年(?:連続|続けて|つづけて)|連続して")
# 「令和8年度までに」「2027年度以前」: a fiscal year with a bound.
_YEAR_BOUND = re.compile(r"^(?:度)?(?:末|中|内)?(?:まで(?:に)?|以前|より前|以降|から|より後|以後|より先)")
_NUMBER_IN_Q = re.compile(r"(\d[\d,]*(?:\.\d+)?)(万千円|千円|百万円|万円|億円|円|%|件|人|台|か所|箇所)?")
_NUMBER_BOUND = re.compile(r"^(?:以上|以下|未満|超|を超え|をこえ|より(?:多|大|上|高)|より(?:少|小|下|低)|"
                           r"から|~|〜|ー)")
# The rows themselves (「取組は」「もの」): words that name what is counted or listed, not a condition.
_ROW_WORDS = ("取組項目", "取組", "取り組み", "項目", "事業", "施策", "実施項目", "もの", "の")


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

    def column(self, header: str) -> Column:
        return next(c for c in self.columns if c.header == header)


@dataclass
class Cond:
    header: str
    op: str  # eq ne ge gt le lt between fy_le fy_ge fy_eq fy_lt fy_gt numbers run
    value: object
    label: str


@dataclass
class TableContext:
    """Where a conversation over a table stands: the table, its conditions, the asked column."""

    table: Table
    conds: list[Cond]
    asked: str = ""
    rows: list[dict] = field(default_factory=list)


@dataclass
class _Mention:
    start: int
    end: int
    kind: str  # year row number col value cmp neg
    data: object = None


# ---------------------------------------------------------------------------------- reading tables
_CACHE: dict[tuple, list[Table]] = {}


def read_tables(db: IndexReader) -> list[Table]:
    """Every table of the generic documents (three rows or more), read once per index content."""
    docs = db.execute("SELECT source, title, sha256 FROM documents WHERE kind = 'generic' ORDER BY source").fetchall()
    key = (id(db), tuple(tuple(d) for d in docs))
    cached = _CACHE.get(key)
    if cached is not None:
        return cached
    if len(_CACHE) > 16:
        _CACHE.clear()
    titles = {d[0]: d[1] or d[0] for d in docs}
    groups: dict[tuple, list[dict]] = {}
    has_rows = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'table_row'").fetchone()
    for r in (db.query("SELECT key, source, line, [table], cells, heading FROM table_row ORDER BY source, line")
              if has_rows else []):
        if r["source"] not in titles:
            continue
        cells = _json(r["cells"])
        if cells:
            row = {"key": r["key"], "line": r["line"], "cells": cells, "caption": r["table"] or "",
                   "heading": r["heading"] or ""}
            # A row leaves its empty cells out: it belongs to the table before it when its columns are
            # that table's (the same header, some cells blank), wherever the table went on.
            key = next((k for k in reversed(list(groups)) if k[0] == r["source"] and (
                _same_table(k[1], tuple(cells)) or (r["line"] - groups[k][-1]["line"] <= 2 and
                                                    len(set(k[1]) & set(cells)) >= 0.5 * len(cells)))), None)
            if key is None:
                key = (r["source"], tuple(cells))
                groups[key] = []
            elif not set(cells) <= set(key[1]):
                merged = _merged_headers(key[1], tuple(cells))
                groups[(r["source"], merged)] = groups.pop(key)
                key = (r["source"], merged)
            groups[key].append(row)
    has_items = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'item'").fetchone()
    for r in (db.query("SELECT key, source, line, number, title, heading, fields, text FROM item ORDER BY source, line")
              if has_items else []):
        fields = _json(r["fields"])
        if r["source"] in titles and fields:
            # Numbered items with labelled fields (【所管課】…) are the rows of a table too.
            cells = {"番号": r["number"] or "", "名称": r["title"] or "", "見出し": r["heading"] or "", **fields}
            groups.setdefault((r["source"], "item"), []).append(
                {"key": r["key"], "line": r["line"], "cells": cells, "caption": "", "text": r["text"] or ""})
    tables = []
    for key in list(groups):
        turned = _turned(groups[key]) if key[1] != "item" else None
        if turned is not None:
            del groups[key]
            groups[(key[0], tuple(turned[0]["cells"]))] = turned
    for (source, headers), rows in groups.items():
        if headers == "item":
            # 事業名 printed as a field of each sheet is the items' name: it replaces 名称.
            same = [h for h in rows[0]["cells"] if h not in ("番号", "名称", "見出し")
                    and all(_key(str(r["cells"].get(h) or "")) == _key(r["cells"]["名称"]) for r in rows)]
            if same:
                for r in rows:
                    r["cells"] = {h: v for h, v in r["cells"].items() if h != "名称"}
            headers = tuple(dict.fromkeys(h for r in rows for h in r["cells"]))
            for r in rows:
                r["cells"] = {h: r["cells"].get(h, "") for h in headers}
        body = [r for r in rows if not _is_total(r["cells"], headers)]
        if len(body) < 3:
            continue
        for where in ("heading", "caption"):
            if headers != "item" and len({r.get(where, "") for r in body}) > 1:
                # One header on several sheets or under several headings (基本方針1…3): where a row
                # stands is a value of it too.
                headers = ("見出し", *headers)
                for r in body:
                    r["cells"] = {"見出し": r.get(where, ""), **r["cells"]}
                break
        tables.append(_table(source, titles[source], list(headers), body))
    _CACHE[key] = tables
    return tables


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


def _is_total(cells: dict, headers: tuple) -> bool:
    first = [nfkc(str(cells.get(h) or "")).strip() for h in headers[:2]]
    return any(_TOTAL_ROW.match(v.replace(" ", "")) for v in first if v)


def _table(source: str, doc_title: str, headers: list[str], rows: list[dict]) -> Table:
    columns = [_column(h, [r["cells"].get(h) for r in rows]) for h in headers]
    name = ""
    for c in columns:
        values = [nfkc(str(r["cells"].get(c.header) or "")) for r in rows]
        filled = [v for v in values if v.strip()]
        if (not c.numeric and not c.years_inside and len(filled) == len(values) and len(set(filled)) == len(filled)
                and all(len(v) >= 3 and not re.fullmatch(r"[\d\s,.%A-Za-z()\-]+", v) for v in filled)):
            name = c.header
            break
    number = next((c.header for c in columns if c.header != name and re.search(r"番号|^no\.?$|^№$|^#$", _key(c.header))
                   and all(len(str(r["cells"].get(c.header) or "")) <= 8 for r in rows)), "")
    caption = next((r["caption"] for r in rows if r["caption"]), "")
    unit = re.search(r"単位\s*[:：]\s*([^)）\s]+)", nfkc(caption))
    if unit:  # 「（単位：千円）」 in the caption is the unit of its numbers
        columns = [replace(c, unit=c.unit or unit.group(1)) if c.numeric else c for c in columns]
    return Table(source, doc_title, caption, columns, rows, name, number)


def _column(header: str, values: list) -> Column:
    text = nfkc(header)
    years = find_years(text)
    unit = (_UNIT.search(text).group(1) if _UNIT.search(text) and not years else "")
    base = _UNIT.sub("", text)
    for y in sorted(find_years(base), key=lambda y: -y.start):
        base = base[:y.start] + base[y.end:]
    base = _key(base.strip(" の・"))
    base = re.sub(r"^の|の$", "", base)
    filled = [nfkc(str(v)).strip() for v in values if v not in (None, "") and nfkc(str(v)).strip() not in _EMPTY]
    numeric = bool(filled) and sum(_number(v) is not None for v in filled) >= 0.6 * len(filled)
    years_inside = bool(filled) and sum(bool(find_years(v, calendar=True)) for v in filled) >= 0.6 * len(filled)
    unit = unit or _unit_of(filled)
    forms = list(_label_forms(header)) if base or not years else []
    if base and base not in forms:
        forms.append(base)
    # 「3か年の合計」: its first part alone names it too (「3か年の効果額の合計」).
    for part in base.split("の"):
        if len(part) >= 2 and part not in forms and not _SUM.search(part):
            forms.append(part)
    # 「部」「課」: a one-character header is said as a word of its own (「取組がいちばん多い部」).
    forms = sorted({f for f in forms if len(f) >= 2 or re.fullmatch(r"[一-龥]", f)}, key=len, reverse=True)
    schedule = bool(filled) and sum(len({y.fiscal_year for y in find_years(v)}) >= 2 for v in filled) >= 0.6 * len(filled)
    dates = bool(filled) and sum(_date(v) is not None for v in filled) >= 0.6 * len(filled)
    marks = bool(years) and bool(filled) and all(v in _MARKS for v in filled)
    return Column(header, tuple(forms), years[0].fiscal_year if years else None, base, numeric,
                  (years_inside or dates) and not marks, unit, schedule, dates, marks)


_AMOUNT = re.compile(r"^([+\-]?\d+(?:\.\d+)?)(千円|百万円|万円|億円|円|%|人|件|台|か所|箇所|区画|回|日|時間|分|校|館|園)?$")


def _number(value) -> float | None:
    """「18,000千円」「95%」「3」 → 18000, 95, 3 (the unit is the column's); None for text."""
    v = nfkc(str(value or "")).replace(",", "").replace(" ", "").replace("−", "-")
    if v in _EMPTY:
        return None
    m = _AMOUNT.match(v)
    return float(m.group(1)) if m else None


def _unit_of(values: list[str]) -> str:
    units = [m.group(2) for v in values if (m := _AMOUNT.match(nfkc(v).replace(",", "").replace(" ", ""))) and m.group(2)]
    return max(set(units), key=units.count) if units else ""


def _cell_values(raw: str) -> set[str]:
    """What a cell may be called by: itself, its grade letter, its parts (市民課、会計課) and the text
    around a parenthesis (「完了（平成28年度）」 is 完了)."""
    bare = re.sub(r"\s*[(（][^()（）]*[)）]\s*", " ", raw).strip()
    out = {_grade_of(raw), raw, *_parts(raw), bare, *(_parts(bare) if bare != raw else [])}
    office = re.fullmatch(r"(.{2,10}?[部局])(.{2,12}[課室係])", nfkc(bare))
    if office:  # 「総務部情報企画課」 is 総務部 and 情報企画課
        out |= {office.group(1), office.group(2)}
    return out


_DATE = re.compile(r"(?:(?P<era>令和|平成|[RrHh])\s*(?P<n>元|\d{1,2})|(?P<west>(?:19|20)\d{2}))\s*"
                   r"(?:年|[./\-])\s*(?P<m>\d{1,2})\s*(?:月|[./\-])\s*(?P<d>\d{1,2})\s*日?")


def _date(value) -> tuple[int, int, int] | None:
    """「R7.3.31」「令和7年3月31日」「2025/3/31」 → (2025, 3, 31)."""
    m = _DATE.search(nfkc(str(value or "")))
    if not m:
        return None
    if m.group("west"):
        year = int(m.group("west"))
    else:
        era = m.group("era").upper() if len(m.group("era")) == 1 else m.group("era")
        year = {"令和": 2018, "R": 2018, "平成": 1988, "H": 1988}[era] + (1 if m.group("n") == "元" else int(m.group("n")))
    return year, int(m.group("m")), int(m.group("d"))


def _fy(value) -> int | None:
    found = find_years(nfkc(str(value or "")), calendar=True)
    if found:
        return found[0].fiscal_year
    day = _date(value)
    return (day[0] - 1 if day[1] <= 3 else day[0]) if day else None  # R7.3.31 is in fiscal 2024


def _fy_span(value) -> tuple[int, int] | None:
    """The fiscal years a cell covers: 「令和7年度～令和8年度」 → (2025, 2026), 「令和7年度」 → (2025, 2025)."""
    found = find_years(nfkc(str(value or "")), calendar=True)
    if len(found) >= 2 and re.search(r"[~～〜\-ー]|から", nfkc(str(value))[found[0].end:found[1].start]):
        return found[0].fiscal_year, found[1].fiscal_year
    fy = _fy(value)
    return (fy, fy) if fy is not None else None


# ---------------------------------------------------------------------------------- the entry
def answer_from_tables(db: IndexReader, question: str, context: TableContext | None = None, loose: bool = False,
                       ) -> tuple[Answer, TableContext] | None:
    """The answer from a generic document's table when the question is about one (or follows an answer
    from one), with the context a follow-up goes on from; None when it is not. `loose`: the records of
    the dedicated kinds did not answer the question, so words they also hold may name a table."""
    tables = read_tables(db)
    if not tables:
        return None
    qn = _key(question)
    places = _places(question)
    place_spans = [(qn.find(_key(p)), qn.find(_key(p)) + len(_key(p))) for p in places if _key(p) in qn]
    inherited: dict[int, list[Cond]] = {}  # by id(table): the conditions a follow-up goes on from
    if places:
        shas = dict(db.execute("SELECT source, sha256 FROM documents WHERE kind = 'generic'").fetchall())
        about = {p: [t for t in tables if _key(p) in _document_text(db, shas.get(t.source, ""))] for p in places}
        candidates = [t for t in tables if all(t in about[p] for p in places)]
        if not candidates:
            if len(places) >= 2 and all(about.values()):
                return _across(db, question, qn, about, place_spans)
            return None
        candidates = _titled(db, question, candidates) or candidates  # 「八戸市の評価報告書で…」
        if context is not None and context.table in candidates and _FOLLOW.search(qn):
            candidates, inherited = [context.table], {id(context.table): list(context.conds)}
    elif context is not None:
        # The table the conversation is on, or another table of its document holding the same rows
        # (「取組2の所管課は？」 from the list, then 「期待される効果は？」 from the items).
        candidates = [context.table] + [t for t in tables if t.source == context.table.source and t is not context.table]
        inherited = {id(context.table): list(context.conds)}
        names = {_key(str(r["cells"].get(context.table.name) or "")) for r in context.rows} - {""}
        for t in candidates[1:]:
            if t.name and names and len(names) <= 50:
                inherited[id(t)] = [Cond(t.name, "names", names, f"{t.name}が前の回答の{len(names)}件")]
    else:
        candidates = _titled(db, question, tables) or tables
    readings = [r for t in candidates if (r := _read(db, t, question, qn, place_spans)) is not None]
    if not readings:
        return None
    # The document the question names by its title's words (第2次行政改革大綱, 事務事業評価) first.
    # (a city named scopes; it prefers none of its documents' tables)
    words = [_key(w) for w in _content_words(question) if len(_key(w)) >= 2 and not any(_key(p) in _key(w) for p in places)
             and not find_years(w, calendar=True)]
    reading = max(readings, key=lambda r: (sum(len(w) for w in words if w in _key(r.table.doc_title)),
                                           r.score + sum(len(w) for w in words if len(w) >= 4 and w in _key(r.table.caption)),
                                           r.table is (context.table if context else None), len(r.table.rows)))
    if not places and context is None and not reading.named_verbatim:
        # Nothing names the document: its own words must (目標効果額, a value no other document has),
        # and no other document's table may read as well.
        titled = _titled(db, question, tables)
        if not titled and (not reading.said or (not loose and any(_in_dedicated(db, w) for w in reading.said))):
            return None
        if any(r.score >= reading.score and r.table.source != reading.table.source for r in readings):
            return None
    if not places and context is None and not loose and any(_in_dedicated(db, _key(n)) for n in reading.names):
        return None
    if not places and context is None and _named_elsewhere(db, reading):
        return None  # the same name in two documents, and nothing says which
    if context is not None and not places and not reading.used_any:
        return None
    return _answer(db, question, qn, reading, inherited.get(id(reading.table), []))


def _in_title(word: str, title: str) -> bool:
    """「第3次計画」 names 「第3次行財政改革実施計画」: each part of the word (第3次, 計画) is in the title."""
    parts = re.findall(r"第?\d+次?|[^\d第次]+", word)
    return bool(parts) and all(p in title for p in parts) and any(len(p) >= 2 for p in parts)


def _titled(db, question: str, tables: list[Table]) -> list[Table]:
    """The tables of the documents the question names by a word of their title (第2次行政改革大綱,
    集中改革プラン) that other documents' titles do not have."""
    titles = {t.source: _key(t.doc_title) for t in tables}
    # A fiscal year (令和7年度) names when, not which document.
    words = [_key(w) for w in _content_words(question) if len(_key(w)) >= 4 and not find_years(w, calendar=True)]
    for w in sorted(words, key=len, reverse=True):
        sources = {src for src, title in titles.items() if _in_title(w, title)}
        if sources and len(sources) < len(set(titles)):
            return [t for t in tables if t.source in sources]
    return []


def _sha(db, source: str) -> str:
    row = db.execute("SELECT sha256 FROM documents WHERE source = ?", [source]).fetchone()
    return row[0] if row else ""


def _named_elsewhere(db, reading: _Reading) -> bool:
    shas = db.execute("SELECT source, sha256 FROM documents WHERE kind = 'generic' AND source != ?",
                      [reading.table.source]).fetchall()
    return any(_key(n) in _document_text(db, sha) for _, sha in shas for n in reading.names)


def _across(db, question: str, qn: str, about: dict[str, list[Table]], place_spans) -> tuple[Answer, None] | None:
    """「伊那市と鯖江市で財政課が所管する取組はあわせて何件？」: each city's table read on its own, the
    counts added up."""
    parts = []
    for place, tables in about.items():
        readings = [r for t in tables if (r := _read(db, t, question, qn, place_spans)) is not None]
        if not readings:
            return None
        reading = max(readings, key=lambda r: (r.score, len(r.table.rows)))
        if reading.aggregate not in ("", "count"):
            return None
        answer, _ = _answer(db, question, qn, reading, [])
        if answer.status == "partial":
            return None
        parts.append((place, answer))
    total = sum(a.count for _, a in parts)
    first = parts[0][1]
    answer = Answer(question=question, target="table_row", count=total, columns=[],
                    rows=[r for _, a in parts for r in a.rows], excerpts=[e for _, a in parts for e in a.excerpts],
                    understood=[c for _, a in parts for c in a.understood],
                    notes=["専用の読み取り規則がない文書の表から、市町村ごとに数えて合計しました"])
    answer.value = total if first.understood and any(c.get("op") == "count" for c in first.understood) else None
    each = "、".join(f"{place} {a.count}件" for place, a in parts)
    answer.summary = f"あわせて {total}件です（{each}）。"
    return answer, None


_SELECTION = re.compile(r"主な|主要な|抜粋|一部|代表的|抜き出")
_COMPARED = re.compile(r"^(?:を|より|に)(?:上回|超え|超|下回|多|少な|大き|小さ|高|低|達し|満た|届)[ぁ-ん]*")
_GROUPED = re.compile(r"^(?:ごと|別|毎)(?:の|に|で)?|^の(?:内訳|分布)")
_ORDER = re.compile(r"(?:大きい|多い|高い|小さい|少ない|低い)(?:もの|ものから|ほう|方)?(?:の)?順|降順|昇順")
_LISTING = re.compile(r"一覧|全部|すべて|全て|リスト|全件")
_VALUE_VERB = re.compile(r"^(?:する|している|した|して|される|の)|^(?P<neg>しない|していない|しなかった|しておらず|されていない)")
_REFINE = re.compile(r"そのうち|その中|このうち|この中|うち|それら|これら|さらに|しかも|そこから|絞")
_FOLLOW = re.compile(r"^(?:その|それ|うち|この|じゃあ|では|で、|なら)")


@dataclass
class _Reading:
    table: Table
    conds: list[Cond]
    spans: list[tuple[int, int]]
    aggregate: str  # count sum avg max min ""
    measure: str  # the header the aggregate or the asked value is over
    asked: str  # the header whose value is asked (「担当課は？」)
    names: list[str]  # row names said
    score: int
    named_verbatim: bool
    used_any: bool
    notes: list[str] = field(default_factory=list)
    said: list[str] = field(default_factory=list)  # the values and column words the reading used
    part_year: int = 0  # the year whose part of a schedule cell is asked


def _read(db, t: Table, question: str, qn: str, place_spans: list[tuple[int, int]]) -> _Reading | None:
    taken: list[tuple[int, int]] = list(place_spans)
    mentions: list[_Mention] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    def take(a: int, b: int, kind: str, data=None) -> None:
        taken.append((a, b))
        mentions.append(_Mention(a, b, kind, data))

    # Row numbers: 「No.3からNo.6まで」「取組2」「No.5」.
    if t.number:
        m = re.search(r"(?:no\.?|番号|取組|項目)(\d+)(?:から|~|〜|-)(?:no\.?|番号|取組|項目)?(\d+)(?:まで)?", qn)
        if m:
            take(*m.span(), "number", (int(m.group(1)), int(m.group(2))))
        for m in re.finditer(r"(?:no\.?|番号|取組|項目)(\d+)(?![\d,.])", qn):
            if free(*m.span()):
                take(*m.span(), "number", (int(m.group(1)), int(m.group(1))))
    # Days (「令和7年3月31日」「R7.4.1以降」), before fiscal years.
    for m in _DATE.finditer(qn):
        if free(*m.span()):
            bound = _YEAR_BOUND.match(qn[m.end():])
            take(m.start(), m.end() + (bound.end() if bound else 0), "date",
                 (_date(m.group(0)), bound.group(0).lstrip("度") if bound else ""))
    # Fiscal years (the numbers inside them are not values).
    for y in find_years(qn, calendar=True):
        if free(y.start, y.end):
            end = y.end
            edge = re.match(r"度?(?:末|中|当初|初め)", qn[end:])  # 「令和9年度末に」: the year's end is the year
            end += edge.end() if edge else 0
            bound = _YEAR_BOUND.match(qn[end:])
            take(y.start, end + (bound.end() if bound else 0), "year",
                 (y.fiscal_year, bound.group(0).lstrip("度") if bound else ""))
    def numbers(with_unit_only: bool) -> None:
        """Numbers with a bound (「50,000千円以上」「2,000千円から5,000千円まで」「0千円の」); those with a unit
        or a bound first, so 千円 is never read as a value of a 単位 column."""
        for m in _NUMBER_IN_Q.finditer(qn):
            if not free(*m.span()) or (m.start() and qn[m.start() - 1].isdigit()):
                continue
            if with_unit_only and not m.group(2) and not _NUMBER_BOUND.match(qn[m.end():]):
                continue
            after = qn[m.end():]
            bound = _NUMBER_BOUND.match(after)
            value = float(m.group(1).replace(",", ""))
            unit = m.group(2) or ""
            end = m.end() + (bound.end() if bound else 0)
            if bound and bound.group(0) in ("から", "~", "〜", "ー"):
                m2 = _NUMBER_IN_Q.match(qn, end)
                if m2:
                    high = float(m2.group(1).replace(",", ""))
                    tail = re.match(r"まで|の間|以内", qn[m2.end():])
                    take(m.start(), m2.end() + (tail.end() if tail else 0), "cmp",
                         ("between", (value, high), unit or m2.group(2) or ""))
                    continue
            if bound:
                word = bound.group(0)
                op = ("ge" if word == "以上" else "le" if word == "以下" else "lt" if word in ("未満",) else
                      "gt" if word in ("超", "を超え", "をこえ") or word.startswith("より") and word[-1] in "多大上高" else
                      "lt")
                take(m.start(), end, "cmp", (op, value, unit))
            elif re.match(r"(?:の|で|に|だ|と)", after) and m.group(1) and (m.group(2) or re.search(r"[がは]$", qn[:m.start()])):
                take(m.start(), m.end(), "cmp", ("eq", value, unit))

    numbers(with_unit_only=True)
    # Row names, as written or nearly.
    named: list[str] = []
    read_notes: list[str] = []
    verbatim = False
    if t.name:
        found = []
        for r in t.rows:
            name = str(r["cells"].get(t.name) or "")
            score, span = _title_score(_key(name), qn)
            if score >= _FUZZY_TITLE and free(*span):
                found.append((score, span, r, name))
        for score, span, r, name in sorted(found, key=lambda f: (-f[0], -(f[1][1] - f[1][0]))):
            if free(*span):
                take(*span, "row", r["key"])
                named.append(name)
                if score < 100:
                    read_notes.append(f"質問の「{qn[span[0]:span[1]]}」を「{name}」と読みました")
                verbatim = verbatim or (score >= 100 and len(_key(name)) >= 4)
    # Cell values (longest first); a grade letter or symbol only as a word of its own.
    values: dict[str, set[str]] = {}
    for c in t.columns:
        if c.header == t.name or c.numeric:
            continue
        for r in t.rows:
            raw = str(r["cells"].get(c.header) or "")
            for v in _cell_values(raw):
                vk = _key(v)
                if vk and (len(vk) >= 2 or _SHORT_VALUE.match(vk)) and not vk.isdigit() and vk not in _EMPTY:
                    values.setdefault(vk, set()).add(c.header)
    # Values, a grade's wording printed in a legend (「△：未達成」: 「未達成の取組」 is the symbol) and
    # column words, the longest first: 「達成状況」 is the column, not the value 達成 inside it.
    said: list[tuple[str, str, object]] = [(vk, "value", (vk, holders)) for vk, holders in values.items()]
    letters = {vk for vk in values if _SHORT_VALUE.match(vk)}
    if letters:
        said += [(w, "value", (letter, values[letter])) for w, letter in _wordings_for(db, t).items() if letter in letters]
    said += [(f, "col", c.header) for c in t.columns for f in c.forms]
    for form, kind, data in sorted(said, key=lambda x: -len(x[0])):
        pattern = re.escape(form) if len(form) >= 2 else \
            rf"(?<![一-龥]){re.escape(form)}(?![一-龥])" if re.fullmatch(r"[一-龥]", form) else \
            rf"(?<![a-z0-9.\-]){re.escape(form)}(?![a-z0-9.\-])"
        for m in re.finditer(pattern, qn):
            if free(*m.span()):
                take(*m.span(), kind, data)
    # 「担当課は？」 where the table prints 所管課: the one column naming the office answers, said so.
    office = _OFFICE_WORD.search(qn)
    offices = [c.header for c in t.columns if _OFFICE_LABEL.match(nfkc(c.header))]
    named_rows = [r for r in t.rows if any(m.kind == "row" and m.data == r["key"] for m in mentions)]
    if len(offices) > 1 and named_rows:
        offices = [h for h in offices if any(r["cells"].get(h) for r in named_rows)]
    if office and len(offices) > 1:
        # 「担当課」 over 部 | 課 columns: the one ending as the word said does.
        offices = [h for h in offices if nfkc(h)[-1] == office.group(0)[-1]] or offices
    if office and free(*office.span()) and len(offices) == 1:
        take(*office.span(), "col", offices[0])
        read_notes.append(f"この表に「{office.group(0)}」の欄はないため、同じく担当の部署を示す「{offices[0]}」の欄で答えました")
    numbers(with_unit_only=False)
    # 「実績値が計画値を上回った」: two columns of a row compared.
    cols = sorted((m for m in mentions if m.kind == "col"), key=lambda m: m.start)
    for a, b in zip(cols, cols[1:]):
        between = qn[a.end:b.start]
        verb = _COMPARED.match(qn[b.end:])
        if between in ("が", "は", "の方が", "のほうが") and verb:
            mentions.remove(a)
            mentions.remove(b)
            word = verb.group(0)
            op = "lt" if re.search(r"届かな|達しな|満たな|下回|少な|小さ|低", word) else \
                "ge" if re.search(r"達し|満た|届", word) else "gt"
            take(a.start, b.end + verb.end(), "cols", (a.data, b.data, op))
    # Negations right after a value; 「◎でも○でもない」 negates both.
    values_said = sorted((m for m in mentions if m.kind == "value"), key=lambda m: m.start)
    for n, mention in enumerate(values_said):
        neg = _NEGATION.match(qn[mention.end:])
        if neg:
            take(mention.end, mention.end + neg.end(), "neg", mention.start)
        elif qn.startswith("でも", mention.end) and n + 1 < len(values_said) \
                and values_said[n + 1].start == mention.end + 2 and qn.startswith("でもな", values_said[n + 1].end):
            take(mention.end, mention.end + 2, "neg", mention.start)
    aggregate = ""
    # 「担当課ごとの件数」「進捗状況の内訳」: the rows counted by a column's values.
    for mention in [m for m in mentions if m.kind == "col"]:
        by = _GROUPED.match(qn[mention.end:])
        if by:
            mentions.remove(mention)
            take(mention.start, mention.end + by.end(), "group", mention.data)
            aggregate = "group"
            break
    order = _ORDER.search(qn)
    if not aggregate and order and free(*order.span()):
        aggregate = "order_asc" if re.search(r"小さ|少な|低|昇", order.group(0)) else "order_desc"
        take(*order.span(), "agg", aggregate)
    listing = _LISTING.search(qn)
    if listing and free(*listing.span()):
        take(*listing.span(), "list")
    for name, pattern in (("sum", _SUM), ("avg", _AVG), ("max", _MAX), ("min", _MIN)):
        if aggregate:
            break
        m = pattern.search(qn)
        if m and free(*m.span()):
            aggregate = name
            take(*m.span(), "agg", name)
            break
    counting = _COUNT_Q.search(qn)
    if counting and free(*counting.span()) and aggregate in ("", "sum") and not (
            aggregate == "sum" and re.search(r"あわせて|合わせて", qn)):
        aggregate = aggregate or "count"
        take(*counting.span(), "count")
    elif counting and aggregate == "":
        aggregate = "count"
    run = _RUN.search(qn)
    if run and free(*run.span()):
        take(*run.span(), "run", int(nfkc(run.group(1)).replace("二", "2").replace("三", "3")) if run.group(1) else 2)
    reading = _bind(t, qn, mentions, aggregate, named, verbatim, taken)
    if reading is not None:
        reading.notes[:0] = read_notes
    return reading


_YEN = {"円": 1, "千円": 1000, "万円": 10000, "百万円": 1000000, "万千円": 10000000, "億円": 100000000}


def _in_column_unit(value, said: str, column: str):
    """「1,000万円以上」 over a column in 千円 is 10,000: an amount said in another unit of money."""
    if said in _YEN and column in _YEN:
        factor = _YEN[said] / _YEN[column]
        return tuple(v * factor for v in value) if isinstance(value, tuple) else value * factor
    return value


_WORDINGS: dict[tuple, dict[str, str]] = {}


def _wordings_for(db, t: Table) -> dict[str, str]:
    """What the document's grade letters and symbols mean (「△：未達成」), read from its legend."""
    key = (id(db), t.source, t.doc_title, len(t.rows), t.rows[0]["key"])
    if key not in _WORDINGS:
        if len(_WORDINGS) > 64:
            _WORDINGS.clear()
        present = {"count_fact"} if db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'count_fact'").fetchone() else set()
        _WORDINGS[key] = _grade_wordings(db, present, {t.source})
    return _WORDINGS[key]


def _bind(t: Table, qn: str, mentions: list[_Mention], aggregate: str, named: list[str], verbatim: bool,
          taken: list[tuple[int, int]]) -> _Reading | None:
    mentions.sort(key=lambda m: m.start)
    conds: list[Cond] = []
    notes: list[str] = []
    years: list[int] = []  # fiscal years said and not yet bound
    col: str = ""  # the column said last, not yet bound
    asked, measure = "", ""
    rows_named = [m.data for m in mentions if m.kind == "row"]
    used = {m.kind for m in mentions}
    negated_at = {m.data for m in mentions if m.kind == "neg"}
    run = next((m.data for m in mentions if m.kind == "run"), 0)
    last_value: _Mention | None = None
    value_from = 0
    part_year = 0
    for m in mentions:
        if m.kind == "year":
            fy, bound = m.data
            target = _years_column(t, col) if bound else None
            if bound == "から" and re.match(r"(?:取組を|事業を)?(?:始|開始|スタート|着手|実施)", qn[m.end:]):
                bound = "start"  # 「令和7年度から始める」: begins that year, not any year after
            if re.match(r"(?:だけ|のみ)", qn[m.end:]) and not bound:
                bound = "only"  # 「スケジュールが令和6年度だけ」: that year and no other
            if bound in ("まで", "までに") and re.match(r"(?:は|も)?(?:続|継続|実施|取り組|行われ)", qn[m.end:]):
                bound = "lasts"  # 「令和9年度まで続く」: still going that year, not over before it
            if not col and any(c.marks for c in t.columns):
                # A schedule of ○ marks by year: the years are read against the marks (below).
                if bound == "start":
                    conds.append(Cond("", "mark_start", fy, f"最初に○がつく年度が{_fy_text(fy)}"))
                else:
                    years.append(fy)
                continue
            if bound and target is not None:
                op = {"まで": "fy_le", "までに": "fy_le", "以前": "fy_le", "より前": "fy_lt", "以降": "fy_ge",
                      "から": "fy_ge", "より後": "fy_gt", "以後": "fy_ge", "より先": "fy_gt",
                      "start": "fy_start", "lasts": "fy_lasts", "only": "fy_only"}.get(bound, "fy_le")
                conds.append(Cond(target, op, fy, _said(target, op, _fy_text(fy))))
                col = ""
            elif bound and len([c for c in t.columns if c.years_inside]) == 1:
                target = next(c.header for c in t.columns if c.years_inside)
                op = {"以降": "fy_ge", "から": "fy_ge", "より後": "fy_gt", "以後": "fy_ge", "より先": "fy_gt",
                      "より前": "fy_lt", "start": "fy_start", "lasts": "fy_lasts", "only": "fy_only"}.get(bound, "fy_le")
                conds.append(Cond(target, op, fy, _said(target, op, _fy_text(fy))))
            elif _years_column(t, col) is not None:
                target = _years_column(t, col)
                conds.append(Cond(target, "fy_eq", fy, _said(target, "fy_eq", _fy_text(fy))))
                col = ""
            else:
                years.append(fy)
        elif m.kind == "col":
            c = t.column(m.data)
            if c.schedule and years:
                part_year = years.pop()  # 「令和7年度のスケジュール」: that year's part of the cell
                col = c.header
                continue
            if c.years_inside and years:
                fy = years.pop()
                conds.append(Cond(c.header, "fy_eq", fy, _said(c.header, "fy_eq", _fy_text(fy))))
                continue
            verb = _VALUE_VERB.match(qn[m.end:])
            if last_value is not None and qn[last_value.end:m.start] in ("が", "を", "で", "") and verb:
                # 「情報政策課が所管する」「…が所管しない」: the column's verb after its value.
                if verb.group("neg"):
                    for c in conds[value_from:]:
                        if c.op in ("eq", "ne"):
                            c.op = "ne" if c.op == "eq" else "eq"
                            c.label = _said(c.header, c.op, _shown(t, c.header, c.value))
                taken.append((m.end, m.end + verb.end()))
                continue
            if m.data != t.name:  # 「…取組は」: the rows themselves, not a column asked
                col = m.data
        elif m.kind == "value" and re.match(r"(?:も|を)含", qn[m.end:]) and conds and conds[-1].header in m.data[1]:
            # 「達成できなかった（一部達成も含む）」: that value too, beside the condition before.
            vk = m.data[0]
            prev = conds[-1]
            conds[-1] = Cond(prev.header, "or", [prev, Cond(prev.header, "eq", vk, "")],
                             f"{prev.label}（{_shown(t, prev.header, vk)}も含む）")
        elif m.kind == "value":
            last_value, value_from = m, len(conds)
            vk, holders = m.data
            negate = m.start in negated_at
            chosen = _columns_for_value(t, holders, col, years)
            if not chosen:
                return None
            if run and len(chosen) > 1:
                conds.append(Cond("|".join(chosen), "run", (vk, run), f"{'・'.join(chosen)}で{run}年続けて{_shown(t, chosen[0], vk)}"))
            else:
                if len(chosen) > 1 and not years and all(t.column(h).year for h in chosen):
                    latest = max(chosen, key=lambda h: t.column(h).year or 0)
                    notes.append(f"年度の指定がないため、最新の「{latest}」の欄で判断しました")
                    chosen = [latest]
                for h in chosen:
                    op = "ne" if negate else "eq"
                    conds.append(Cond(h, op, vk, _said(h, op, _shown(t, h, vk))))
            kept = col if col and col not in chosen and not t.column(col).years_inside else ""
            if years and not any(t.column(h).year in years for h in chosen):
                # 「平成28年度に完了した」: the year is in the same cell (完了（平成28年度）).
                inside = [h for h in chosen if t.column(h).years_inside]
                if not inside:
                    col = ""
                    continue  # the year stays unbound: no answer without it
                for fy in years:
                    conds.append(Cond(inside[0], "fy_eq", fy, _said(inside[0], "fy_eq", _fy_text(fy))))
            years, col = [], kept  # 「合計見込み」: 見込 names the row, 合計 is still what is asked
        elif m.kind == "date":
            day, bound = m.data
            dated = [c.header for c in t.columns if c.dates]
            target = col if col and t.column(col).dates else (dated[0] if len(dated) == 1 else None)
            if target is None:
                return None
            op = {"まで": "d_le", "までに": "d_le", "以前": "d_le", "より前": "d_lt", "以降": "d_ge", "から": "d_ge",
                  "より後": "d_gt", "以後": "d_ge", "より先": "d_gt"}.get(bound, "d_eq")
            shown = f"{day[0]}年{day[1]}月{day[2]}日"
            conds.append(Cond(target, op, day, _said(target, op, shown)))
            col = ""
        elif m.kind == "cmp":
            op, value, unit = m.data
            target = _numeric_column(t, col, years)
            if target is None:
                return None
            value = _in_column_unit(value, unit, t.column(target).unit)
            label_value = f"{value[0]:g}〜{value[1]:g}" if op == "between" else f"{value:g}"
            conds.append(Cond(target, op, value, _said(target, op, label_value)))
            years, col = [], ""
        elif m.kind == "cols":
            a, b, op = m.data
            a, b = _of_year(t, a, years), _of_year(t, b, years)
            if years and t.column(a).year == years[-1]:
                years = years[:-1]
            if not (t.column(a).numeric and t.column(b).numeric):
                return None
            conds.append(Cond(f"{a}|{b}", "cols_" + op, None, _said(a, "cols_" + op, b)))
        elif m.kind == "number":
            low, high = m.data
            conds.append(Cond(t.number, "numbers", (low, high),
                              f"{t.number}が{low}" if low == high else f"{t.number}が{low}〜{high}"))
    conds = _either(t, conds)
    if rows_named:
        conds.insert(0, Cond(t.name, "rows", rows_named, f"{t.name}が{'・'.join(named)}"))
    marked = [c for c in t.columns if c.marks]
    if years and marked and not conds_on_years(conds):
        # 「令和8年度に実施する」 over a schedule of ○ marks by year (R6 R7 R8 R9).
        tail = qn[max(m.end for m in mentions if m.kind == "year"):]
        neg = re.match(r"(?:に|は|も|で)?(?:実施|取組|取り組|行|予定|着手|やら)?[ぁ-ん]*?(?:しない|されない|ない|ません)", tail)
        every = bool(re.search(r"毎年|毎年度|ずっと|続けて", qn))
        span = [c for c in marked if c.year is not None and min(years) <= c.year <= max(years)]
        if not span:
            return None
        op = "mark_all" if every else "mark_not" if neg else "mark"
        shown = "・".join(c.header for c in span)
        conds.append(Cond("|".join(c.header for c in span), op, None,
                          f"{shown}{'がすべて○' if op == 'mark_all' else 'が○でない' if op == 'mark_not' else 'が○'}"))
        years = []
    # What is asked: a column said and not bound (「担当課は？」), or the years' column of the measure.
    if col:
        asked = _of_year(t, col, years)
        if years and t.column(asked).year == years[-1]:
            years = years[:-1]
    elif years and _year_columns(t, None):
        by_year = [h for h in _year_columns(t, None) if t.column(h).year == years[-1]]
        asked = by_year[0] if len(by_year) == 1 else ""
        if asked:
            years = years[:-1]
    # Only when the rows are years: the first column is the year and no column names the rows.
    keyed = [c for c in t.columns[:1] if c.years_inside and not c.dates and not t.name]
    if years and len(keyed) == 1 and not _year_columns(t, None):
        # 「令和6年度の効果額」 over a table with a row per year (年度 | 窓口業務の民間委託 | … | 合計).
        conds.append(Cond(keyed[0].header, "fy_eq", years[-1], _said(keyed[0].header, "fy_eq", _fy_text(years[-1]))))
        years = years[:-1]
    own = _report_years(t.doc_title)
    if years and len(own) == 1 and set(years) == own and used & {"row", "value", "col", "cmp", "cols"}:
        notes.append(f"{'・'.join(_fy_text(y) for y in years)}はこの資料の年度として読みました")
        years = []  # 「今治市の2024年度の効果額」 of its 2024年度取組結果: the report's own year
    if years:
        return None  # a year said that bound to nothing: not read, and no answer without it
    if aggregate == "group":
        measure = next(m.data for m in mentions if m.kind == "group")
        asked = ""
    if aggregate == "count" and asked and rows_named:
        aggregate = ""  # 「電子申請の拡充はR6の達成度がいくつ？」: its value, not how many
    if aggregate in ("max", "min") and asked and not t.column(asked).numeric and asked != t.name:
        # 「取組がいちばん多い部は？」: the value of a column that most rows hold.
        aggregate, measure, asked = "top_" + aggregate, asked, ""
    if aggregate in ("sum", "avg", "max", "min", "order_asc", "order_desc"):
        measure = asked if asked and t.column(asked).numeric else ""
        if not measure:
            numeric = [c.header for c in t.columns if c.numeric and c.header != t.number]
            measure = numeric[0] if len(numeric) == 1 else ""
        if not measure:
            return None
        asked = ""
    score = sum(m.end - m.start for m in mentions if m.kind in ("row", "value", "col", "number", "year", "cmp"))
    if not score and aggregate not in ("count", "group") and "list" not in used:
        return None
    spans = list(taken)
    said = [qn[m.start:m.end] for m in mentions if m.kind in ("value", "col", "cols", "group")
            and not (m.kind == "col" and m.data == t.name)]
    return _Reading(t, conds, spans, aggregate, measure, asked, named, score, verbatim,
                    bool(used & {"row", "value", "col", "number", "year", "cmp", "count", "agg"}), notes, said,
                    part_year if asked else 0)


_WORDED = {"d_eq": "{}が{}", "d_le": "{}が{}まで", "d_lt": "{}が{}より前", "d_ge": "{}が{}以降", "d_gt": "{}が{}より後",
           "eq": "{}が{}", "ne": "{}が{}以外", "fy_eq": "{}が{}", "fy_start": "{}が{}から", "fy_lasts": "{}が{}まで続く", "fy_only": "{}が{}だけ", "fy_le": "{}が{}まで", "fy_lt": "{}が{}より前",
           "fy_ge": "{}が{}以降", "fy_gt": "{}が{}より後", "ge": "{}が{}以上", "gt": "{}が{}を超える", "le": "{}が{}以下",
           "lt": "{}が{}未満", "between": "{}が{}", "cols_gt": "{}が{}を上回る", "cols_ge": "{}が{}以上",
           "cols_lt": "{}が{}を下回る"}


def _said(header: str, op: str, value) -> str:
    """A condition as the summary says it: 「担当課が財政課」「目標年度が令和8年度まで」."""
    return _WORDED[op].format(header, value)


def conds_on_years(conds: list[Cond]) -> bool:
    return any(c.op.startswith(("fy_", "mark")) for c in conds)


def _year_order(t: Table) -> list[str]:
    return [c.header for c in sorted((c for c in t.columns if c.marks), key=lambda c: c.year or 0)]


def _report_years(title: str) -> set[int]:
    """The fiscal years a title names on their own, not as a plan's span: 「プラン（2024年度～2026年度）
    2024年度取組結果」 → {2024}."""
    text = nfkc(title)
    out = set()
    for y in find_years(text):
        before, after = text[:y.start].rstrip(" ("), text[y.end:].lstrip(" )")
        if not before.endswith(("~", "～", "〜", "から")) and not after.startswith(("~", "～", "〜", "から")):
            out.add(y.fiscal_year)
    return out


def _year_part(value, fy: int):
    """「令和6年度：検討 令和7年度：委託開始」 and FY 2025 → 「令和7年度：委託開始」 (the cell when no year)."""
    if not fy or not isinstance(value, str):
        return value
    text = nfkc(value)
    found = find_years(text)
    for n, y in enumerate(found):
        if y.fiscal_year == fy:
            end = found[n + 1].start if n + 1 < len(found) else len(text)
            return text[y.start:end].strip(" 、,/")
    return value


def _fy_text(fy: int) -> str:
    label = fy_label(fy)
    return f"令和{label[1:]}年度" if label.startswith("R") else f"平成{label[1:]}年度"


def _shown(t: Table, header: str, vk: str) -> str:
    for r in t.rows:
        raw = str(r["cells"].get(header) or "")
        for v in _cell_values(raw):
            if _key(v) == vk:
                return v
    return vk


def _either(t: Table, conds: list[Cond]) -> list[Cond]:
    """「縮小または廃止」: two values of one column cannot both hold a cell, so either is meant."""
    out: list[Cond] = []
    for c in conds:
        same = next((o for o in out if o.header == c.header and o.op in ("eq", "in") and c.op == "eq"
                     and isinstance(c.value, str) and not isinstance(o.value, float)), None)
        if same is None:
            out.append(c)
            continue
        values = (same.value if same.op == "in" else [same.value]) + [c.value]
        same.op, same.value = "in", values
        same.label = f"{c.header}が" + "または".join(_shown(t, c.header, v) for v in values)
    return out


def _of_year(t: Table, header: str, years: list[int]) -> str:
    """「令和6年度の実績値」: of the columns sharing the said column's name, the one of the year said last."""
    c = t.column(header)
    if not years or not c.base:
        return header
    same = [x.header for x in t.columns if x.base == c.base and x.year == years[-1]]
    return same[0] if len(same) == 1 else header


def _years_column(t: Table, col: str) -> str | None:
    if col and t.column(col).years_inside:
        return col
    return None


def _year_columns(t: Table, base: str | None) -> list[str]:
    return [c.header for c in t.columns if c.year is not None and (base is None or c.base == base)]


def _columns_for_value(t: Table, holders: set[str], col: str, years: list[int]) -> list[str]:
    """The columns a value said binds to: the column said before it, narrowed to the years said."""
    chosen = [h for h in t.columns if h.header in holders]
    if col:
        c = t.column(col)
        same_base = [h for h in chosen if h.header == col or (c.base and h.base == c.base)]
        if same_base:
            chosen = same_base
    if years:
        by_year = [h for h in chosen if h.year in years]
        if by_year:
            return [h.header for h in by_year]
        if any(h.year for h in chosen):
            return []
    return [h.header for h in chosen]


def _numeric_column(t: Table, col: str, years: list[int]) -> str | None:
    if col and t.column(col).numeric:
        col = _of_year(t, col, years)
        # 「令和7年度の達成率」: the year picks the column; a year it cannot pick is not dropped.
        return col if not years or t.column(col).year in years else None
    numeric = [c for c in t.columns if c.numeric and c.header != t.number]
    if years:
        by_year = [c.header for c in numeric if c.year in years]
        return by_year[0] if len(by_year) == 1 else None
    if col:
        c = t.column(col)
        same = [n.header for n in numeric if c.base and n.base == c.base]
        return same[0] if len(same) == 1 else None
    return numeric[0].header if len(numeric) == 1 else None


# ---------------------------------------------------------------------------------- answering
def _holds(row: dict, t: Table, c: Cond) -> bool:
    cells = row["cells"]
    if c.op == "rows":
        return row["key"] in c.value
    if c.op == "names":
        return _key(str(cells.get(c.header) or "")) in c.value
    if c.op == "numbers":
        n = _number(cells.get(c.header))
        return n is not None and c.value[0] <= n <= c.value[1]
    if c.op.startswith("mark"):
        marks = [str(cells.get(h) or "").strip() in _MARKS for h in c.header.split("|")]
        if c.op == "mark_start":
            first = next((t.column(h).year for h in _year_order(t) if str(cells.get(h) or "").strip() in _MARKS), None)
            return first == c.value
        return {"mark": any(marks), "mark_all": all(marks), "mark_not": not any(marks)}[c.op]
    if c.op.startswith("cols_"):
        a, b = (_number(cells.get(h)) for h in c.header.split("|"))
        if a is None or b is None:
            return False
        return {"cols_gt": a > b, "cols_ge": a >= b, "cols_lt": a < b}[c.op]
    if c.op == "run":
        vk, n = c.value
        headers = sorted(c.header.split("|"), key=lambda h: t.column(h).year or 0)
        marks = [_key(_grade_of(str(cells.get(h) or ""))) == vk for h in headers]
        return any(all(marks[i:i + n]) for i in range(len(marks) - n + 1))
    raw = cells.get(c.header)
    if c.op == "or":
        return any(_holds(row, t, part) for part in c.value)
    if c.op == "in":
        return bool({_key(v) for v in _cell_values(str(raw or ""))} & set(c.value))
    if c.op in ("eq", "ne"):
        if isinstance(c.value, float):
            n = _number(raw)
            hit = n is not None and n == c.value or (c.value == 0 and n is None and raw not in (None, ""))
            return hit if c.op == "eq" else not hit
        text = str(raw or "")
        hit = c.value in {_key(v) for v in _cell_values(text)}
        return hit if c.op == "eq" else not hit
    if c.op.startswith("d_"):
        day = _date(raw)
        if day is None:
            return False
        return {"d_eq": day == c.value, "d_le": day <= c.value, "d_lt": day < c.value, "d_ge": day >= c.value,
                "d_gt": day > c.value}[c.op]
    if c.op.startswith("fy_"):
        span = _fy_span(raw)
        if span is None:
            return False
        first, last = span
        # A span (令和7年度～令和8年度) holds each of its years; it ends by its last and begins at its first.
        return {"fy_le": last <= c.value, "fy_lt": last < c.value, "fy_ge": first >= c.value, "fy_gt": first > c.value,
                "fy_eq": first <= c.value <= last, "fy_start": first == c.value, "fy_lasts": last >= c.value,
                "fy_only": first == last == c.value}[c.op]
    n = _number(raw)
    if n is None:
        return False
    if c.op == "between":
        return c.value[0] <= n <= c.value[1]
    return {"ge": n >= c.value, "gt": n > c.value, "le": n <= c.value, "lt": n < c.value}[c.op]


def _answer(db, question: str, qn: str, reading: _Reading, inherited: list[Cond]) -> tuple[Answer, TableContext]:
    t = reading.table
    # 「そのうち…」 narrows the rows before; a follow-up stating conditions of its own without it asks anew
    # over the same table (「令和5年度にC評価のものは何件？」); one stating none keeps them (「何件？」).
    if reading.conds and not _REFINE.search(qn):
        inherited = []
    conds = _merge(inherited, reading.conds)
    rows = [r for r in t.rows if all(_holds(r, t, c) for c in conds)]
    shown = [_row(t, r) for r in rows]
    columns = [c.header for c in t.columns]
    what = _rows_word(t)
    understood = [{"field": "source", "op": "in", "value": [t.source], "label": f"文書: {t.doc_title}"}]
    understood += [{"field": c.header, "op": c.op, "value": c.value, "label": c.label} for c in conds]
    answer = Answer(question=question, target="table_row", rows=shown, count=len(shown), columns=columns,
                    understood=understood, notes=list(reading.notes))
    names = "、".join(str(r["cells"].get(t.name) or r["key"]) for r in rows[:6]) + (" ほか" if len(rows) > 6 else "")
    cond_text = "、".join(c.label for c in conds)
    where = f"（{t.doc_title}" + (f"「{t.caption}」" if t.caption and t.caption != t.doc_title else "") + "の表）"
    if reading.aggregate == "count":
        answer.value = len(rows)
        answer.summary = (f"{cond_text + 'の' if cond_text else ''}{what}は {len(rows)}件です{where}"
                          + (f"：{names}。" if rows else "。"))
        understood.append({"field": "*", "op": "count", "value": None, "label": "件数を数える"})
    elif reading.aggregate in ("sum", "avg", "max", "min"):
        m = reading.measure
        unit = t.column(m).unit
        numbers = [(r, _number(r["cells"].get(m))) for r in rows]
        present = [(r, n) for r, n in numbers if n is not None]
        word = {"sum": "合計", "avg": "平均", "max": "最大", "min": "最小"}[reading.aggregate]
        understood.append({"field": m, "op": reading.aggregate, "value": None, "label": f"{m}の{word}"})
        if not present:
            answer.summary = f"{cond_text + 'の' if cond_text else ''}{what}に{m}の値がありません{where}。"
            answer.status = "no_match"
        elif reading.aggregate in ("sum", "avg"):
            total = sum(n for _, n in present)
            value = total if reading.aggregate == "sum" else total / len(present)
            answer.value = _plain_number(value)
            skipped = len(rows) - len(present)
            answer.summary = (f"{cond_text + 'の' if cond_text else ''}{what} {len(present)}件の{m}の{word}は "
                              f"{_grouped(answer.value)}{unit}です{where}。"
                              + (f"値のない{skipped}件は数えていません。" if skipped else ""))
        else:
            best = (max if reading.aggregate == "max" else min)(n for _, n in present)
            top = [r for r, n in present if n == best]
            answer.rows = [_row(t, r) for r in top] + [_row(t, r) for r, n in sorted(
                present, key=lambda rn: -rn[1] if reading.aggregate == "max" else rn[1]) if r not in top]
            answer.value = _plain_number(best)
            top_names = "、".join(str(r["cells"].get(t.name) or r["key"]) for r in top)
            answer.summary = (f"{m}が{'最も大きい' if reading.aggregate == 'max' else '最も小さい'}{what}は "
                              f"{top_names}（{_grouped(answer.value)}{unit}）です{where}。")
    elif reading.aggregate.startswith("top_"):
        g = reading.measure
        counts: dict[str, int] = {}
        for r in rows:
            if r["cells"].get(g):
                counts[str(r["cells"][g])] = counts.get(str(r["cells"][g]), 0) + 1
        if counts:
            best = (max if reading.aggregate == "top_max" else min)(counts.values())
            top = [v for v, n in counts.items() if n == best]
            answer.value = "、".join(top)
            answer.rows = [{"key": f"group:{v}", "group": v, "count": n}
                           for v, n in sorted(counts.items(), key=lambda kv: -kv[1])]
            answer.columns = ["group", "count"]
            word = "最も多い" if reading.aggregate == "top_max" else "最も少ない"
            answer.summary = (f"{cond_text + 'の' if cond_text else ''}{what}が{word}{g}は {'・'.join(top)}"
                              f"（{best}件）です{where}。")
            understood.append({"field": g, "op": reading.aggregate, "value": None, "label": f"{what}が{word}{g}"})
    elif reading.aggregate == "group":
        g = reading.measure
        counts: dict[str, int] = {}
        for r in rows:
            value = str(r["cells"].get(g) or "（記載なし）")
            counts[value] = counts.get(value, 0) + 1
        groups = sorted(counts.items(), key=lambda kv: -kv[1])
        answer.rows = [{"key": f"group:{v}", "group": v, "count": n} for v, n in groups]
        answer.columns = ["group", "count"]
        answer.count = len(groups)
        listed = "、".join(f"{v} {n}件" for v, n in groups[:10]) + (" …" if len(groups) > 10 else "")
        answer.summary = (f"{cond_text + 'の' if cond_text else ''}{what} {len(rows)}件を{g}ごとに数えると"
                          f"{len(groups)}区分です{where}：{listed}。")
        understood.append({"field": g, "op": "group", "value": None, "label": f"{g}ごとの件数"})
    elif reading.aggregate.startswith("order_"):
        m = reading.measure
        desc = reading.aggregate == "order_desc"
        ranked = sorted(rows, key=lambda r: (_number(r["cells"].get(m)) is None,
                                             -(_number(r["cells"].get(m)) or 0) if desc else (_number(r["cells"].get(m)) or 0)))
        answer.rows = [_row(t, r) for r in ranked]
        listed = "、".join(f"{r['cells'].get(t.name) or r['key']}（{r['cells'].get(m) or '－'}）" for r in ranked[:8])
        answer.summary = (f"{cond_text + 'の' if cond_text else ''}{what} {len(rows)}件を{m}の"
                          f"{'大きい' if desc else '小さい'}順に並べました{where}：{listed}{' …' if len(rows) > 8 else ''}。")
        understood.append({"field": m, "op": "order", "value": "desc" if desc else "asc",
                           "label": f"{m}の{'大きい' if desc else '小さい'}順"})
    elif reading.asked:
        a = reading.asked
        if len(rows) == 1 and not rows[0]["cells"].get(a) and _OFFICE_LABEL.match(nfkc(a)):
            filled = [h for h, v in rows[0]["cells"].items() if v and h != a and _OFFICE_LABEL.match(nfkc(h))]
            if len(filled) == 1:
                said = _OFFICE_WORD.search(qn)
                answer.notes.append(f"この行に「{said.group(0) if said else a}」の記載はないため、同じく担当の部署を示す"
                                    f"「{filled[0]}」の欄で答えました")
                a = filled[0]
        values = [_year_part(r["cells"].get(a), reading.part_year) for r in rows]
        rows = [{**r, "cells": {**r["cells"], a: v}} for r, v in zip(rows, values)] if reading.part_year else rows
        understood.append({"field": a, "op": "value", "value": None,
                           "label": f"{_fy_text(reading.part_year) + 'の' if reading.part_year else ''}{a}を答える"})
        if len(rows) == 1 or (rows and len({str(v) for v in values}) == 1):
            raw = values[0]
            n = _number(raw) if t.column(a).numeric else None
            answer.value = _plain_number(n) if n is not None else (raw if raw not in (None, "") else None)
            place = place_of(db.conn, t.source, rows[0]["line"])
            number = str(rows[0]["cells"].get(t.number) or "") if t.number else ""
            named = f"{number} {names}" if number and not number.isdigit() else names
            answer.summary = (f"{named} の{a}は {raw if raw not in (None, '') else '（記載なし）'}"
                              f"{t.column(a).unit if n is not None and not str(raw).endswith(t.column(a).unit) else ''} です{where}"
                              + (f"（{place}）" if place else "") + "。")
        elif rows:
            listed = "、".join(f"{r['cells'].get(t.name) or r['key']} {r['cells'].get(a) or '（記載なし）'}" for r in rows[:8])
            answer.summary = f"{len(rows)}件の{what}の{a}: {listed}{' …' if len(rows) > 8 else ''}。"
    elif len(rows) == 1:
        cells = " / ".join(f"{h}: {v}" for h, v in rows[0]["cells"].items() if v not in (None, "") and h != t.name)
        answer.summary = f"{names}：{cells}{where}。"
    else:
        answer.summary = f"{cond_text + 'の' if cond_text else ''}{what}は {len(rows)}件です{where}" + (
            f"：{names}。" if rows else "。")
    if not rows and answer.status == "exact":
        answer.status = "no_match"
        if conds:
            answer.caveat = f"条件（{cond_text}）に合う{what}はありません。"
    # An item's excerpt is its own text (the sentence with 「売却額は180百万円」), a table row's its cells.
    answer.excerpts = [{"key": r["key"], "source": t.source, "line": r["line"], "field": "table_row",
                        "text": r.get("text") or " / ".join(f"{h}: {v}" for h, v in r["cells"].items() if v not in (None, "")),
                        "highlights": []} for r in rows[:3]]
    answer.notes.append("専用の読み取り規則がない文書の表から答えています")
    if reading.aggregate in ("count", "sum", "avg") and _SELECTION.search(t.caption):
        # 「主な取組の進捗状況」: the table lists some of the items, so its count is not the plan's.
        answer.status = "partial"
        answer.caveat = f"「{t.caption}」の表は一部の項目だけを載せているため、全体の{'件数' if reading.aggregate == 'count' else '値'}とは限りません。"
    unused = _unused_words(question, qn, reading, t)
    text = _document_text(db, _sha(db, t.source))
    absent = [w for w in unused if (len(w) == 1 or (re.fullmatch(r"[一-龥ァ-ヶー]{2,10}[課室]", w)
                                                     and not _OFFICE_LABEL.match(nfkc(w)))) and _key(w) not in text]
    if absent:
        # A grade the document never prints: nothing in it has that grade.
        answer.rows, answer.count, answer.excerpts = [], 0, []
        answer.value = 0 if reading.aggregate == "count" else None
        answer.status = "no_match"
        answer.caveat = f"{t.doc_title}には「{'」「'.join(absent)}」の記載がありません。"
        answer.summary = f"{answer.caveat}当てはまる{what}は 0件です。"
        unused = [w for w in unused if w not in absent]
    if unused:
        answer.unused = unused
        if answer.status == "exact":
            answer.status = "partial"
        answer.caveat = f"「{'」「'.join(unused)}」を解釈できなかったため、その条件なしの回答です。"
    if answer.caveat and not answer.summary.startswith(answer.caveat):
        answer.summary = answer.caveat + answer.summary
    return answer, TableContext(t, conds, reading.asked, rows)


def _merge(inherited: list[Cond], new: list[Cond]) -> list[Cond]:
    """A follow-up's condition on a column replaces the earlier one on that column (「令和5年度は？」);
    others add to them (「そのうち…」)."""
    replaced = {c.header for c in new}
    return [c for c in inherited if c.header not in replaced or c.op == "rows"] + new


def _rows_word(t: Table) -> str:
    """What the rows are called: the naming column's header without 名/名称 (取組名 → 取組), 項目 for items."""
    if t.name in ("", "名称"):
        return "項目"
    return re.sub(r"(?:の)?(?:名称|名)$", "", t.name) or t.name


def _row(t: Table, r: dict) -> dict:
    # `title` and `number`: the row's name and number under the names every generic answer uses.
    return {"key": r["key"], "source": t.source, "line": r["line"], "title": r["cells"].get(t.name, ""),
            "number": r["cells"].get(t.number, ""), **r["cells"]}


def _plain_number(value: float):
    return int(value) if float(value).is_integer() else round(value, 2)


def _grouped(value) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:,.2f}".rstrip("0").rstrip(".")


# Words that ask or name the document, not a condition: 「いくら」「報告書」「千円」 (a unit the table prints).
_ASKING = {"迎える", "迎え", "含む", "含ま", "始める", "始め", "始まる", "開始", "いくら", "いくつ", "どこ", "いつ", "何", "なに", "どれ", "どの", "誰", "報告書", "資料", "文書", "一覧",
           "表", "計画書", "記載", "ページ", "全部", "全体", "すべて", "全て", "合計", "平均", "あわせ", "合わせ"}


def _unused_words(question: str, qn: str, reading: _Reading, t: Table) -> list[str]:
    headings = {str(r["cells"].get("見出し") or "") for r in t.rows}
    context = " ".join(_key(x) for x in (t.doc_title, t.caption, t.name, " ".join(_ROW_WORDS), *headings))
    units = {_key(c.unit) for c in t.columns if c.unit}
    covered = {i for a, b in reading.spans for i in range(a, b)}
    out = []
    for word in _content_words(question):
        wn = _key(word)
        if re.fullmatch(r"\d+(?:年間|か年|カ年|ヶ年)", wn):
            continue  # 「4年間で合計」: the whole table's span
        if not wn or wn in _ASKING or wn in units or wn in context or _covered(wn, qn, reading.spans) \
                or (len(wn) >= 4 and _in_title(wn, _key(t.doc_title))):
            continue
        # A compound the reading used in parts (財務課|以外) is used.
        at = qn.find(wn)
        if at >= 0 and all(i in covered or qn[i] in "のがはをにでと" for i in range(at, at + len(wn))):
            continue
        out.append(word)
    # A grade said as a symbol or letter is a condition even though it is no noun (「進捗が◎の」).
    for m in re.finditer(r"[◎○〇△▲×✕●]|(?<![a-z0-9])[a-e](?![a-z0-9.\-])", qn):
        if m.start() not in covered:
            out.append(m.group(0).upper())
    return out

