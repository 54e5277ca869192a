"""The records of an open index as Python rows, each read and decoded once per connection.

A question's rows are chosen in SQL by their rowids (`SELECT t.rowid … ORDER BY …`) and taken from
here. Turning every cell of thousands of wide rows into Python objects, and their JSON lists into
lists, was most of a question's time on a large index, and the same rows were converted again for
every question. The index is read-only while open (a rebuilt index is a new file, opened anew), so
a row read once stays true for the connection's life.

A select's rows are those very rows, shared by every answer that holds them (copying thousands of
them a question was most of its time again, a third of it garbage collection). So that no answer can
alter another's, a shared row and the lists and objects in it refuse every change (TypeError); a
caller adding fields makes its own dict (dict(row), {**row}). Rows read by key (records, by_key) are
still copies of their own: the passage answers add their title and excerpt to them.
"""
from __future__ import annotations

import copy
import json

from assistant.kinds.registry import list_fields
from assistant.store.reader import json_cell

# Fields holding a JSON list (decoded when read, as every caller of a row expects), as the kinds declare.
LIST_FIELDS = list_fields()
# The order of a select unless the question asks for another: the documents' own.
DOCUMENT_ORDER = "t.source, t.line"
# Past this many rows per table the cache starts again (memory stays within about the table itself).
_MAX_ROWS = 200_000


def _refused(self, *args, **kwargs):
    raise TypeError("索引から読んだ記録は回答どうしで共有しているため変更できません（dict(row) で複製してください）")


class SharedRow(dict):
    """A record as read from the index, shared by the answers holding it: it cannot be changed."""

    __slots__ = ("names",)  # its fields, one frozenset for the rows read together (field_names)
    __setitem__ = __delitem__ = __ior__ = setdefault = update = pop = popitem = clear = _refused

    def __copy__(self) -> dict:
        return dict(self)

    def __deepcopy__(self, memo) -> dict:
        return {k: copy.deepcopy(v, memo) for k, v in self.items()}

    def __reduce__(self):
        return dict, (dict(self),)


class SharedList(list):
    """A list held by a SharedRow (departments, themes …): it cannot be changed either."""

    __slots__ = ()
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refused
    append = extend = insert = remove = pop = clear = sort = reverse = _refused

    def __copy__(self) -> list:
        return list(self)

    def __deepcopy__(self, memo) -> list:
        return [copy.deepcopy(v, memo) for v in self]

    def __reduce__(self):
        return list, (list(self),)


def _shared(value):
    """The decoded value as it is shared: its lists and objects unchangeable, all the way down."""
    if isinstance(value, list):
        return SharedList(_shared(v) for v in value)
    if isinstance(value, dict):
        shared = SharedRow((k, _shared(v)) for k, v in value.items())
        shared.names = frozenset(shared)
        return shared
    return value


def field_names(rows) -> set[str]:
    """The fields the rows have between them (the union of their keys): the shared rows' names once
    for all the rows read with them (a shared row never gains or loses a field)."""
    out: set[str] = set()
    shapes = set()
    for r in rows:
        # (a shared row made otherwise, as dataclasses.asdict would, has no names: its keys count)
        shape = getattr(r, "names", None) if type(r) is SharedRow else None
        if shape is None:
            out.update(r)
        else:
            shapes.add(shape)
    return out.union(*shapes)


def selected(db, table: str, where: str, order: str, params: list) -> list[SharedRow]:
    """The rows of `SELECT t.* FROM [table] t {where} ORDER BY {order}`, in its order, shared (see
    above): chosen by rowid and taken from the rows already read, or, the first time the table is
    read, read whole."""
    cache = _cache(db, table)
    if not cache:
        # The rowid beside t.* changes nothing in the plan (no index covers a whole row).
        return _kept(cache, db.execute(f"SELECT t.rowid, t.* FROM [{table}] t {where} ORDER BY {order}", params))
    places = _document_places(db, table) if order == DOCUMENT_ORDER else None
    if places is None:
        ids = [r[0] for r in db.execute(f"SELECT t.rowid FROM [{table}] t {where} ORDER BY {order}", params).fetchall()]
    else:
        # SQLite sorting thousands of chosen rows, and handing them over one tuple each, was half of
        # the select: they come as one JSON list and are put in the documents' order here.
        ids = json_cell(db.execute(f"SELECT json_group_array(t.rowid) FROM [{table}] t {where}",
                                   params).fetchone()[0])
        ids.sort(key=places.__getitem__)
    _read(db, table, cache, ids)
    return [cache[i] for i in ids]


def _document_places(db, table: str) -> dict[int, int] | None:
    """rowid -> the row's place in the table in DOCUMENT_ORDER, as SQLite orders it, read once per
    connection; None when two rows share a file and line (SQLite alone decides their order then)
    or nothing is kept. Any rows put in these places are in the order the ORDER BY gives them."""
    memo = getattr(db, "memo", None)
    if memo is None:
        return None
    if ("places", table) not in memo:
        found = db.execute(f"SELECT t.rowid, t.source, t.line FROM [{table}] t ORDER BY {DOCUMENT_ORDER}").fetchall()
        total = all(a[1:] != b[1:] for a, b in zip(found, found[1:]))
        memo[("places", table)] = {r[0]: n for n, r in enumerate(found)} if total else None
    return memo[("places", table)]


def records(db, table: str, ids: list[int]) -> list[dict]:
    """The rows of `table` with these rowids, in that order, each a new dict of its own (callers add
    fields to them): the JSON list fields decoded, the lists and objects in them plain copies."""
    cache = _cache(db, table)
    _read(db, table, cache, ids)
    return [_own(cache[i]) for i in ids]


def _read(db, table: str, cache: dict, ids: list[int]) -> None:
    """Those of the rows that are not in the cache yet, read into it."""
    missing = [i for i in ids if i not in cache]
    if missing:
        if len(cache) + len(missing) > _MAX_ROWS:
            cache.clear()
            missing = list(dict.fromkeys(ids))
        _kept(cache, db.execute(f"SELECT rowid, * FROM [{table}] WHERE rowid IN (SELECT value FROM json_each(?))",
                                [json.dumps(missing)]))


def _cache(db, table: str) -> dict[int, SharedRow]:
    """rowid -> the decoded row of the table, kept on the connection (a database without a memo, as
    the build passes, keeps nothing)."""
    memo = getattr(db, "memo", None)
    return memo.setdefault(("records", table), {}) if memo is not None else {}


def _kept(cache: dict, found) -> list[SharedRow]:
    """Rows read with their rowid first, decoded into the cache as shared rows, in their order."""
    names = [d[0] for d in found.description or ()][1:]
    lists = [n for n in names if n in LIST_FIELDS]
    shape = frozenset(names)
    out = []
    for r in found.fetchall():
        row = decoded(dict(zip(names, r[1:])), lists)
        for k in lists:
            if isinstance(row[k], (list, dict)):
                row[k] = _shared(row[k])
        cache[r[0]] = shared = SharedRow(row)
        shared.names = shape
        out.append(shared)
    return out


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


def _own(row: SharedRow) -> dict:
    """A plain copy of a shared row, its lists and objects (only LIST_FIELDS hold any) plain copies too."""
    own = dict(row)
    for k in LIST_FIELDS:
        if isinstance(own.get(k), (list, dict)):
            own[k] = _copied(own[k])
    return own


def _copied(value):
    if isinstance(value, list):
        return [_copied(v) for v in value]
    if isinstance(value, dict):
        return {k: _copied(v) for k, v in value.items()}
    return value
