"""An external review of a plan report's items, published as a document of its own, joined onto the items.

A committee reviewing some of the items a form workbook holds (事務事業評価シート) prints a block per item it took
up: the item's number and name, then labelled lines (「所管課：…」「委員会評価：Ｃ」). With no reading rules of its
own the document is read as generic numbered items (kinds/generic: item records with their labelled `fields`).
Here each such item's labelled values are taken onto the plan report's record of the same number, into the
fields whose label or words the labels are (委員会評価 → committee_grade), so that 「委員会評価が担当課の評価より
厳しかった事業」 compares two fields of one record and 「外部評価を受けていない事業」 is one field left blank.

The documents are known to describe the same items by what they print, never by a name of one edition: every
reviewed item's number is one of the report's items, under the same name, and at least _MIN_SHARED of them;
exactly one report so fits (two would leave which is meant unsaid). Only fields the report left blank are
filled, and the review's name is kept in `reviewed_in`: on every build the values taken before are cleared and
taken afresh, so a review ingested again or removed leaves nothing stale behind.
"""
from __future__ import annotations

import json
import re

from assistant.kinds import registry
from assistant.kinds.spec import Field
from assistant.store.schema import record_tables
from assistant.text.normalize import nfkc, no_spaces, notation_key

# The fewest items a review and a report must share to be taken as describing the same items.
_MIN_SHARED = 3
_MARK, _TAKEN = "reviewed_in", "reviewed_fields"


def _rows(conn, sql: str, args: tuple = ()) -> list[dict]:
    cur = conn.execute(sql, args)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def _fields_by_word() -> dict[str, Field]:
    """The practice fields a printed label names: its label or one of its words, spaces and width aside."""
    kind = registry.record_kinds().get("practice")
    out: dict[str, Field] = {}
    for f in kind.fields if kind else ():
        if isinstance(f, Field) and f.type != "json":
            # (a label with its other name in brackets, 委員会評価（外部評価）, is printed as either)
            for word in (f.label, *re.split(r"[（）]", f.label), *f.words):
                if word:
                    out.setdefault(no_spaces(nfkc(word)), f)
    return out


def _reviews(conn) -> dict[str, dict[str, dict]]:
    """Each generic document's numbered items that carry labelled values, by number."""
    out: dict[str, dict[str, dict]] = {}
    for r in _rows(conn, "SELECT i.source, i.number, i.title, i.fields FROM item i JOIN documents d ON d.source = i.source "
                         "WHERE d.kind = 'generic' AND coalesce(i.fields, '') NOT IN ('', '{}')"):
        try:
            fields = json.loads(r["fields"])
        except ValueError:
            continue
        if isinstance(fields, dict) and fields and r["number"]:
            out.setdefault(r["source"], {})[nfkc(str(r["number"])).strip()] = {"title": r["title"] or "", "fields": fields}
    return out


def join_reviews(db) -> int:
    """Take each review's labelled values onto its report's items; returns how many items took a value."""
    conn = db.conn
    tables = set(record_tables(db))
    if not {"practice", "item"} <= tables:
        return 0
    by_word = _fields_by_word()
    columns = {r[1] for r in conn.execute("PRAGMA table_info(practice)").fetchall()}
    if _MARK in columns:
        # (afresh: what an earlier build took from a review is cleared first)
        for r in _rows(conn, f"SELECT key, [{_TAKEN}] AS taken FROM practice WHERE coalesce([{_MARK}], '') <> ''"):
            sets = {f: None for f in json.loads(r["taken"] or "[]") if f in columns}
            sets.update({_MARK: None, _TAKEN: None})
            conn.execute(f"UPDATE practice SET {', '.join(f'[{k}] = ?' for k in sets)} WHERE key = ?", (*sets.values(), r["key"]))
    reports: dict[str, dict[str, dict]] = {}
    for r in _rows(conn, "SELECT p.* FROM practice p JOIN documents d ON d.source = p.source WHERE d.kind = 'plan_report'"):
        reports.setdefault(r["source"], {})[nfkc(str(r["code"])).strip()] = r
    count = 0
    for review, items in sorted(_reviews(conn).items()):
        fits = [s for s, own in reports.items() if s != review and len(items) >= _MIN_SHARED and set(items) <= set(own)
                and all(notation_key(i["title"]) == notation_key(own[n].get("title") or "") for n, i in items.items())]
        if len(fits) != 1:
            continue
        for number, item in items.items():
            target = reports[fits[0]][number]
            sets: dict[str, object] = {}
            for label, value in item["fields"].items():
                f = by_word.get(no_spaces(nfkc(str(label))))
                # (a grade or a word as printed; a list or a number would need reading of its own)
                if f is None or f.type not in ("grade", "text") or not isinstance(value, str) or not value.strip():
                    continue
                if f.name in columns and target.get(f.name) not in (None, "", "[]"):
                    continue  # (what the report states itself stays)
                sets.setdefault(f.name, nfkc(value).strip())
            if not sets:
                continue
            for name in sets:
                if name not in columns:
                    conn.execute(f"ALTER TABLE practice ADD COLUMN [{name}] TEXT")
                    columns.add(name)
            for name in (_MARK, _TAKEN):
                if name not in columns:
                    conn.execute(f"ALTER TABLE practice ADD COLUMN [{name}] TEXT")
                    columns.add(name)
            taken = json.dumps(sorted(sets), ensure_ascii=False)
            conn.execute(f"UPDATE practice SET {', '.join(f'[{k}] = ?' for k in sets)}, [{_MARK}] = ?, [{_TAKEN}] = ? "
                         "WHERE key = ?", (*sets.values(), review, taken, target["key"]))
            count += 1
    return count
