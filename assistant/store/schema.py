"""Tables of the index file. Bump SCHEMA_VERSION whenever a table or the search form changes."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # either reader; the build passes a sqlite-utils Database
    from assistant.store.reader import IndexReader


SCHEMA_VERSION = 4  # 4: documents of no dedicated kind yield records (item, table_row, count_fact); 3 is the joint-projects bump on main

# Columns every record table has before the record's own fields.
RECORD_BASE_COLUMNS = ("key", "code", "source", "line", "end_line")

CREATE = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
    source TEXT PRIMARY KEY, path TEXT, kind TEXT, title TEXT, sha256 TEXT, size INTEGER,
    n_lines INTEGER, n_records INTEGER, n_passages INTEGER, ingested_at TEXT, text TEXT
);
CREATE TABLE IF NOT EXISTS passages (
    id INTEGER PRIMARY KEY, key TEXT, kind TEXT, field TEXT, source TEXT, line INTEGER,
    text TEXT, norm TEXT, terms TEXT
);
CREATE INDEX IF NOT EXISTS passages_key ON passages(key);
CREATE INDEX IF NOT EXISTS passages_source ON passages(source);
CREATE TABLE IF NOT EXISTS conflicts (
    key TEXT, field TEXT, chosen TEXT, "values" TEXT, source TEXT, note TEXT
);
CREATE INDEX IF NOT EXISTS conflicts_key ON conflicts(key);
-- Two full-text indexes over the same passages: trigram over the search form for words of three
-- or more letters, Sudachi terms for one- and two-letter words (trigram cannot see them).
CREATE VIRTUAL TABLE IF NOT EXISTS passages_tri USING fts5(
    norm, content='passages', content_rowid='id', tokenize='trigram'
);
CREATE VIRTUAL TABLE IF NOT EXISTS passages_tok USING fts5(
    terms, content='passages', content_rowid='id', tokenize='unicode61 remove_diacritics 0'
);
"""


def record_tables(db: IndexReader) -> list[str]:
    """Names of the per-kind record tables (practice, initiative, comment, ...)."""
    out = []
    for name in db.table_names():
        cols = [c.name for c in db[name].columns]
        if tuple(cols[: len(RECORD_BASE_COLUMNS)]) == RECORD_BASE_COLUMNS:
            out.append(name)
    return sorted(out)


def record_counts(db: IndexReader) -> dict[str, int]:
    counts = {name: db[name].count for name in record_tables(db)}
    return {k: v for k, v in counts.items() if v}
