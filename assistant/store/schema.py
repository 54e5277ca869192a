"""Tables of the index file. Bump SCHEMA_VERSION whenever a table or the search form changes."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # either reader; the build passes a sqlite-utils Database
    from assistant.store.reader import IndexReader


SCHEMA_VERSION = 10  # 10: 子ども/こども folded in the search form; 3: joint-project departments as an object; 4: warnings, conflicts.absent; 5: generic records; 6: documents.format
# 7: Datasette-ready: record keys are primary keys, links are foreign keys, NULL for empty values,
#    documents.path relative to the index folder, the file's text in document_texts, FTS content="passages"
# 8: the passages(id, kind) index; other cities' documents read anew (取組N and ア/イ items, label|value sheets,
#    comma-separated tables), the case studies' title block as passages: an index of 7 is rebuilt
# 9: Word headings stand apart (items under 基本方針N know it), a document's title heading is no item

# Columns every record table has before the record's own fields.
RECORD_BASE_COLUMNS = ("key", "code", "source", "line", "end_line")

CREATE = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT);
-- `path` is relative to the index's folder (../corpus/a.txt): the file never names the builder's
-- folders, and an index copied together with its corpus still knows where its files are.
CREATE TABLE IF NOT EXISTS documents (
    source TEXT PRIMARY KEY, path TEXT, kind TEXT, title TEXT, sha256 TEXT, size INTEGER,
    n_lines INTEGER, n_records INTEGER, n_passages INTEGER, ingested_at TEXT, format TEXT
);
-- The whole text of each file (source lines around a record, facts of generic documents): kept out
-- of `documents` so that a listing of the documents does not carry every file.
CREATE TABLE IF NOT EXISTS document_texts (
    source TEXT PRIMARY KEY REFERENCES documents(source), text TEXT
);
CREATE TABLE IF NOT EXISTS passages (
    id INTEGER PRIMARY KEY, key TEXT, kind TEXT, field TEXT, source TEXT REFERENCES documents(source),
    line INTEGER, text TEXT, norm TEXT, terms TEXT
);
CREATE INDEX IF NOT EXISTS passages_key ON passages(key);
CREATE INDEX IF NOT EXISTS passages_source ON passages(source);
-- Which hits of a word are of a kind, read without the passages' text: on a
-- large index a common word has thousands of hits, each otherwise a read of a row holding its text.
CREATE INDEX IF NOT EXISTS passages_id_kind ON passages(id, kind);
CREATE TABLE IF NOT EXISTS conflicts (
    key TEXT, field TEXT, chosen TEXT, "values" TEXT, source TEXT REFERENCES documents(source), note TEXT,
    absent TEXT
);
CREATE INDEX IF NOT EXISTS conflicts_key ON conflicts(key);
-- Where lines of a PDF, XLSX or DOCX came from (「3ページ」「シート名!B7」), by runs of lines; see
-- store/places.py. The trigger keeps it in step with documents whatever deletes one.
CREATE TABLE IF NOT EXISTS places (
    source TEXT REFERENCES documents(source), first_line INTEGER, last_line INTEGER, place TEXT, format TEXT
);
CREATE INDEX IF NOT EXISTS places_source ON places(source, first_line);
CREATE TRIGGER IF NOT EXISTS documents_places_delete AFTER DELETE ON documents BEGIN
    DELETE FROM places WHERE source = old.source;
END;
-- What a loader noticed at a line of a file: a copy of a record that is absent, a row cut in
-- conversion. The record's key is in `record` (not `key`), so this is not taken for a record table.
CREATE TABLE IF NOT EXISTS warnings (
    source TEXT REFERENCES documents(source), line INTEGER, kind TEXT, record TEXT, note TEXT
);
CREATE INDEX IF NOT EXISTS warnings_source ON warnings(source);
-- Two full-text indexes over the same passages: trigram over the search form for words of three
-- or more letters, Sudachi terms for one- and two-letter words (trigram cannot see them).
-- content="passages" in double quotes: the form Datasette and sqlite-utils recognise as passages' index.
-- Each also names the other's column, unindexed (nothing is stored for it): a search can then say
-- which index a word is for ({norm}: … / {terms}: …) and be sent to both, as Datasette's search box
-- does through the plugin's view over the two (assistant/publish/plugin.py).
CREATE VIRTUAL TABLE IF NOT EXISTS passages_tri USING fts5(
    norm, terms UNINDEXED, content="passages", content_rowid='id', tokenize='trigram'
);
CREATE VIRTUAL TABLE IF NOT EXISTS passages_tok USING fts5(
    terms, norm UNINDEXED, content="passages", content_rowid='id', tokenize='unicode61 remove_diacritics 0'
);
"""


def record_table_sql(kind: str) -> str:
    """CREATE TABLE for a record kind: `key` is the primary key, `source` links to the document, and a
    kind with a parent gets its link column (`<field>_key`) referencing the parent record (the field
    keeps the parent's code, which the question engine compares). The record's own fields are added
    as they come."""
    from assistant.kinds import registry

    links = ", [source] TEXT REFERENCES [documents]([source]), [line] INTEGER, [end_line] INTEGER"
    link = registry.link_column(kind)
    if link:
        links += f", [{link}] TEXT REFERENCES [{registry.link_columns()[link]}]([key])"
    return f"CREATE TABLE [{kind}] ([key] TEXT PRIMARY KEY, [code] TEXT{links})"


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
