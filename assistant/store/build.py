"""Building the index: parse documents, tokenise passages, write a new file, swap it in atomically.

The previous index keeps answering until the very last step (os.replace), so a failed, killed or
disk-full build never damages it. Unchanged files (same SHA-256) are kept from the previous index
instead of being parsed and tokenised again. A large corpus is decoded, parsed and tokenised by
worker processes, one per core, while this process alone writes (see _Preparer).
"""
from __future__ import annotations

import datetime as dt
import decimal
import errno
import gc
import hashlib
import json
import os
import sqlite3
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable
from urllib.parse import quote

from assistant import __version__
from assistant.kinds import registry
from assistant.errors import DocumentError, GyokakuError, IndexWriteError
from assistant.formats import FormatText, to_text
from assistant.model import ParsedDocument
from assistant.store import joins, listed_columns, member_paper_links, review_joins
from assistant.store.places import write_places
from assistant.store.reader import IndexReader
from assistant.store.readers_version import readers_digest, start_digest
from assistant.store.schema import (
    CREATE,
    RECORD_BASE_COLUMNS,
    SCHEMA_VERSION,
    record_counts,
    record_table_sql,
    record_tables,
)
from assistant.text.normalize import fix_ocr, nfkc, search_form
from assistant.text.tokenize import passage_terms

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from assistant.store.build_terms import Chunk, Terms

Progress = Callable[[str, int, int], None]  # (file name, done, total)


@dataclass
class BuildSummary:
    documents: list[dict] = field(default_factory=list)  # one row per document in the new index
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, Japanese reason)
    warnings: list[str] = field(default_factory=list)  # Japanese, naming the file (a character cut short)
    records: dict[str, int] = field(default_factory=dict)  # kind -> count
    passages: int = 0
    conflicts: int = 0
    reading_notes: int = 0  # rows of the warnings table: absent copies, rows cut in conversion
    seconds: float = 0.0
    # Seconds by part: decode (bytes → text), parse (records, passages, search forms), tokenize
    # (Sudachi terms), write (SQLite rows), fts (both FTS5 indexes). With a pool of workers, the
    # first three are summed over the workers.
    parts: dict[str, float] = field(default_factory=dict)


def collect_files(paths: list[Path]) -> list[Path]:
    """Files named directly, and every visible file below named folders (but their READMEs), in a stable order."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(
                p for p in sorted(path.rglob("*"))
                # dangling symlinks are kept so that the build reports them instead of losing them silently
                if (p.is_file() or (p.is_symlink() and not p.exists()))
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                # a folder's README describes the folder's files; it is not one of the documents
                and not p.name.upper().startswith("README")
            )
        else:
            out.append(path)
    seen: set[Path] = set()
    return [p for p in out if not (p.resolve() in seen or seen.add(p.resolve()))]


def open_for_write(path: Path) -> IndexReader:
    """The temporary file, through the reader's few sqlite-utils-named methods: all the build needs,
    without importing sqlite-utils (a tenth of a second of every `gyokaku ingest`). Its memo of
    tables and columns is cleared whenever the build changes a table."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=OFF")  # the file is private until it is swapped in
    conn.execute("PRAGMA synchronous=OFF")
    conn.executescript(CREATE)
    return IndexReader(conn)


def _previous_is_usable(index: Path) -> bool:
    if not index.exists():
        return False
    try:
        conn = sqlite3.connect(f"file:{quote(str(index.resolve()))}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE name='schema_version'").fetchone()
            readers = conn.execute("SELECT value FROM meta WHERE name='readers'").fetchone()
            conn.execute("SELECT count(*) FROM passages").fetchone()
            # A damaged file must be rebuilt from scratch, not copied and kept (its unchanged
            # documents would be skipped and the damage would survive every `gyokaku ingest`).
            intact = conn.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok"
        finally:
            conn.close()
        # (records read by other readers, before an upgrade, are read again: readers_version.py)
        return intact and row is not None and int(row[0]) == SCHEMA_VERSION \
            and readers is not None and readers[0] == readers_digest()
    except (sqlite3.Error, ValueError):
        return False


def _remove_stale_temps(index: Path) -> None:
    """Delete `<index>.building-<pid>` files left by builds that were killed (their pid is gone)."""
    if os.name != "posix":  # os.kill(pid, 0) would terminate the process on Windows
        return
    for stale in index.parent.glob(index.name + ".building-*"):
        pid = stale.name.rpartition("-")[2]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
            continue  # still running: a concurrent build owns it
        except ProcessLookupError:
            pass
        except (OSError, OverflowError, ValueError):
            continue  # alive under another user, or cannot tell: leave it
        try:
            stale.unlink()
        except OSError:
            pass


def _write_error(index: Path, exc: BaseException) -> IndexWriteError:
    """A Japanese message for a failure to write the index, saying what to do."""
    kept = "前の索引はそのまま残っています。" if index.exists() else ""
    # SQLite reports a failed write as "disk is full", "disk I/O error" or — when a short write left
    # a page half written in the private temporary file — "database disk image is malformed"; only
    # a file it cannot open or write at all is about the place, not about space.
    full = (isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)) or (
        isinstance(exc, sqlite3.Error)
        and not any(w in str(exc) for w in ("unable to open", "readonly", "read-only", "permission")))
    if full:
        return IndexWriteError(
            f"索引 {index} を書き込めません（ディスクの空きが足りないか書き込みに失敗しました: {exc}）。{kept}"
            "空きを作ってから `gyokaku ingest` をやり直してください。")
    return IndexWriteError(
        f"索引 {index} を書き込めません（{exc}）。{kept}"
        "書き込めるフォルダを `gyokaku ingest --index パス` で指定するか、フォルダの権限を確認してください。")


_READ_ERRORS = {
    errno.ENOENT: "ファイルがありません（リンク切れか、読み込み中に消されました）",
    errno.EACCES: "読み取りの権限がありません",
    errno.EPERM: "読み取りの権限がありません",
    errno.EISDIR: "ファイルではなくフォルダです",
    errno.EIO: "読み取り中に入出力エラーが起きました",
}


def _read_error(exc: OSError) -> str:
    return _READ_ERRORS.get(exc.errno) or f"読み込めません（{exc.strerror or exc}）"


def _bug_report(exc: BaseException) -> str:
    """One line naming an unexpected parser error and where in our code it happened."""
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "assistant" in Path(f.filename).parts] or frames
    parts = Path(ours[-1].filename).parts if ours else ("?",)
    parts = parts[len(parts) - 1 - parts[::-1].index("assistant"):] if "assistant" in parts else parts[-1:]
    where = f"{'/'.join(parts)}:{ours[-1].lineno if ours else '?'}"
    return f"解析中に予期しないエラー（不具合です。この行を開発者に伝えてください）: {type(exc).__name__}: {exc}（{where}）"


def _delete_document(db: IndexReader, source: str) -> None:
    conn = db.conn
    for fts, col in (("passages_tri", "norm"), ("passages_tok", "terms")):
        conn.execute(
            f"INSERT INTO {fts}({fts}, rowid, {col}) SELECT 'delete', id, {col} FROM passages WHERE source = ?",
            (source,),
        )
    conn.execute("DELETE FROM passages WHERE source = ?", (source,))
    conn.execute("DELETE FROM conflicts WHERE source = ?", (source,))
    conn.execute("DELETE FROM warnings WHERE source = ?", (source,))
    for kind in record_tables(db):
        conn.execute(f"DELETE FROM [{kind}] WHERE source = ?", (source,))
    conn.execute("DELETE FROM document_texts WHERE source = ?", (source,))
    conn.execute("DELETE FROM documents WHERE source = ?", (source,))
    joins.forget(conn, source)


def _cell(value):
    """A field's value as stored (sqlite-utils' conversion): lists and dicts as JSON text."""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, (dt.date, dt.time)):  # dt.datetime is a dt.date
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    return value


# sqlite-utils' column type for a Python type (COLUMN_TYPE_MAPPING), for the values _cell leaves.
_COLUMN_TYPES = {float: "REAL", int: "INTEGER", bool: "INTEGER", str: "TEXT", bytes: "BLOB", type(None): "TEXT"}


def _quote(name: str) -> str:
    return '"{}"'.format(name.replace('"', '""'))


def _column_type(types: set[type]) -> str:
    """The type sqlite-utils' insert_all gives a new column whose values in one chunk have these types."""
    if len(types) > 1:
        types = types - {type(None)}
    if len(types) == 1:
        return _COLUMN_TYPES.get(next(iter(types)), "TEXT")
    if types <= {int, bool}:
        return "INTEGER"
    if types <= {int, float, bool}:
        return "REAL"
    if types <= {bytes, str}:
        return "BLOB"
    return "TEXT"


def _insert_records(db: IndexReader, kind: str, rows: list[dict]) -> None:
    """`db[kind].insert_all(rows, alter=True)` of sqlite-utils without its per-value and per-column
    overhead, and with the same table: the same chunks, a column a chunk lacks added with the type
    that chunk suggests (as insert_all's retry does), the same row order. A new table is created
    with all its columns at once (the same schema text as one ALTER TABLE per column gives, at a
    twentieth of the cost)."""
    if not rows:
        return
    batch = max(1, min(100, 999 // len(rows[0]))) if rows[0] else 1  # insert_all's batch size
    chunks = [rows[start:start + batch] for start in range(0, len(rows), batch)]
    table = db[kind]
    exists = table.exists()
    link = registry.link_column(kind)
    have = [c.name for c in table.columns] if exists else [*RECORD_BASE_COLUMNS, *([link] if link else [])]
    known = {c.lower() for c in have}
    added: list[str] = []  # column definitions, in the order insert_all would add them
    for chunk in chunks:
        # Types are only needed of the columns the table lacks (the first chunk's, mostly).
        for name in dict.fromkeys(k for row in chunk for k in row):
            if name.lower() not in known:
                known.add(name.lower())
                found = {type(row[name]) for row in chunk if name in row}
                added.append(f"{_quote(name)} {_column_type(found)}")
    conn = db.conn
    if not exists:
        conn.execute(record_table_sql(kind)[:-1] + "".join(f", {d}" for d in added) + ")")
    for definition in added if exists else ():
        conn.execute(f"ALTER TABLE {_quote(kind)} ADD COLUMN {definition}")
    if added or not exists:
        db.memo.clear()
    for chunk in chunks:
        columns = list(dict.fromkeys(k for row in chunk for k in row))
        if not columns:
            conn.executemany(f"INSERT INTO {_quote(kind)} DEFAULT VALUES", [()] * len(chunk))
            continue
        conn.executemany(
            f"INSERT INTO {_quote(kind)} ({', '.join(map(_quote, columns))}) VALUES ({', '.join('?' * len(columns))})",
            [[row.get(c) for c in columns] for row in chunk],
        )


def _stored_path(conn: sqlite3.Connection, path: Path) -> str:
    """The file's path relative to the index's folder (where the file being written lies), so that
    the index never holds the builder's absolute folders; just the name where no relative path exists
    (another drive)."""
    index_dir = Path(conn.execute("PRAGMA database_list").fetchone()[2]).parent
    try:
        return Path(os.path.relpath(path.resolve(), index_dir.resolve())).as_posix()
    except ValueError:
        return path.name


def resolved_path(index: Path, stored: str) -> Path:
    """Where a document's file is, from its stored path (relative to the index's folder)."""
    return (index.resolve().parent / stored).resolve()


def _unique_keys(db: IndexReader, doc: ParsedDocument, source: str) -> dict[str, str]:
    """Record key → the key it is stored under. Keys are `<kind>:<code>`, unique within a document but
    not across documents of one kind (two editions, copies): a key another document already holds is
    stored as `<kind>:<code>@<source>`, so every record has its own primary key."""
    wanted: dict[str, list[str]] = {}
    for rec in doc.records:
        wanted.setdefault(rec.kind, []).append(rec.key)
    taken: set[str] = set()
    existing = set(db.table_names())
    for kind, keys in wanted.items():
        if kind not in existing:
            continue
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            taken.update(r[0] for r in db.conn.execute(
                f"SELECT key FROM [{kind}] WHERE key IN ({', '.join('?' * len(chunk))})", chunk))
    return {k: f"{k}@{source}" for k in taken}


def _empty_to_null(value):
    return None if value == "" else value


def _stored(value):
    """_empty_to_null(_cell(value)), with the values most fields hold (text, numbers, none) first:
    every field of every record goes through here."""
    kind = type(value)
    if kind is str:
        return value or None
    if kind is int or kind is float or value is None:
        return value
    return _empty_to_null(_cell(value))


def _insert_document(db: IndexReader, doc: ParsedDocument, source: str, path: Path,
                     text: str, sha: str, size: int, fmt: str, n_passages: int) -> dict[str, str]:
    """Everything of a document but its passages (_insert_passages); returns the renamed keys."""
    renamed = _unique_keys(db, doc, source)
    stored_key = {(rec.kind, rec.code): renamed.get(rec.key, rec.key) for rec in doc.records}
    declared = registry.record_kinds()
    by_kind: dict[str, list[dict]] = {}
    seen: set[str] = set()
    for rec in doc.records:
        key = renamed.get(rec.key, rec.key)
        if key in seen:  # the same key twice in one document: the later record keeps its line too
            key = f"{rec.key}@{source}:{rec.line}"
        seen.add(key)
        row = {k: _stored(v) for k, v in rec.fields.items()}
        row.update(key=key, code=rec.code, source=source, line=rec.line, end_line=rec.end_line or rec.line)
        parent = declared[rec.kind].parent if rec.kind in declared else None
        if parent:  # the parent record of the same document, by its stored key
            row[registry.link_column(rec.kind)] = stored_key.get((parent[1], str(rec.fields.get(parent[0]))))
        by_kind.setdefault(rec.kind, []).append(row)
    for kind, rows in by_kind.items():
        _insert_records(db, kind, rows)
    conn = db.conn
    conn.executemany(
        'INSERT INTO conflicts (key, field, chosen, "values", source, note, absent) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [
            (renamed.get(c.key, c.key), c.field, _empty_to_null(_cell(c.chosen)),
             json.dumps([{"value": v.value, "where": v.where, "line": v.line} for v in c.values],
                        ensure_ascii=False),
             source, c.note or None, json.dumps(list(c.absent), ensure_ascii=False))
            for c in doc.conflicts
        ],
    )
    conn.executemany(
        "INSERT INTO warnings (source, line, kind, record, note) VALUES (?, ?, ?, ?, ?)",
        [(source, w.line, w.kind, renamed.get(w.record, w.record) or None, w.note) for w in doc.warnings],
    )
    conn.execute(
        "INSERT INTO documents (source, path, kind, title, sha256, size, n_lines, n_records, n_passages,"
        " ingested_at, format) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (source, _stored_path(conn, path), doc.kind, doc.title or None, sha, size, len(text.splitlines()),
         len(doc.records), n_passages, dt.datetime.now().isoformat(timespec="seconds"), fmt),
    )
    conn.execute("INSERT INTO document_texts (source, text) VALUES (?, ?)", (source, text))
    return renamed


def _next_passage_id(conn: sqlite3.Connection) -> int:
    """The id the next passage gets (SQLite's own choice for an INTEGER PRIMARY KEY: one above the
    highest, so a replaced last document's passages reuse their ids)."""
    return conn.execute("SELECT coalesce(max(id), 0) + 1 FROM passages").fetchone()[0]


def _insert_passages(conn: sqlite3.Connection, renamed: dict[str, str], source: str, first_id: int,
                     passages: list[tuple]) -> None:
    """A document's passages with their terms, from `first_id` on (indexed by _index_new_passages)."""
    conn.executemany(
        "INSERT INTO passages (id, key, kind, field, source, line, text, norm, terms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(first_id + n, renamed.get(key, key), kind, fld, source, line, text, norm, terms_ or None)
         for n, (key, kind, fld, line, text, norm, terms_) in enumerate(passages)],
    )


@dataclass
class Prepared:
    """One file made ready for the writer: its text, its parsed records and its passage rows
    ((key, kind, field, line, text, search form, terms)), or the Japanese reason it was skipped."""

    source: str
    extracted: FormatText | None = None
    doc: ParsedDocument | None = None
    passages: list[tuple] = field(default_factory=list)
    skipped: str = ""
    seconds: dict[str, float] = field(default_factory=dict)  # part -> seconds (see BuildSummary.parts)
    chunks: list[Chunk] | None = None  # the passages' texts given to build_terms, when not tokenised here


def prepare(data: bytes, source: str, tokenize: bool = True) -> Prepared:
    """Decode, parse and tokenise one file: all the work before writing, the same in this process
    or in a worker of the pool. Each passage is tokenised once (without `tokenize`, the terms are
    left empty for build_terms to fill in)."""
    clock = time.perf_counter
    started = clock()
    extracted = None
    try:
        extracted = to_text(data, source)  # any format → text with provenance
        decoded = clock()
        doc = registry.parse(extracted.text, source)
    except DocumentError as exc:
        return Prepared(source, extracted,
                        skipped=exc.reason if exc.line is None else f"{exc.line}行目: {exc.reason}")
    except Exception as exc:  # a parser bug must not cost the other files
        return Prepared(source, extracted, skipped=_bug_report(exc))
    kind_of = {rec.key: rec.kind for rec in doc.records}
    kept = [p for p in doc.passages if p.text.strip()]
    # The search form and the terms both start from the NFKC form: made once here (NFKC of a
    # normalised text is a quick check), not once by each.
    fixed = [fix_ocr(nfkc(p.text)) for p in kept]
    norms = [search_form(text) for text in fixed]
    parsed = clock()
    words = passage_terms(fixed) if tokenize else [""] * len(kept)
    tokenized = clock()
    rows = [(p.key, kind_of.get(p.key, p.key.partition(":")[0]), p.field, p.line, p.text, norm, w)
            for p, norm, w in zip(kept, norms, words)]
    return Prepared(source, extracted, doc, rows, seconds={
        "decode": decoded - started, "parse": parsed - decoded, "tokenize": tokenized - parsed})


# FTS5 keeps new terms in memory until this many bytes, then writes a segment and merges segments
# as they pile up. The default (1 MB) makes a large build spend most of its index time merging
# (×100 corpus: 9.9 s → 5.8 s with 16 MB); a few more MB of memory while building is cheap.
_FTS_HASHSIZE = 16 * 1024 * 1024


def _set_hashsize(conn: sqlite3.Connection, fts: str) -> None:
    try:  # a write-time setting kept in the table's config; unknown to very old SQLite
        conn.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('hashsize', ?)", (_FTS_HASHSIZE,))
    except sqlite3.OperationalError:
        pass


def _index_new_passages(conn: sqlite3.Connection, sources: list[str], trigrams_done: bool = False) -> None:
    """Both full-text indexes of the passages of the documents written in this build, each in one
    statement (FTS5 writes one segment per statement: the index stays one segment, as fast to
    search as it can be). By document, not by id: a replaced last document reuses its ids."""
    conn.execute("CREATE TEMP TABLE written (source TEXT PRIMARY KEY)")
    conn.executemany("INSERT INTO temp.written VALUES (?)", [(s,) for s in sources])
    written = "source IN (SELECT source FROM temp.written)"
    first = conn.execute(f"SELECT min(id) FROM passages WHERE {written}").fetchone()[0]
    for fts, col in (("passages_tri", "norm"), ("passages_tok", "terms")):
        if fts == "passages_tri" and trigrams_done:  # filled already (_Trigrams), in the same one statement
            continue
        _set_hashsize(conn, fts)
        if first is None:
            continue
        # In id order from the first new passage (NOT INDEXED: not by source and then sorted).
        conn.execute(f"INSERT INTO {fts}(rowid, {col}) SELECT id, {col} FROM passages NOT INDEXED"
                     f" WHERE id >= ? AND {written} ORDER BY id", (first,))
    conn.execute("DROP TABLE temp.written")


def build_index(paths: list[Path], index: Path, progress: Progress | None = None,
                prune_missing: bool = True, workers: int | None = None,
                terms_helper: bool | None = None) -> BuildSummary:
    """`_build_index` with Python's cycle collector paused: a parsed document is tens of thousands
    of objects that all live until it is written, and the collector walked them over and over (a
    few per cent of an ingest) to find no cycles; the build's own objects are freed as they go."""
    from assistant.query.compiled import install_for_re

    install_for_re()  # the kinds' patterns, compiled once per machine (a sixth of a small ingest's process)
    paused = gc.isenabled()
    gc.disable()
    try:
        return _build_index(paths, index, progress, prune_missing, workers, terms_helper)
    finally:
        if paused:
            gc.enable()


def _build_index(paths: list[Path], index: Path, progress: Progress | None,
                 prune_missing: bool, workers: int | None, terms_helper: bool | None) -> BuildSummary:
    """Ingest files and folders into `index`. Raises GyokakuError only when nothing can be written;
    a file that cannot be read or parsed is reported in `skipped` and the others still go in.
    `workers`: processes that decode, parse and tokenise (None: one per core for a large corpus,
    none for a small one; 1: all in this process). A middling corpus (the shipped one, with workers
    None) has its terms made when each file is written (build_terms), so that a new index's trigram
    index is filled beside the last file's terms (_Trigrams, on the other core: SQLite needs no
    Python lock); `terms_helper` says whether a helper process tokenises beside this one meanwhile
    (None: where a core is spare, _spare_core; True or False: always or never). On the 2-core
    benchmark machine, idle, the helper takes the shipped corpus's ingest from 0.44 s to 0.34 s in
    process; under a load of 3–4 from other work it made it slower (0.66 s against 0.49 s), as an
    earlier measurement had found when two busy processes there got about 1.15 cores.
    """
    started = time.perf_counter()
    summary = BuildSummary()
    try:
        index.parent.mkdir(parents=True, exist_ok=True)
        if index.is_dir():  # fail now, not after parsing everything
            raise IsADirectoryError(errno.EISDIR, "フォルダです", str(index))
        _remove_stale_temps(index)
    except OSError as exc:
        raise _write_error(index, exc) from exc
    tmp = index.with_name(index.name + f".building-{os.getpid()}")
    # The index and its temporary files may sit inside an ingested folder: never read them as documents.
    files = [p for p in collect_files(paths)
             if not (p.name == index.name or p.name.startswith(index.name + ".building-"))]
    names: dict[str, Path] = {}
    count, helper = _workers(files) if workers is None else (workers, False)
    use_helper = helper and (_spare_core() if terms_helper is None else terms_helper)
    preparer = _Preparer(count, use_helper, deferred=helper)
    if not index.exists():  # (otherwise it is needed now, to tell whether the previous index is usable)
        start_digest()
    try:
        if _previous_is_usable(index):
            import shutil

            shutil.copyfile(index, tmp)
        elif tmp.exists():
            tmp.unlink()
        db = open_for_write(tmp)
        db.conn.execute("BEGIN")
        previous = {r["source"]: r for r in db.query("SELECT source, path, sha256 FROM documents")}
        # A new index whose terms are made when written: its trigram index is filled while the last are made.
        trigrams = _Trigrams() if preparer.deferred and not previous and _next_passage_id(db.conn) == 1 else None
        seen_sources: set[str] = set()
        queue: deque = deque()  # files in order, each with its Prepared (or its future) to write
        for n, path in enumerate(files, 1):
            source = path.name
            if progress:
                progress(source, n - 1, len(files))
            try:
                data = path.read_bytes()
            except OSError as exc:
                summary.skipped.append((str(path), _read_error(exc)))
                continue
            if source in names:  # documents are keyed by file name: a second one would clash
                summary.skipped.append((str(path), f"同じ名前のファイル {names[source]} を読み込み済みです。"
                                                   "ファイル名を変えてください"))
                continue
            names[source] = path
            sha = hashlib.sha256(data).hexdigest()
            seen_sources.add(source)
            old = previous.get(source)
            if old and old["sha256"] == sha:
                summary.unchanged.append(source)
                continue
            queue.append((path, source, sha, len(data), old, preparer.submit(data, source)))
            _write_ready(db, queue, preparer, summary, trigrams=trigrams if n == len(files) else None)
        _write_ready(db, queue, preparer, summary, keep=0, trigrams=trigrams)
        # Paths are relative to the index's folder: in a copy of the index elsewhere they lead nowhere,
        # and a file is only known to be gone when the index is where its documents were stored.
        in_place = not previous or _meta_value(db, "index_folder") == _folder_id(index)
        if prune_missing:
            folders = [p.resolve() for p in paths if p.is_dir()]
            for source, old in previous.items():
                if source in seen_sources:
                    continue
                old_path = resolved_path(index, old["path"])
                if (in_place and not old_path.exists()) or any(f in old_path.parents for f in folders):
                    _delete_document(db, source)
                    summary.removed.append(source)
        # A plan report published as two documents (evaluation list, opinion paper) is joined once both are in.
        joins.join_split_reports(db)
        joins.join_item_lists(db)  # (a plan's summary list and its pages per item: one record per item)
        listed_columns.fill_from_lists(db)  # (a list of the same items: its departments, its yearly amounts)
        member_paper_links.link_member_papers(db)  # (a paper of members' opinions: its report's initiatives)
        review_joins.join_reviews(db)  # (a committee's review of some of a report's items: its grades on them)
        preparer.release()
        clock = time.perf_counter()
        if trigrams is not None:
            trigrams.repair(db.conn)
        _index_new_passages(db.conn, summary.added, trigrams is not None and trigrams.done)
        summary.parts["fts"] = summary.parts.get("fts", 0.0) + time.perf_counter() - clock
        _refresh_meta(db, index if in_place else None)
        from assistant.query import stored

        stored.store(db)  # (what reading a question derives from the index's words, derived once here)
        db.conn.execute("COMMIT")
        _fill_summary(db, summary)
        db.conn.close()
        preparer.close()
        if preparer.terms is not None:
            summary.parts["tokenize"] = summary.parts.get("tokenize", 0.0) + preparer.terms.seconds
        if progress:
            progress("", len(files), len(files))
        os.replace(tmp, index)
        if preparer.loading:
            from assistant.text.tokenize import save_known_terms

            save_known_terms()  # (for the next ingest: the terms of the morphemes met for the first time)
    except BaseException as exc:
        preparer.close()  # stop the workers before removing the file they were preparing for
        try:
            tmp.unlink()
        except OSError:
            pass
        if isinstance(exc, (OSError, sqlite3.Error)):
            raise _write_error(index, exc) from exc
        raise
    summary.seconds = time.perf_counter() - started
    return summary


# Below this many bytes of files the pool costs more than it saves: each worker starts Python and
# loads the Sudachi dictionary (about half a second), and the shipped corpus (0.6 MB) ingests in
# about a second in one process.
_POOL_MIN_BYTES = 4 * 1024 * 1024
# From this many bytes of files up to the pool's, the terms helper (build_terms) tokenises beside
# this process: it starts in a tenth of a second, about the time Sudachi takes for this much text.
_HELPER_MIN_BYTES = 128 * 1024


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _spare_core() -> bool:
    """Whether a core is free for the terms helper: the run queue over the last minute (this
    process's own work included) leaves half a core or more. On a machine whose cores are taken by
    other work, the helper's start and its pipes only add to the CPU time the build competes for
    (the shipped corpus on the 2-core benchmark machine under a load of 3–4: 0.66 s with the helper
    against 0.49 s without; on an idle one 0.34 s against 0.44 s)."""
    try:
        return os.getloadavg()[0] <= _cores() - 0.5
    except (AttributeError, OSError):  # no load average (Windows): assume the cores are there
        return True


def _workers(files: list[Path]) -> tuple[int, bool]:
    """Worker processes for these files (one per core for a large corpus, none for a small one),
    and whether a middling one has its terms made when written (build_terms; with the helper
    process where a core is spare)."""
    cores = _cores()
    size = 0
    for path in files:
        try:
            size += path.stat().st_size
        except OSError:
            pass
    if cores < 2:
        return 1, False
    if len(files) < 2 or size < _POOL_MIN_BYTES:
        return 1, size >= _HELPER_MIN_BYTES
    return min(cores, len(files)), False


def _end_with_parent(parent: int) -> None:
    """A pool worker's start: end when the build's process is gone (killed). A worker waits for its
    work on a pipe it holds both ends of, so it would otherwise wait forever, holding a dictionary."""
    from assistant.query.compiled import install_for_re
    from assistant.text.tokenize import load_known_terms

    install_for_re()
    load_known_terms()

    def watch() -> None:
        while os.getppid() == parent:  # an orphan gets another parent (POSIX)
            time.sleep(0.2)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _distinct_texts(passages: list[tuple]) -> list[str]:
    """The passage rows' texts, each once, in order: what build_terms is given to tokenise."""
    return list(dict.fromkeys(row[4] for row in passages))


class _Preparer:
    """Runs `prepare` in this process, or in a pool of worker processes while this process is the
    one writer, or (`helper`) here with the terms tokenised beside it by build_terms. A worker is
    started from scratch ("spawn": no copy of this process's memory or threads), and only `backlog`
    files wait for the writer, so memory stays bounded."""

    def __init__(self, workers: int, helper: bool = False, deferred: bool = False) -> None:
        self.workers = workers
        self.helper = helper and workers <= 1
        # `deferred`: a file's terms are made when it is written (build_terms, here or with the
        # helper), not when it is parsed, so that the files after it are parsed first (with the
        # helper, while it tokenises) and a new index's trigram index is filled beside the last terms.
        self.deferred = (self.helper or deferred) and workers <= 1
        self.backlog = 2 * workers if workers > 1 else 2 if self.deferred else 0
        self.pool: ProcessPoolExecutor | None = None
        self.terms: Terms | None = None
        self.loading = False  # the dictionary is being loaded in a thread (load_in_background)

    def submit(self, data: bytes, source: str) -> Prepared | Future:
        if self.workers > 1:
            if self.pool is None:  # started on the first changed file: an unchanged corpus starts none
                # Imported only for a pool: otherwise some 40 ms of CPU at the start of every `gyokaku ingest`.
                import multiprocessing
                from concurrent.futures import ProcessPoolExecutor

                self.pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                                initializer=_end_with_parent, initargs=(os.getpid(),))
            return self.pool.submit(prepare, data, source)
        if not self.loading:
            # The first file to tokenise here (a pool's writer never does: it loads no dictionary).
            from assistant.text.tokenize import load_in_background, load_known_terms

            load_in_background()
            load_known_terms()
            self.loading = True
        if not self.deferred:
            return prepare(data, source)
        if self.terms is None:  # started before the first changed file is parsed, to start meanwhile
            from assistant.store.build_terms import Terms  # subprocess and pipes: only for these

            self.terms = Terms(helper=self.helper)
        prepared = prepare(data, source, tokenize=False)
        if prepared.doc is not None:
            # Each distinct text once (passage_terms does so within a chunk; a text repeated across chunks,
            # 「R2と同じ」 dozens of times in the shipped plan report, was tokenised once per chunk).
            prepared.chunks = self.terms.submit(_distinct_texts(prepared.passages))
        return prepared

    def finish(self, prepared: Prepared) -> None:
        """Put the terms build_terms made into a prepared file's passage rows."""
        if prepared.chunks is not None and self.terms is not None:
            words = dict(zip(_distinct_texts(prepared.passages), self.terms.collect(prepared.chunks)))
            prepared.passages = [(*row[:-1], words[row[4]]) for row in prepared.passages]
            prepared.chunks = None

    def release(self) -> None:
        """All files are written: the pool is shut down; the terms helper is told to end, and ends
        while this process fills the full-text indexes (`close` waits for it)."""
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None
        if self.terms is not None:
            self.terms.release()

    def close(self) -> None:
        self.release()
        if self.terms is not None:
            self.terms.close()


class _Trigrams:
    """The trigram index of a new index, filled while this process waits for the last terms instead
    of after them: SQLite builds it without holding Python's lock, so it runs beside the thread that
    collects the terms (tokenising what the helper has not taken), on the other core.

    It is the same one statement over the same (id, search form) rows in id order as
    _index_new_passages makes, so the index is the same: once every file is prepared, the ids the
    passages will get are known (a new index numbers them from 1 in the order they are written),
    and the rows not written yet are read from a temporary table."""

    def __init__(self) -> None:
        self.done = False
        self.broken = False
        self.first_ids: dict[int, int] = {}  # id(Prepared) -> its first passage's id, once filled

    def wanted(self, prepared: Prepared) -> bool:
        return not self.done and prepared.chunks is not None

    def fill_while(self, conn: sqlite3.Connection, first_id: int, prepared: Prepared, queue: deque,
                   wait: Callable[[], None]) -> float:
        """Fill the trigram index while `wait` runs in a thread; returns the seconds SQLite took."""
        rows: list[tuple[int, str]] = []
        next_id = first_id
        for item in (prepared, *(entry[5] for entry in queue)):
            self.first_ids[id(item)] = next_id
            rows.extend((next_id + n, row[5]) for n, row in enumerate(item.passages))
            next_id += len(item.passages)
        failure: list[BaseException] = []

        def run() -> None:
            try:
                wait()
            except BaseException as exc:  # raised again in this thread
                failure.append(exc)

        worker = threading.Thread(target=run, daemon=True)
        worker.start()
        started = time.perf_counter()
        try:
            conn.execute("CREATE TEMP TABLE pending_norms (id INTEGER PRIMARY KEY, norm TEXT)")
            conn.executemany("INSERT INTO temp.pending_norms VALUES (?, ?)", rows)
            _set_hashsize(conn, "passages_tri")
            conn.execute("INSERT INTO passages_tri(rowid, norm) SELECT id, norm FROM"
                         " (SELECT id, norm FROM passages UNION ALL SELECT id, norm FROM temp.pending_norms) ORDER BY id")
            conn.execute("DROP TABLE temp.pending_norms")
            self.done = True
        finally:
            seconds = time.perf_counter() - started
            worker.join()
        if failure:
            raise failure[0]
        return seconds

    def check(self, prepared: Prepared, first_id: int) -> None:
        """A file written after the filling must get the ids it was indexed under."""
        expected = self.first_ids.get(id(prepared))
        if self.done and expected is not None and expected != first_id:
            self.broken = True

    def repair(self, conn: sqlite3.Connection) -> None:
        """Should the ids ever differ (they cannot in a new index), index the passages anew."""
        if self.broken:
            conn.execute("INSERT INTO passages_tri(passages_tri) VALUES ('delete-all')")
            self.done = False


def _write_ready(db: IndexReader, queue: deque, preparer: _Preparer, summary: BuildSummary,
                 keep: int | None = None, trigrams: _Trigrams | None = None) -> None:
    """Write queued files in order until at most `keep` (the preparer's backlog) wait, waiting for a
    worker or the terms if need be. `trigrams`: every file is prepared, and the trigram index may be
    filled while the terms are awaited."""
    keep = preparer.backlog if keep is None else keep
    while len(queue) > keep:
        path, source, sha, size, old, prepared = queue.popleft()
        if not isinstance(prepared, Prepared):  # a pool worker's Future
            from concurrent.futures.process import BrokenProcessPool

            try:
                prepared = prepared.result()
            except BrokenProcessPool as exc:  # a worker was killed (out of memory, by the user)
                raise GyokakuError(
                    f"{source} を読み込む作業プロセスが途中で終了しました（メモリ不足などで強制終了された可能性があります）。"
                    "索引は変更していません。ほかのアプリを閉じてから `gyokaku ingest` をやり直してください。") from exc
        for part, seconds in prepared.seconds.items():
            summary.parts[part] = summary.parts.get(part, 0.0) + seconds
        if prepared.extracted is not None:
            summary.warnings.extend(prepared.extracted.warnings)
        if prepared.skipped:
            summary.skipped.append((str(path), prepared.skipped))
            continue
        # All that does not need the terms first, so that the terms helper has the longest time.
        clock = time.perf_counter
        started = clock()
        if old:
            _delete_document(db, source)
        extracted = prepared.extracted
        renamed = _insert_document(db, prepared.doc, source, path, extracted.text, sha, size, extracted.format,
                                   len(prepared.passages))
        write_places(db.conn, source, extracted)
        first_id = _next_passage_id(db.conn)
        waiting = clock()
        if trigrams is not None and trigrams.wanted(prepared):
            seconds = trigrams.fill_while(db.conn, first_id, prepared, queue, lambda: preparer.finish(prepared))
            summary.parts["fts"] = summary.parts.get("fts", 0.0) + seconds
        else:
            preparer.finish(prepared)
        writing = clock()
        if trigrams is not None:
            trigrams.check(prepared, first_id)
        _insert_passages(db.conn, renamed, source, first_id, prepared.passages)
        summary.parts["write"] = summary.parts.get("write", 0.0) + (waiting - started) + (clock() - writing)
        summary.added.append(source)


def _folder_id(index: Path) -> str:
    """Which folder the index is in, without naming it (the index never holds the builder's folders)."""
    return hashlib.sha256(str(index.resolve().parent).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _meta_value(db: IndexReader, name: str) -> str | None:
    row = db.conn.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
    return row[0] if row else None


def _refresh_meta(db: IndexReader, index: Path | None) -> None:
    """`index`: where the index is, when every document's path is relative to it (not a copy of an
    index from elsewhere still holding documents stored there)."""
    conn = db.conn
    hashes = {r[0]: r[1] for r in conn.execute("SELECT source, sha256 FROM documents ORDER BY source")}
    if index is not None:
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('index_folder', ?)", (_folder_id(index),))
    for name, value in (
        ("schema_version", str(SCHEMA_VERSION)),
        ("readers", readers_digest()),
        ("gyokaku_version", __version__),
        ("built_at", dt.datetime.now().isoformat(timespec="seconds")),
        ("corpus_hashes", json.dumps(hashes, ensure_ascii=False)),
    ):
        conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (name, value))


def _fill_summary(db: IndexReader, summary: BuildSummary) -> None:
    conn = db.conn
    summary.records = record_counts(db)
    summary.passages = conn.execute("SELECT count(*) FROM passages").fetchone()[0]
    summary.conflicts = conn.execute("SELECT count(*) FROM conflicts").fetchone()[0]
    summary.reading_notes = conn.execute("SELECT count(*) FROM warnings").fetchone()[0]
    summary.documents = [dict(r) for r in db.query(
        "SELECT source, kind, title, format, n_records, n_passages FROM documents ORDER BY source")]


__all__ = ["BuildSummary", "build_index", "collect_files", "GyokakuError"]
