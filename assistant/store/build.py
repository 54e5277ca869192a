"""Building the index: parse documents, tokenise passages, write a new file, swap it in atomically.

The previous index keeps answering until the very last step (os.replace), so a failed, killed or
disk-full build never damages it. Unchanged files (same SHA-256) are kept from the previous index
instead of being parsed and tokenised again.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import sqlite_utils

from assistant import __version__, loaders
from assistant.errors import DocumentError, GyokakuError
from assistant.model import ParsedDocument
from assistant.store.schema import CREATE, RECORD_BASE_COLUMNS, SCHEMA_VERSION, record_counts, record_tables
from assistant.text.decode import decode
from assistant.text.normalize import search_form
from assistant.text.tokenize import terms

Progress = Callable[[str, int, int], None]  # (file name, done, total)


@dataclass
class BuildSummary:
    documents: list[dict] = field(default_factory=list)  # one row per document in the new index
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, Japanese reason)
    records: dict[str, int] = field(default_factory=dict)  # kind -> count
    passages: int = 0
    conflicts: int = 0
    seconds: float = 0.0


def collect_files(paths: list[Path]) -> list[Path]:
    """Files named directly, and every visible file below named folders, in a stable order."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(
                p for p in sorted(path.rglob("*"))
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            out.append(path)
    seen: set[Path] = set()
    return [p for p in out if not (p.resolve() in seen or seen.add(p.resolve()))]


def open_for_write(path: Path) -> sqlite_utils.Database:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=OFF")  # the file is private until it is swapped in
    conn.execute("PRAGMA synchronous=OFF")
    db = sqlite_utils.Database(conn)
    conn.executescript(CREATE)
    return db


def _previous_is_usable(index: Path) -> bool:
    if not index.exists():
        return False
    try:
        conn = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE name='schema_version'").fetchone()
            conn.execute("SELECT count(*) FROM passages").fetchone()
        finally:
            conn.close()
        return row is not None and int(row[0]) == SCHEMA_VERSION
    except (sqlite3.Error, ValueError):
        return False


def _delete_document(db: sqlite_utils.Database, source: str) -> None:
    conn = db.conn
    for fts, col in (("passages_tri", "norm"), ("passages_tok", "terms")):
        conn.execute(
            f"INSERT INTO {fts}({fts}, rowid, {col}) SELECT 'delete', id, {col} FROM passages WHERE source = ?",
            (source,),
        )
    conn.execute("DELETE FROM passages WHERE source = ?", (source,))
    conn.execute("DELETE FROM conflicts WHERE source = ?", (source,))
    for kind in record_tables(db):
        conn.execute(f"DELETE FROM [{kind}] WHERE source = ?", (source,))
    conn.execute("DELETE FROM documents WHERE source = ?", (source,))


def _json_cell(value):
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _insert_document(db: sqlite_utils.Database, doc: ParsedDocument, source: str, path: Path,
                     text: str, sha: str, size: int) -> None:
    by_kind: dict[str, list[dict]] = {}
    for rec in doc.records:
        row = {k: _json_cell(v) for k, v in rec.fields.items()}
        row.update(key=rec.key, code=rec.code, source=source, line=rec.line, end_line=rec.end_line or rec.line)
        by_kind.setdefault(rec.kind, []).append(row)
    for kind, rows in by_kind.items():
        table = db[kind]
        if not table.exists():
            columns: dict[str, type] = {c: str for c in RECORD_BASE_COLUMNS}
            columns.update(line=int, end_line=int)
            table.create(columns)
            table.create_index(["key"])
        table.insert_all(rows, alter=True)
    kind_of = {rec.key: rec.kind for rec in doc.records}
    passage_rows = [
        {
            "key": p.key, "kind": kind_of.get(p.key, p.key.partition(":")[0]), "field": p.field,
            "source": source, "line": p.line, "text": p.text, "norm": search_form(p.text),
            "terms": " ".join(terms(p.text)),
        }
        for p in doc.passages if p.text.strip()
    ]
    db["passages"].insert_all(passage_rows)
    db["conflicts"].insert_all(
        {
            "key": c.key, "field": c.field, "chosen": _json_cell(c.chosen),
            "values": json.dumps([{"value": v.value, "where": v.where, "line": v.line} for v in c.values],
                                 ensure_ascii=False),
            "source": source, "note": c.note,
        }
        for c in doc.conflicts
    )
    db["documents"].insert({
        "source": source, "path": str(path.resolve()), "kind": doc.kind, "title": doc.title, "sha256": sha,
        "size": size, "n_lines": len(text.splitlines()), "n_records": len(doc.records),
        "n_passages": len(passage_rows), "ingested_at": dt.datetime.now().isoformat(timespec="seconds"),
        "text": text,
    })


def _index_new_passages(db: sqlite_utils.Database, first_new_id: int) -> None:
    for fts, col in (("passages_tri", "norm"), ("passages_tok", "terms")):
        db.conn.execute(f"INSERT INTO {fts}(rowid, {col}) SELECT id, {col} FROM passages WHERE id > ?",
                        (first_new_id,))


def build_index(paths: list[Path], index: Path, progress: Progress | None = None,
                prune_missing: bool = True) -> BuildSummary:
    """Ingest files and folders into `index`. Raises GyokakuError only when nothing can be written;
    a file that cannot be read or parsed is reported in `skipped` and the others still go in."""
    started = time.perf_counter()
    summary = BuildSummary()
    index.parent.mkdir(parents=True, exist_ok=True)
    files = collect_files(paths)
    tmp = index.with_name(index.name + f".building-{os.getpid()}")
    try:
        if _previous_is_usable(index):
            shutil.copyfile(index, tmp)
        elif tmp.exists():
            tmp.unlink()
        db = open_for_write(tmp)
        db.conn.execute("BEGIN")
        previous = {r["source"]: r for r in db.query("SELECT source, path, sha256 FROM documents")}
        seen_sources: set[str] = set()
        last_id = db.conn.execute("SELECT coalesce(max(id), 0) FROM passages").fetchone()[0]
        for n, path in enumerate(files, 1):
            source = path.name
            if progress:
                progress(source, n - 1, len(files))
            try:
                data = path.read_bytes()
            except OSError as exc:
                summary.skipped.append((str(path), f"読み込めません（{exc.strerror or exc}）"))
                continue
            sha = hashlib.sha256(data).hexdigest()
            seen_sources.add(source)
            old = previous.get(source)
            if old and old["sha256"] == sha:
                summary.unchanged.append(source)
                continue
            try:
                text = decode(data, source)
                doc = loaders.parse(text, source)
            except DocumentError as exc:
                summary.skipped.append((str(path), exc.reason if exc.line is None else f"{exc.line}行目: {exc.reason}"))
                continue
            except Exception as exc:  # a parser bug must not cost the other files
                summary.skipped.append((str(path), f"解析中に予期しないエラー（不具合です）: {type(exc).__name__}: {exc}"))
                continue
            if old:
                _delete_document(db, source)
            _insert_document(db, doc, source, path, text, sha, len(data))
            summary.added.append(source)
        if prune_missing:
            folders = [p.resolve() for p in paths if p.is_dir()]
            for source, old in previous.items():
                if source in seen_sources:
                    continue
                old_path = Path(old["path"])
                if not old_path.exists() or any(f in old_path.parents for f in folders):
                    _delete_document(db, source)
                    summary.removed.append(source)
        _index_new_passages(db, last_id)
        _refresh_meta(db)
        db.conn.execute("COMMIT")
        _fill_summary(db, summary)
        db.conn.close()
        if progress:
            progress("", len(files), len(files))
        os.replace(tmp, index)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise
    summary.seconds = time.perf_counter() - started
    return summary


def _refresh_meta(db: sqlite_utils.Database) -> None:
    conn = db.conn
    hashes = {r[0]: r[1] for r in conn.execute("SELECT source, sha256 FROM documents ORDER BY source")}
    for name, value in (
        ("schema_version", str(SCHEMA_VERSION)),
        ("gyokaku_version", __version__),
        ("built_at", dt.datetime.now().isoformat(timespec="seconds")),
        ("corpus_hashes", json.dumps(hashes, ensure_ascii=False)),
    ):
        conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (name, value))


def _fill_summary(db: sqlite_utils.Database, summary: BuildSummary) -> None:
    conn = db.conn
    summary.records = record_counts(db)
    summary.passages = conn.execute("SELECT count(*) FROM passages").fetchone()[0]
    summary.conflicts = conn.execute("SELECT count(*) FROM conflicts").fetchone()[0]
    summary.documents = [dict(r) for r in db.query(
        "SELECT source, kind, title, n_records, n_passages FROM documents ORDER BY source")]


__all__ = ["BuildSummary", "build_index", "collect_files", "GyokakuError"]
