"""Opening the index read-only, and finding passages by word.

Words of three or more letters go to the trigram index over the search form (finds them inside
any compound: デジタル in デジタルサイネージ); shorter words go to the Sudachi-term index, which
respects word boundaries (京都 does not match 東京都, AI does not match HOKKAIDO) — trigram could
not see them at all.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import sqlite_utils

from assistant.errors import IndexBrokenError, IndexMissingError
from assistant.store.schema import SCHEMA_VERSION
from assistant.text.normalize import search_form
from assistant.text.tokenize import terms

_REBUILD = "`gyokaku ingest` を実行して索引を作り直してください。"


def open_index(path: Path) -> sqlite_utils.Database:
    """Open the index read-only; a missing, corrupt or outdated file raises a GyokakuError."""
    path = Path(path)
    if not path.exists():
        raise IndexMissingError(f"索引ファイル {path} がありません。`gyokaku ingest` を実行して作成してください。")
    try:
        conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True, check_same_thread=False)
        row = conn.execute("SELECT value FROM meta WHERE name = 'schema_version'").fetchone()
        conn.execute("SELECT count(*) FROM passages").fetchone()
    except sqlite3.Error as exc:
        raise IndexBrokenError(f"索引ファイル {path} が壊れているか索引ではありません（{exc}）。{_REBUILD}") from exc
    if row is None or str(row[0]) != str(SCHEMA_VERSION):
        conn.close()
        found = row[0] if row else "不明"
        raise IndexBrokenError(
            f"索引ファイル {path} の形式が古いです（版 {found}、必要な版 {SCHEMA_VERSION}）。{_REBUILD}")
    return sqlite_utils.Database(conn)


def meta(db: sqlite_utils.Database) -> dict[str, str]:
    return {r["name"]: r["value"] for r in db.query("SELECT name, value FROM meta")}


def corpus_hashes(db: sqlite_utils.Database) -> dict[str, str]:
    return json.loads(meta(db).get("corpus_hashes", "{}"))


def fts_query(word: str) -> tuple[str, str] | None:
    """(fts table, MATCH expression) for one word, or None when the word has nothing searchable.
    The expression is a quoted phrase, so FTS5 syntax typed by a user is only ever text."""
    norm = "".join(search_form(word).split())
    if not norm:
        return None
    if len(norm) >= 3:
        return "passages_tri", '"' + norm.replace('"', '""') + '"'
    toks = terms(word, expand=False)
    if not toks:
        return None
    return "passages_tok", '"' + " ".join(toks).replace('"', '""') + '"'


def passage_sql(word: str, kinds: list[str] | None = None, fields: list[str] | None = None
                ) -> tuple[str, list] | None:
    """SQL selecting the ids of passages that contain `word` (optionally of some record kinds
    and fields), with its parameters; None when the word cannot be searched."""
    q = fts_query(word)
    if q is None:
        return None
    table, match = q
    sql = f"SELECT rowid FROM {table} WHERE {table} MATCH ?"
    params: list = [match]
    where = []
    if kinds:
        where.append(f"kind IN ({', '.join('?' * len(kinds))})")
        params.extend(kinds)
    if fields:
        where.append(f"field IN ({', '.join('?' * len(fields))})")
        params.extend(fields)
    if where:
        sql = f"SELECT id FROM passages WHERE id IN ({sql}) AND " + " AND ".join(where)
    return sql, params


def find_passages(db: sqlite_utils.Database, word: str, kinds: list[str] | None = None,
                  fields: list[str] | None = None, limit: int | None = None) -> list[dict]:
    """Passages containing `word`, in document order."""
    built = passage_sql(word, kinds, fields)
    if built is None:
        return []
    sql, params = built
    full = (f"SELECT id, key, kind, field, source, line, text FROM passages WHERE id IN ({sql}) "
            f"ORDER BY source, line, id")
    if limit:
        full += f" LIMIT {int(limit)}"
    return [dict(r) for r in db.query(full, params)]


def _char_map(text: str) -> tuple[str, list[int]]:
    """The search form of `text` and, for each of its characters, the index in `text` it came from."""
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        form = search_form(ch)
        out.append(form)
        origin.extend([i] * len(form))
    return "".join(out), origin


def highlight_spans(text: str, word: str) -> list[tuple[int, int]]:
    """Spans of `text` (original characters) where `word` occurs, compared in search form and
    ignoring spaces in the word."""
    needle = "".join(search_form(word).split())
    if not needle:
        return []
    form, origin = _char_map(text)
    spans = []
    start = form.find(needle)
    while start != -1:
        end = start + len(needle)
        spans.append((origin[start], origin[end - 1] + 1))
        start = form.find(needle, end)
    return spans
