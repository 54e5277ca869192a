"""Read-only access to the index with the standard sqlite3 module.

Building uses sqlite-utils; answering only needs a handful of queries, and importing sqlite-utils
(and the click it pulls in) costs a `gyokaku ask` about 40 ms of its ~150 ms budget. The few
methods here have sqlite-utils' names and meaning, so code reads either kind of database alike.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import NamedTuple


class Column(NamedTuple):
    name: str
    type: str


class IndexReader:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, params=()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params or ())

    def query(self, sql: str, params=()) -> Iterator[dict]:
        cursor = self.conn.execute(sql, params or ())
        keys = [d[0] for d in cursor.description or ()]
        for row in cursor:
            yield dict(zip(keys, row))

    def table_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]

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
        return [Column(r[1], r[2]) for r in self.db.execute(f"PRAGMA table_info([{self.name}])")]

    @property
    def columns_dict(self) -> dict[str, str]:
        return {c.name: c.type for c in self.columns}

    @property
    def count(self) -> int:
        return self.db.execute(f"SELECT count(*) FROM [{self.name}]").fetchone()[0]
