"""Reading one record with everything around it (detail screen) and the document tree (browse screen).

Pure data functions over an open index (no Textual); the screens call them in worker threads,
each with its own SQLite connection.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field, replace

import sqlite_utils

from assistant.kinds.registry import record_kinds
from assistant.labels import kind_label
from assistant.query.answer import Answer
from assistant.query.execute import Executor
from assistant.store.records import decoded

SOURCE_CONTEXT = 10  # lines shown before and after a record's own lines
SOURCE_MAX_OWN = 40  # at most this many of the record's own lines
_YEAR = re.compile(r"R(\d+)")


@dataclass
class Detail:
    key: str
    kind: str
    row: dict
    title: str = ""
    initiative: dict | None = None
    comments: list[dict] = field(default_factory=list)
    practices: list[dict] = field(default_factory=list)  # an initiative's practice items
    sheet: dict | None = None
    years: dict[str, dict] = field(default_factory=dict)  # year -> {entries, self_eval, challenges}
    conflicts: list[dict] = field(default_factory=list)
    source_title: str = ""
    place: str = ""  # the page or cell of a PDF, Excel or Word document (「3ページ」)
    source_lines: list[tuple[int, str]] = field(default_factory=list)
    own_lines: tuple[int, int] = (0, 0)


def record_title(row: dict) -> str:
    for name in ("title", "name", "question", "indicator", "topic", "text"):
        v = row.get(name)
        if v:
            return str(v).replace("\n", " ")
    return ""


def _rows(db: sqlite_utils.Database, sql: str, params: list) -> list[dict]:
    return [Executor._decode(dict(r)) for r in db.query(sql, params)]


def _year_key(y: str) -> tuple:
    m = _YEAR.fullmatch(str(y or ""))
    return (int(m.group(1)), "") if m else (999, str(y))


def load_detail(db: sqlite_utils.Database, key: str) -> Detail:
    """Everything the detail screen shows for one record."""
    tables = set(db.table_names())
    kind = key.partition(":")[0]
    rk = record_kinds().get(kind)
    # the kind's objects too (a practice item's own axes' points), shown as 「成果: 4 / 工夫: 4」
    objects = [f.name for f in getattr(rk, "fields", ()) if getattr(f, "type", "") == "json"]
    row = decoded(dict(Executor(db).record_row(key)), objects)
    d = Detail(key=key, kind=kind, row=row, title=record_title(row))
    if kind == "practice":
        code = str(row.get("code", ""))
        if "initiative" in tables and row.get("initiative"):
            found = _rows(db, "SELECT * FROM initiative WHERE code = ? LIMIT 1", [str(row["initiative"])])
            d.initiative = found[0] if found else None
        if "comment" in tables and row.get("initiative"):
            d.comments = _rows(db, "SELECT * FROM comment WHERE initiative = ? ORDER BY n, line",
                               [str(row["initiative"])])
        if "sheet" in tables:
            found = _rows(db, "SELECT * FROM sheet WHERE practice = ? LIMIT 1", [code])
            d.sheet = found[0] if found else None
        for table, slot in (("sheet_entry", "entries"), ("self_eval", "self_eval"), ("challenge", "challenges")):
            if table not in tables:
                continue
            for r in _rows(db, f"SELECT * FROM [{table}] WHERE practice = ? ORDER BY line", [code]):
                year = str(r.get("year") or "")
                d.years.setdefault(year, {"entries": [], "self_eval": [], "challenges": []})[slot].append(r)
        d.years = dict(sorted(d.years.items(), key=lambda t: _year_key(t[0])))
    elif kind == "initiative":
        code = str(row.get("code", ""))
        if "comment" in tables:
            d.comments = _rows(db, "SELECT * FROM comment WHERE initiative = ? ORDER BY n, line", [code])
        if "practice" in tables:
            d.practices = _rows(db, "SELECT * FROM practice WHERE initiative = ? ORDER BY line", [code])
    if "conflicts" in tables:
        d.conflicts = [dict(r) for r in db.query("SELECT * FROM conflicts WHERE key = ? ORDER BY field", [key])]
        for c in d.conflicts:
            try:
                c["values"] = json.loads(c.get("values") or "[]")
            except (TypeError, ValueError):
                c["values"] = []
    _source(db, d)
    return d


def _source(db: sqlite_utils.Database, d: Detail) -> None:
    source, line = d.row.get("source"), d.row.get("line")
    if not source or not line:
        return
    doc = db.execute("SELECT d.title, t.text FROM documents d JOIN document_texts t USING (source)"
                     " WHERE d.source = ?", [source]).fetchone()
    if not doc or not doc[1]:
        return
    d.source_title = doc[0] or source
    from assistant.store.places import place_of

    d.place = place_of(db.conn, source, int(line))
    lines = str(doc[1]).splitlines()
    first = int(line)
    last = int(d.row.get("end_line") or first)
    last = max(first, min(last, first + SOURCE_MAX_OWN - 1))
    d.own_lines = (first, last)
    lo, hi = max(1, first - SOURCE_CONTEXT), min(len(lines), last + SOURCE_CONTEXT)
    d.source_lines = [(n, lines[n - 1]) for n in range(lo, hi + 1)]


# ---------------------------------------------------------------------------------------- browse
@dataclass
class Node:
    label: str
    key: str | None = None  # record key for a leaf that opens the detail screen
    children: list[Node] = field(default_factory=list)


_NESTED_ELSEWHERE = {"sheet", "sheet_entry", "self_eval", "challenge", "comment", "grade"}  # shown in a detail screen
_KIND_ORDER = ["initiative", "practice", "joint_project", "case_study", "program", "indicator", "article",
               "qa", "event", "model_project"]


def _leaf(r: dict) -> Node:
    code = r.get("code") or r.get("key", "").partition(":")[2]
    title = record_title(r)
    return Node(f"{code} {title[:60]}".strip(), key=r["key"])


def browse_tree(db: sqlite_utils.Database) -> list[Node]:
    """Documents, each with its records: initiatives hold their practice items."""
    tables = set(db.table_names())
    kinds = [k for k in _KIND_ORDER if k in tables]
    kinds += sorted(t for t in tables if t not in kinds and t not in _NESTED_ELSEWHERE
                    and db[t].exists() and {"key", "source", "line"} <= set(db[t].columns_dict)
                    and t not in ("documents", "passages", "conflicts"))
    out: list[Node] = []
    for doc in db.query("SELECT source, title FROM documents ORDER BY source"):
        node = Node(f"{doc['title'] or doc['source']}（{doc['source']}）")
        by_kind = {k: _rows(db, f"SELECT * FROM [{k}] WHERE source = ? ORDER BY line", [doc["source"]])
                   for k in kinds}
        practices = by_kind.pop("practice", [])
        initiatives = by_kind.pop("initiative", [])
        placed: set[str] = set()
        for ini in initiatives:
            inode = _leaf(ini)
            inode.label = f"取組項目{inode.label}"
            for p in practices:
                if str(p.get("initiative")) == str(ini.get("code")):
                    inode.children.append(_leaf(p))
                    placed.add(p["key"])
            node.children.append(inode)
        rest = [p for p in practices if p["key"] not in placed]
        if rest:
            node.children.append(Node(f"{kind_label('practice')}（{len(rest)}件）", children=[_leaf(p) for p in rest]))
        for kind, rows in by_kind.items():
            if rows:
                node.children.append(Node(f"{kind_label(kind)}（{len(rows)}件）", children=[_leaf(r) for r in rows]))
        out.append(node)
    return out


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def filter_tree(nodes: list[Node], text: str) -> list[Node]:
    """Nodes whose label contains the text, with their ancestors (and all children of a matching parent)."""
    needle = _norm(text.strip())
    if not needle:
        return nodes
    out: list[Node] = []
    for n in nodes:
        if needle in _norm(n.label):
            out.append(n)
            continue
        kids = filter_tree(n.children, text)
        if kids:
            out.append(Node(n.label, n.key, kids))
    return out


# ---------------------------------------------------------------------------------------- answers
# A record named after another: progress-sheet parts after their practice item, comments after
# their initiative (field holding the other record's code → its kind).
_NAMED_BY = (("practice", "practice"), ("initiative", "initiative"))


def with_names(db: sqlite_utils.Database, answer: Answer) -> Answer:
    """The answer as the TUI shows it: a search result row without a name gets the name of the record
    it belongs to (a progress-sheet entry its practice item's, a comment its initiative's, a whole
    document's passage the document's title); comment rows also show their initiative's name and
    committee score. Rows are copied, never changed in place (the conversation keeps the originals)."""
    if not answer.rows or answer.target not in ("passage", "comment"):
        return answer
    tables = set(db.table_names())
    cache: dict[tuple[str, str], dict] = {}

    def record(kind: str, code) -> dict:
        if (kind, str(code)) not in cache:
            found = _rows(db, f"SELECT * FROM [{kind}] WHERE code = ? LIMIT 1", [str(code)]) if kind in tables else []
            cache[(kind, str(code))] = found[0] if found else {}
        return cache[(kind, str(code))]

    rows = []
    for r in answer.rows:
        r = dict(r)
        if answer.target == "passage" and not str(r.get("title") or "").strip():
            r["title"] = _belongs_to(db, r, record)
        if answer.target == "comment" and r.get("initiative") not in (None, ""):
            ini = record("initiative", r["initiative"])
            r["initiative_title"] = ini.get("title", "")
            r["committee_score"] = ini.get("committee_score")
        rows.append(r)
    columns = list(answer.columns)
    if answer.target == "comment" and "initiative" in columns:
        at = columns.index("initiative") + 1
        columns[at:at] = [c for c in ("initiative_title", "committee_score") if c not in columns]
        columns = [c for c in columns if c != "text"] + ["text"]  # the long text last
    return replace(answer, rows=rows, columns=columns)


def _belongs_to(db, row: dict, record) -> str:
    for field_name, kind in _NAMED_BY:
        if row.get(field_name) not in (None, ""):
            owner = record(kind, row[field_name])
            if owner:
                return f"{kind_label(kind)}{row[field_name]} {record_title(owner)}".strip()
    if str(row.get("key", "")).startswith("doc:") and row.get("source"):
        doc = db.execute("SELECT title FROM documents WHERE source = ?", [row["source"]]).fetchone()
        if doc and doc[0]:
            return str(doc[0])
    return record_title({k: v for k, v in row.items() if k not in ("title", "excerpt")})
