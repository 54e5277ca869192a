"""The parsed question (Query) and the result (Answer) that the CLI, the TUI and exports share."""
from __future__ import annotations

import copy
from dataclasses import asdict, dataclass, field, fields
from typing import Any


def _deepcopied(obj, memo: dict):
    """copy.deepcopy(obj, memo) of a Condition or a Query, field by field as deepcopy's generic path copies them
    (the same objects and lists shared as in the original), without that path's reconstruction: every
    answer copies its query (execute.resolve), and the generic copy was a few percent of answering."""
    new = object.__new__(type(obj))
    memo[id(obj)] = new
    state = {}
    for name, value in obj.__dict__.items():
        if value is None or type(value) in (str, int, bool, float):
            state[name] = value
        elif id(value) in memo:
            state[name] = memo[id(value)]
        elif type(value) is list and all(type(v) is str for v in value):
            state[name] = memo[id(value)] = list(value)
        else:
            state[name] = copy.deepcopy(value, memo)
    new.__dict__.update(state)
    return new


@dataclass
class Condition:
    """One understood condition: `field op value`, with the Japanese label users see.

    ops: = != < <= > >= in not_in has (list field contains) not_has has_all only empty not_empty
    prefix match (keyword in the record's text) not_match near_avg_lt/near_avg_gt (compare to mean).
    """

    field: str
    op: str
    value: Any
    label: str

    def to_dict(self) -> dict:
        value = self.value
        if self.field == "@set":  # (two sides' conditions joined: set_operations.py)
            value = [[c.to_dict() if isinstance(c, Condition) else c for c in side] for side in value]
        return {"field": self.field, "op": self.op, "value": value, "label": self.label}

    def __deepcopy__(self, memo):
        return _deepcopied(self, memo)


@dataclass
class Query:
    """What a question asks, as the parser reads it: the target, its conditions, a summary, an order."""
    question: str
    target: str = ""  # record kind; "passage" = free-text search over everything
    conditions: list[Condition] = field(default_factory=list)
    aggregate: str = ""  # "", "count", "avg", "max", "min", "sum", "group", "distinct", "top_group", "diff", "groups_having"
    agg_field: str = ""
    group_by: str = ""
    order_by: str = ""
    descending: bool = False
    limit: int | None = None
    value_field: str = ""  # the single value asked for ("committee_score", "ended", ...)
    value_part: str = ""  # the key asked for within an object-valued field (a municipality's department)
    scope: list[str] = field(default_factory=list)  # record kinds whose text keywords are sought in
    alternatives: list[str] = field(default_factory=list)  # other kinds that fit when target has no match
    notes: list[str] = field(default_factory=list)  # corrections and assumptions, Japanese
    unparsed: list[str] = field(default_factory=list)  # words that were not understood
    # The question's meaningful words that shaped nothing (not a condition, keyword, target or
    # aggregate), as written; a negation that could not be attached to a condition is always here.
    unused: list[str] = field(default_factory=list)
    # Of those, the labels of stated conditions the target kind has no field for (「取組終了 = R3」 of joint
    # projects): a condition left out, never a word a later step may take up as something else (a year
    # naming the report), so the answer stays partial.
    dropped: list[str] = field(default_factory=list)
    agg_parts: list[str] = field(default_factory=list)  # "diff": the two aggregates; "top_group": count/name
    understood_anything: bool = False

    def to_dict(self) -> dict:
        # As asdict(self) with the conditions' own dicts, without copying the conditions deeply only to replace
        # them (a third of the copy's work on every answer): the other fields are text, numbers and lists of text,
        # copied here as asdict copies them; anything else goes through asdict itself.
        d: dict = {}
        whole = None
        for name in _QUERY_FIELDS:
            value = getattr(self, name)
            if name == "conditions":
                d[name] = [c.to_dict() for c in self.conditions]
            elif value is None or type(value) in (str, int, bool, float):
                d[name] = value
            elif type(value) is list and all(type(v) is str for v in value):
                d[name] = list(value)
            else:
                whole = whole or asdict(self)
                d[name] = whole[name]
        if not d["dropped"]:
            del d["dropped"]
        return d

    def __deepcopy__(self, memo):
        return _deepcopied(self, memo)


_QUERY_FIELDS = tuple(f.name for f in fields(Query))


@dataclass
class Answer:
    """An answer: its status, what was understood and left unused, the rows, excerpts and provenance."""
    question: str
    target: str = ""
    understood: list[dict] = field(default_factory=list)
    summary: str = ""
    count: int = 0
    value: Any = None
    rows: list[dict] = field(default_factory=list)
    excerpts: list[dict] = field(default_factory=list)
    error: str | None = None
    columns: list[str] = field(default_factory=list)  # row fields to display, in order
    notes: list[str] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    query: dict | None = None
    sql: list[str] = field(default_factory=list)
    # How far the answer can be trusted (the contract other tools rely on):
    #   exact     every meaningful word shaped the answer; the rows or value are the answer
    #   partial   some words could not be used (`unused`); `caveat` says which, first
    #   search    the question did not become conditions on records: where its words occur, best first
    #   no_match  nothing matches; the summary says which condition emptied the answer
    status: str = "exact"
    unused: list[str] = field(default_factory=list)
    caveat: str = ""  # the line a reader must see before the answer (partial answers)
    # The kind of record a table's rows are, where another layout prints them (tables/rows_are.py):
    # their keys say it (practice:1-(2)-ア), not table_row.
    rows_are: str = ""
    # Rows shown under another record's key, the record they are read as too (items_as_projects.py): key → key
    shown_keys: dict = field(default_factory=dict)

    def to_dict(self, explain: bool = False) -> dict:
        """The CLI contract's Answer object (with the parsed Query and SQL when explaining)."""
        # (a table's row as its document numbers it, R-09, where the table has a numbering column)
        printed = {str(r["key"]): str(r["number"]).strip() for r in self.rows if isinstance(r, dict)
                   and str(r.get("key", "")).startswith(("table_row:", "item:") if self.rows_are else "table_row:")
                   and str(r.get("number") or "").strip()}
        # (a table with no numbering column, a roster 区分 │ 氏名 │ 所属等: its row by its name, 「table_row:川端 由美」,
        # where no other row listed bears the name, whatever kind its numbered rows are read as; the place it is
        # stored under stays `record`)
        bare = [r for r in self.rows if isinstance(r, dict) and str(r.get("key", "")).startswith("table_row:")
                and str(r["key"]) not in printed and not str(r.get("number") or "").strip()]
        names = [str(r.get("title") or "").strip() for r in bare]
        named = {str(r["key"]): n for r, n in zip(bare, names)
                 if n and names.count(n) == 1 and ":" not in n and n not in printed.values()}
        # (rows read as records: every row's table row shown as such, keyed as it would be in a table_row answer)
        lead, source_rows, excerpts = _source_rows_excerpts(self, printed)
        if self.rows_are:
            # (「基本方針2」 of a table of 基本方針 read as the plan's headings: the heading's number, 2)
            printed = {k: _number_of_word(v, self.rows_are) for k, v in printed.items()}
        d = {
            "question": self.question,
            "status": self.status,
            "unused": self.unused,
            "caveat": self.caveat,
            "target": self.target,
            "understood": self.understood,
            "summary": self.summary,
            "count": self.count,
            "value": self.value,
            "rows": [_shown(r, self.shown_keys) or _as_named(r, named) or _as_numbered(r, printed, self.rows_are)
                     for r in self.rows],
            "excerpts": [*(_shown(e, self.shown_keys) or _as_named(e, named) or _as_numbered(e, printed, self.rows_are)
                           for e in lead), *source_rows,
                         *(_shown(e, self.shown_keys) or _as_named(e, named)
                           or _as_numbered(e, printed, self.rows_are) for e in excerpts)],
            "error": self.error,
            "columns": self.columns,
            "notes": self.notes + ([f"抜粋は先頭の{MAX_ROW_EXCERPTS}行の表の行だけを示しています"]
                                   if len(source_rows) == MAX_ROW_EXCERPTS < len(self.rows) else []),
            "suggestions": self.suggestions,
        }
        if explain:
            d["query"] = self.query
            d["sql"] = self.sql
        return d


# Kinds a table's rows are read as that another set's author may key as the table's rows (table_row) instead
_RECORD_KINDS = ("practice", "initiative")
# Excerpts of an answer's rows are shown for at most this many rows (the JSON contract; views show fewer)
MAX_ROW_EXCERPTS = 100


def _source_rows_excerpts(answer: "Answer", printed: dict[str, str]) -> tuple[list, list, list]:
    """An answer whose table rows are read as records (practice:101 for the 事業 an evaluation grades): every
    row's own table row, in the rows' order, keyed as the table's row it is (table_row:101, the number as
    printed) — the same rows are the table's rows to whoever asks for them so, and each row's provenance is
    shown — and the answer's other excerpts (text passages), less those of table rows not among the rows."""
    by_key = {str(e.get("key", "")): e for e in answer.excerpts if isinstance(e, dict)}
    out = []
    for r in answer.rows:
        stored, number = _table_row_read_as_record(r, printed, answer.rows_are)
        if not number:
            continue
        if len(out) == MAX_ROW_EXCERPTS:
            break
        e = by_key.get(stored) or by_key.get(str(r.get("key"))) or {
            "key": stored, "source": r.get("source"), "line": r.get("line"), "field": "table_row",
            "text": _row_text(r, answer.columns), "highlights": [], **({"place": r["place"]} if r.get("place") else {})}
        out.append({**e, "key": f"table_row:{number}", "record": stored})
    if not out:
        return [], [], answer.excerpts
    rest = [e for e in answer.excerpts if not (isinstance(e, dict) and str(e.get("key", "")).startswith("table_row:")
                                               and (str(e["key"]) in printed or _raw_row_key(e)))]
    # (a passage the answer put before its rows' excerpts, 「今後どうするって書いてある」's paragraph, stays first:
    # it is what the user reads first)
    lead = []
    for e in answer.excerpts:
        if not isinstance(e, dict) or str(e.get("key", "")).startswith("table_row:") or e not in rest:
            break
        lead.append(e)
    return lead, out, rest[len(lead):]


def _table_row_read_as_record(row, printed: dict[str, str], rows_are: str) -> tuple[str, str]:
    """The key a table's row is stored under and its number as printed, where the answer reads it as a record
    (rows_are, or a row keyed practice:01 whose `record` is the table's row); else ("", "")."""
    if not isinstance(row, dict):
        return "", ""
    key = str(row.get("key", ""))
    if rows_are in _RECORD_KINDS and key.startswith("table_row:") and key in printed:
        return key, printed[key]
    record = str(row.get("record") or "")
    if key.partition(":")[0] in _RECORD_KINDS and _raw_row_key({**row, "key": record}):
        from assistant.text.normalize import nfkc

        return record, nfkc(str(row.get("number") or "")).strip()
    return "", ""


# Fields of a row that are no cells of its table
_ROW_META = ("key", "source", "line", "title", "number", "place", "record")


def _row_text(row: dict, columns: list) -> str:
    heads = columns or [h for h in row if h not in _ROW_META]
    return " / ".join(f"{h}: {row[h]}" for h in heads if row.get(h) not in (None, ""))


def _raw_row_key(e: dict) -> bool:
    """Whether an excerpt is a table's row under the key the index stores it by (table_row:<file>:<line>)."""
    return str(e.get("key", "")) == f"table_row:{e.get('source')}:{e.get('line')}"


def _number_of_word(printed: str, kind: str) -> str:
    """A printed number without the word a table of another layout numbers that kind's records with
    (基本方針2 → 2, 重点取組3 → 3); other numbers as printed."""
    import re

    from assistant.kinds.registry import row_kind_words
    from assistant.text.normalize import nfkc

    text = nfkc(printed).strip()
    for word, k in row_kind_words():
        if k == kind and text.startswith(word):
            rest = text[len(word):].strip()
            if re.fullmatch(r"\d{1,3}", rest):
                return rest
    return printed


def _shown(item: dict, shown: dict) -> dict | None:
    """The item under the key of the record it is read as too (shown_keys), or None."""
    key = str(item.get("key", "")) if isinstance(item, dict) else ""
    return {**item, "key": shown[key], "record": key} if shown and key in shown else None


def _as_named(item: dict, named: dict[str, str]) -> dict | None:
    """A table's row with no number under its name (table_row:川端 由美), or None."""
    key = str(item.get("key", "")) if isinstance(item, dict) else ""
    return {**item, "key": f"table_row:{named[key]}", "record": key} if key in named else None


def _as_numbered(item: dict, printed: dict[str, str] | None = None, kind_of_rows: str = "") -> dict:
    """A record as its document numbers it: 「initiative:3」 for 釧路市's initiative No.3 even where the
    index, holding another city's No.3 too, stores it as initiative:3@<file>; that unique key is `record`.
    So is a table's row: 「table_row:R-09」 for the row the index keys by its place (file and line)."""
    key = str(item.get("key", ""))
    if printed and key in printed:
        kind = kind_of_rows or "table_row"
        return {**item, "key": f"{kind}:{_unambiguous(kind, printed[key], item)}", "record": key}
    kind, _, code = key.partition(":")
    shown = _unambiguous(kind, code.split("@", 1)[0], item)
    if shown == key.partition(":")[2]:
        return item
    return {**item, "key": f"{kind}:{shown}", "record": key}


def _unambiguous(kind: str, code: str, item: dict) -> str:
    """The contract reads a comment's key as 「<item>-<n>」, cutting at the first hyphen, so an item
    printed with hyphens of its own (H-101, Ⅱ-3-(2)) has them written full-width there (H－101-2,
    which NFKC reads back as H-101), and so has an initiative's key, read the same way."""
    if "-" not in code or kind not in ("comment", "initiative"):
        return code
    if kind == "initiative":
        return code.replace("-", "－")
    about, n = str(item.get("initiative") or ""), str(item.get("n") or "")
    if about and code == about:
        return code.replace("-", "－")
    if about and n and code == f"{about}-{n}":
        return f"{about.replace('-', '－')}-{n}"
    head, _, tail = code.rpartition("-")
    return f"{head.replace('-', '－')}-{tail}" if tail.isdigit() else code
