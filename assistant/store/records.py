"""The records of an open index as Python rows, each read and decoded once per connection.

A question's rows are chosen in SQL by their rowids (`SELECT t.rowid … ORDER BY …`) and taken from
here. Turning every cell of thousands of wide rows into Python objects, and their JSON lists into
lists, was most of a question's time on a large index, and the same rows were converted again for
every question. The index is read-only while open (a rebuilt index is a new file, opened anew), so
a row read once stays true for the connection's life.
"""
from __future__ import annotations

import json

from assistant.store.reader import json_cell

# Fields holding a JSON list or object (decoded when read, as every caller of a row expects).
LIST_FIELDS = frozenset({"departments", "themes", "tags", "places"})
# Past this many rows per table the cache starts again (memory stays within about the table itself).
_MAX_ROWS = 200_000


def selected(db, table: str, condition: str, params: list) -> list[dict]:
    """The rows of `SELECT t.* FROM [table] t {condition}` (WHERE … ORDER BY …), in its order: chosen
    by rowid and taken from the rows already read, or, the first time the table is read, read whole."""
    cache = _cache(db, table)
    if not cache:
        # The rowid beside t.* changes nothing in the plan (no index covers a whole row).
        return _kept(cache, db.execute(f"SELECT t.rowid, t.* FROM [{table}] t {condition}", params))
    ids = db.execute(f"SELECT t.rowid FROM [{table}] t {condition}", params).fetchall()
    return records(db, table, [r[0] for r in ids])


def records(db, table: str, ids: list[int]) -> list[dict]:
    """The rows of `table` with these rowids, in that order, each a new dict of its own (callers add
    fields to them): the JSON list fields decoded, the lists and objects in them copied."""
    cache = _cache(db, table)
    missing = [i for i in ids if i not in cache]
    if missing:
        if len(cache) + len(missing) > _MAX_ROWS:
            cache.clear()
            missing = list(dict.fromkeys(ids))
        _kept(cache, db.execute(f"SELECT rowid, * FROM [{table}] WHERE rowid IN (SELECT value FROM json_each(?))",
                                [json.dumps(missing)]))
    return [_copy(*cache[i]) for i in ids]


def _cache(db, table: str) -> dict[int, tuple[dict, tuple]]:
    """rowid -> (decoded row, its fields to copy) of the table, kept on the connection (a database
    without a memo, as the build passes, keeps nothing)."""
    memo = getattr(db, "memo", None)
    return memo.setdefault(("records", table), {}) if memo is not None else {}


def _kept(cache: dict, found) -> list[dict]:
    """Rows read with their rowid first, decoded into the cache; copies of them, in their order."""
    names = [d[0] for d in found.description or ()][1:]
    lists = [n for n in names if n in LIST_FIELDS]
    out = []
    for r in found.fetchall():
        row = decoded(dict(zip(names, r[1:])), lists)
        # Which fields each copy needs copied: a flat list at C speed, anything nested in full.
        mutable = tuple((k, _flat(row[k])) for k in lists if isinstance(row[k], (list, dict)))
        cache[r[0]] = (row, mutable)
        out.append(_copy(row, mutable))
    return out


def _copy(base: dict, mutable: tuple) -> dict:
    row = dict(base)
    for k, flat in mutable:
        row[k] = base[k].copy() if flat else _copied(base[k])
    return row


def by_key(db, table: str, keys: list[str]) -> dict[str, dict]:
    """The rows of `table` with these keys (those it has), by key, each a new dict."""
    found = db.execute(f"SELECT key, rowid FROM [{table}] WHERE key IN (SELECT value FROM json_each(?))",
                       [json.dumps(keys, ensure_ascii=False)]).fetchall()
    return dict(zip([r[0] for r in found], records(db, table, [r[1] for r in found])))


def decoded(row: dict, fields=LIST_FIELDS) -> dict:
    """The row with its JSON fields (those of `fields` it has) decoded, in place."""
    for k in fields:
        value = row.get(k)
        if isinstance(value, str) and value.startswith(("[", "{")):
            try:
                row[k] = json_cell(value)
            except ValueError:
                pass
    return row


def _flat(value) -> bool:
    return isinstance(value, list) and not any(isinstance(v, (list, dict)) for v in value)


def _copied(value):
    if isinstance(value, list):
        return [_copied(v) for v in value]
    if isinstance(value, dict):
        return {k: _copied(v) for k, v in value.items()}
    return value
