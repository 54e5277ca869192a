"""Read-only access to the index with the standard sqlite3 module.

Building uses sqlite-utils; answering only needs a handful of queries, and importing sqlite-utils
(and the click it pulls in) costs a `gyokaku ask` about 40 ms of its ~150 ms budget. The few
methods here have sqlite-utils' names and meaning, so code reads either kind of database alike.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import NamedTuple

# json.loads checks its argument's type and skips white space around the value before its C scanner
# runs; a cell the index wrote is a bare JSON value, and thousands are read per answer at scale.
_scan = json.JSONDecoder().scan_once


def json_cell(text: str):
    """`json.loads(text)` for a JSON cell of the index, about five times faster (the C scanner
    alone); anything else (white space around it, an error) goes through json.loads itself."""
    try:
        value, end = _scan(text, 0)
    except StopIteration:
        end = -1
    return value if end == len(text) else json.loads(text)


class Column(NamedTuple):
    name: str
    type: str


def _tolerant_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


class Rows:
    """A finished query's rows (fetched at once, so that a decoding error surfaces in execute)."""

    def __init__(self, description, rows: list[tuple]) -> None:
        self.description = description
        self._rows = rows
        self._next = 0

    def fetchone(self):
        if self._next >= len(self._rows):
            return None
        self._next += 1
        return self._rows[self._next - 1]

    def fetchall(self) -> list[tuple]:
        rest, self._next = self._rows[self._next:], len(self._rows)
        return rest

    def __iter__(self):
        return iter(self.fetchall())


class IndexReader:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        # What one connection reads once: its tables and their columns, and what the question
        # engine derives from them (the vocabulary). A rebuilt index is swapped in as a new file,
        # so an open connection keeps reading the index it opened, and these never go stale.
        self.memo: dict = {}

    def execute(self, sql: str, params=()) -> Rows:
        try:
            cursor = self.conn.execute(sql, params or ())
            return Rows(cursor.description, cursor.fetchall())
        except sqlite3.OperationalError as exc:
            # Damaged bytes inside a text cell (quick_check does not look at cell contents) read as
            # U+FFFD instead of failing every query that touches them. Switched on only then: a
            # Python text factory costs ~20% of fetching thousands of rows.
            if "decode" not in str(exc) or self.conn.text_factory is _tolerant_text:
                raise
            self.conn.text_factory = _tolerant_text
            cursor = self.conn.execute(sql, params or ())
            return Rows(cursor.description, cursor.fetchall())

    def query(self, sql: str, params=()) -> Iterator[dict]:
        result = self.execute(sql, params)
        keys = [d[0] for d in result.description or ()]
        for row in result:
            yield dict(zip(keys, row))

    def table_names(self) -> list[str]:
        if "tables" not in self.memo:
            self.memo["tables"] = [r[0] for r in self.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return list(self.memo["tables"])

    def __getitem__(self, name: str) -> Table:
        return Table(self, name)


class Table:
    def __init__(self, db: IndexReader, name: str) -> None:
        self.db = db
        self.name = name

    def exists(self) -> bool:
        return self.name in self.db.table_names()

    @property
    def columns(self) -> list[Column]:
        key = ("columns", self.name)
        if key not in self.db.memo:
            self.db.memo[key] = [Column(r[1], r[2]) for r in self.db.execute(f"PRAGMA table_info([{self.name}])")]
        return list(self.db.memo[key])

    @property
    def columns_dict(self) -> dict[str, str]:
        return {c.name: c.type for c in self.columns}

    @property
    def count(self) -> int:
        return self.db.execute(f"SELECT count(*) FROM [{self.name}]").fetchone()[0]
