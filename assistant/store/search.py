"""Opening the index read-only, and finding passages by word.

Words of three or more letters go to the trigram index over the search form (finds them inside
any compound: デジタル in デジタルサイネージ); shorter words go to the Sudachi-term index, which
respects word boundaries (京都 does not match 東京都, AI does not match HOKKAIDO) — trigram could
not see them at all.
"""
from __future__ import annotations

import json
import re
import sqlite3
import threading
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from assistant.errors import IndexBrokenError, IndexMissingError
from assistant.store.reader import IndexReader
from assistant.store.schema import SCHEMA_VERSION
from assistant.text.normalize import fix_ocr, search_form
from assistant.text.tokenize import terms

_REBUILD = "`gyokaku ingest` を実行して索引を作り直してください。"
MMAP_BYTES = 1 << 30  # the whole of an index up to 1 GiB (the corpus 100 times over is half of that)

# Files (by identity and modification) that passed PRAGMA quick_check: the check reads every page
# (5 ms for the shipped corpus, ~0.1 s for ten times that), so it runs once per version of the file,
# not on every open by a TUI worker. A rebuilt index is a new file (os.replace) and is checked again.
_checked: set[tuple] = set()
_checked_lock = threading.Lock()


def sqlite_uri(path: Path, mode: str = "ro") -> str:
    """A file: URI for `path` that survives ?, # and % in folder or file names."""
    return f"file:{quote(str(Path(path).resolve()))}?mode={mode}"


def open_index(path: Path) -> IndexReader:
    """Open the index read-only; a missing, corrupt or outdated file raises a GyokakuError."""
    path = Path(path)
    if not path.exists():
        raise IndexMissingError(f"索引ファイル {path} がありません。`gyokaku ingest` を実行して作成してください。")
    conn = None
    try:
        st = path.stat()
        conn = sqlite3.connect(sqlite_uri(path), uri=True, check_same_thread=False)
        # Pages read straight from the file's mapping (shared by every process that opens it)
        # instead of copied into a 2 MB private cache that a large index overflows on every
        # question. Safe for this file: it is never written in place, a rebuild replaces it.
        conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}").fetchall()
        row = conn.execute("SELECT value FROM meta WHERE name = 'schema_version'").fetchone()
        conn.execute("SELECT count(*) FROM passages").fetchone()
        identity = (str(path.resolve()), st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
        if identity not in _checked:
            problem = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            if problem != "ok":
                raise sqlite3.DatabaseError(str(problem).replace("\n", " ")[:200])
            with _checked_lock:
                _checked.add(identity)
    except (sqlite3.Error, OSError, ValueError) as exc:  # ValueError: UnicodeDecodeError of damaged names
        if conn is not None:
            conn.close()
        raise IndexBrokenError(f"索引ファイル {path} が壊れているか索引ではありません（{exc}）。{_REBUILD}") from exc
    if row is None or str(row[0]) != str(SCHEMA_VERSION):
        conn.close()
        found = row[0] if row else "不明"
        age = "新しい" if str(found).isdigit() and int(found) > SCHEMA_VERSION else "古い"
        raise IndexBrokenError(
            f"索引ファイル {path} の形式が{age}です（版 {found}、必要な版 {SCHEMA_VERSION}）。{_REBUILD}")
    return IndexReader(conn)


def meta(db: IndexReader) -> dict[str, str]:
    return {r["name"]: r["value"] for r in db.query("SELECT name, value FROM meta")}


def corpus_hashes(db: IndexReader) -> dict[str, str]:
    return json.loads(meta(db).get("corpus_hashes", "{}"))


@lru_cache(maxsize=4096)
def fts_query(word: str) -> tuple[str, str] | None:
    """(fts table, MATCH expression) for one word, or None when the word has nothing searchable.
    The expression is a quoted phrase, so FTS5 syntax typed by a user is only ever text. Cached: a
    short word is read with Sudachi, and the same words are searched question after question."""
    norm = "".join(search_form(word).split())
    if not norm:
        return None
    if len(norm) >= 3:
        return "passages_tri", '"' + norm.replace('"', '""') + '"'
    toks = terms(word, expand=False)
    if not toks:
        return None
    return "passages_tok", '"' + " ".join(toks).replace('"', '""') + '"'


def has_kind_index(db: IndexReader) -> bool:
    """Whether the index has passages_id_kind (an index built before it was added has not)."""
    memo = getattr(db, "memo", {})
    if "kind_index" not in memo:
        memo["kind_index"] = bool(db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'passages_id_kind'").fetchone())
    return memo["kind_index"]


def passage_sql(word: str, kinds: list[str] | None = None, fields: list[str] | None = None,
                keys: list[str] | None = None, kind_index: bool = False) -> tuple[str, list] | None:
    """SQL selecting the ids of passages that contain `word` (optionally of some record kinds
    and fields, of some records), with its parameters; None when the word cannot be searched.
    `kind_index`: the index has passages_id_kind (has_kind_index)."""
    q = fts_query(word)
    if q is None:
        return None
    table, match = q
    sql = f"SELECT rowid FROM {table} WHERE {table} MATCH ?"
    params: list = [match]
    if keys is not None:
        # The word's hits and the records' passages are both ids read from indexes: intersected
        # first, only the passages left are read (on a large index a common word has thousands).
        sql += " INTERSECT SELECT id FROM passages WHERE key IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(list(keys), ensure_ascii=False))
    where = []
    if kinds:
        where.append(f"kind IN ({', '.join('?' * len(kinds))})")
        params.extend(kinds)
    if fields:
        where.append(f"field IN ({', '.join('?' * len(fields))})")
        params.extend(fields)
    if kinds and not fields and kind_index:
        # Each hit's kind read from the index (id, kind), one look-up per hit: left to itself the
        # planner reads every hit's row (with its text) when more than one kind is asked for.
        sql = (f"SELECT id FROM passages INDEXED BY passages_id_kind WHERE id IN ({sql}) "
               f"AND +kind IN ({', '.join('?' * len(kinds))})")
    elif where:
        sql = f"SELECT id FROM passages WHERE id IN ({sql}) AND " + " AND ".join(where)
    return sql, params


def find_passages(db: IndexReader, word: str, kinds: list[str] | None = None,
                  fields: list[str] | None = None, limit: int | None = None,
                  keys: list[str] | None = None, with_text: bool = True) -> list[dict]:
    """Passages containing `word`, in document order; with `keys`, only those of these records
    (filtered before any text is read: on a large index a common word is in thousands); without
    `with_text`, where they are but not their text (passage_texts reads it for those that need it)."""
    built = passage_sql(word, kinds, fields, keys, has_kind_index(db))
    if built is None or keys is not None and not keys:
        return []
    memo = getattr(db, "memo", None)
    at = (word, tuple(kinds or ()), tuple(fields or ()))
    if keys is not None and memo is not None and at not in memo.get("word_passages", {}):
        # Some records' passages: the word's hits intersected in SQL the first time (a single
        # question reads fewer that way); asked again, where the word occurs is kept (below).
        asked = memo.setdefault("word_passages_asked", set())
        if len(asked) > _WORD_PASSAGES_MAX // 50:
            asked.clear()
        if at not in asked:
            asked.add(at)
            memo = None
    if memo is None or limit or (with_text and keys is None):
        sql, params = built
        full = (f"SELECT id, key, kind, field, source, line{', text' if with_text else ''} FROM passages "
                f"WHERE id IN ({sql}) ORDER BY source, line, id")
        if limit:
            full += f" LIMIT {int(limit)}"
        return [dict(r) for r in db.query(full, params)]
    # Where a word occurs in the whole index is read once per open index (at scale a common word is
    # in thousands of passages, each checked for its kind); the records' own are those of its keys.
    hits = _word_passages(db, memo, word, kinds, fields)
    if keys is not None:
        wanted = set(keys)
        hits = [h for h in hits if h[1] in wanted]
    rows = [dict(zip(_PLACE_COLUMNS, h)) for h in hits]
    if with_text:
        texts = passage_texts(db, [r["id"] for r in rows])
        for r in rows:
            r["text"] = texts[r["id"]]
    return rows


def _word_passages(db: IndexReader, memo: dict, word: str, kinds: list[str] | None,
                   fields: list[str] | None) -> list[tuple]:
    """(id, key, kind, field, source, line) of the passages holding `word` (of these kinds and
    fields), in document order: what find_passages reads, kept per open index."""
    cache = memo.setdefault("word_passages", {})
    at = (word, tuple(kinds or ()), tuple(fields or ()))
    found = cache.get(at)
    if found is None:
        sql, params = passage_sql(word, kinds, fields, None, has_kind_index(db))
        if sum(map(len, cache.values())) > _WORD_PASSAGES_MAX:
            cache.clear()
        found = cache[at] = db.execute(f"SELECT {', '.join(_PLACE_COLUMNS)} FROM passages WHERE id IN ({sql}) "
                                       "ORDER BY source, line, id", params).fetchall()
    return found


_PLACE_COLUMNS = ("id", "key", "kind", "field", "source", "line")
_WORD_PASSAGES_MAX = 500_000  # passages (without their texts) kept per open index


def passage_texts(db: IndexReader, ids: list[int]) -> dict[int, str]:
    """The text of each of these passages, by id. Kept per open index (up to _TEXTS_MAX passages):
    a question's excerpts are read again by the next question about the same records."""
    if not ids:
        return {}
    memo = getattr(db, "memo", None)
    kept = memo.setdefault("passage_texts", {}) if memo is not None else {}
    missing = [i for i in ids if i not in kept]
    if missing:
        if len(kept) + len(missing) > _TEXTS_MAX:
            kept.clear()
            missing = list(ids)
        kept.update(db.execute("SELECT id, text FROM passages WHERE id IN (SELECT value FROM json_each(?))",
                               [json.dumps(missing)]).fetchall())
    return {i: kept[i] for i in ids if i in kept}


_TEXTS_MAX = 50_000


def has_passage(db: IndexReader, word: str, kinds: list[str] | None = None) -> bool:
    """Whether any passage contains `word` (the first hit ends the search). Kept per open index:
    reading a question probes its words, and the same words come back question after question."""
    memo = getattr(db, "memo", None)
    cache = memo.setdefault("has_passage", {}) if memo is not None else {}
    at = (word, tuple(kinds or ()))
    got = cache.get(at)
    if got is None:
        built = passage_sql(word, kinds, kind_index=has_kind_index(db))
        if len(cache) > _WORD_KEYS_MAX * 10:
            cache.clear()
        got = cache[at] = built is not None and bool(db.execute(f"SELECT EXISTS ({built[0]})", built[1]).fetchone()[0])
    return got


def passage_sources(db: IndexReader, word: str) -> list[str]:
    """The documents (source names, sorted) with a passage containing `word`."""
    built = passage_sql(word)
    if built is None:
        return []
    sql, params = built
    return [r[0] for r in db.execute(
        f"SELECT DISTINCT source FROM passages WHERE id IN ({sql}) ORDER BY source", params).fetchall()]


# The documents' opening passages (from each one's first line to five lines after it), as
# sources_opening_with reads them with LIKE: every passage's text compared, for every question naming
# a city, is 55 ms on the shipped corpus and a hundred times that at scale.
_OPENINGS_SQL = ("SELECT p.source, p.text FROM passages p JOIN (SELECT source, min(line) AS first FROM passages "
                 "GROUP BY source) f ON f.source = p.source WHERE p.line <= f.first + 5")
_LIKE_SPECIAL = re.compile(r"[%_A-Za-z]")


def sources_opening_with(db: IndexReader, word: str) -> list[str]:
    """The documents (sources, sorted) whose opening passages, up to five lines after their first
    line, contain `word` (as `text LIKE '%word%'`): where a report names the city it is of.
    The openings are read once per open index; a word LIKE would read differently from a plain
    substring (ASCII letters fold case, % and _ are wildcards) is left to SQLite."""
    if _LIKE_SPECIAL.search(word):
        return sorted({r[0] for r in db.execute(
            "SELECT DISTINCT p.source FROM passages p WHERE p.text LIKE ? AND p.line <= "
            "(SELECT min(line) FROM passages WHERE source = p.source) + 5", [f"%{word}%"]).fetchall()})
    return sorted({source for source, text in openings(db) if word in text})


def openings(db: IndexReader) -> list[tuple[str, str]]:
    """(source, text) of every document's opening passages, read once per open index."""
    memo = getattr(db, "memo", None)
    found = memo.get("openings") if memo is not None else None
    if found is None:
        found = [(source, text) for source, text in db.execute(_OPENINGS_SQL).fetchall() if text]
        if memo is not None:
            memo["openings"] = found
    return found


_CHAR_FORMS: dict[str, str] = {}


@lru_cache(maxsize=4096)
def _char_map(text: str) -> tuple[str, tuple[int, ...]]:
    """The search form of `text` and, for each of its characters, the index in `text` it came from.
    Cached: the same passages are highlighted again and again while ranking excerpts."""
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(fix_ocr(text)):  # 苦小牧 → 苫小牧 keeps the length
        form = _CHAR_FORMS.get(ch)
        if form is None:
            form = _CHAR_FORMS[ch] = search_form(ch)
        out.append(form)
        origin.extend([i] * len(form))
    return "".join(out), tuple(origin)


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


def occurrences(text: str, word: str) -> int:
    """len(highlight_spans(text, word)): the same non-overlapping matches, counted in C (str.count)
    without listing their spans (a common word's hundreds of passages are counted to rank them)."""
    needle = "".join(search_form(word).split())
    if not needle:
        return 0
    return _char_map(text)[0].count(needle)


_WORD_KEYS_MAX = 2000  # words × kinds kept per open index (each a list of record keys)


def literal_keys(db: IndexReader, word: str, kind: str) -> str | None:
    """word_keys for a word sought as written (quoted in the question): a word too short for the
    trigram index is read by its morphemes there, and misses it inside a longer word (「検証」 of
    再検証); its passages of the kind are read for the string itself. None as word_keys."""
    norm = "".join(search_form(word).split())
    if not norm:
        return None
    if len(norm) >= 3:
        return word_keys(db, word, kind)
    memo = getattr(db, "memo", None)
    cache = memo.setdefault("literal_keys", {}) if memo is not None else {}
    got = cache.get((word, kind))
    if got is None:
        forms = sorted({word.strip(), norm})
        hit = " OR ".join("instr(text, ?) > 0" for _ in forms)
        keys = sorted({r[0] for r in db.execute(
            f"SELECT key FROM passages WHERE kind = ? AND ({hit})", [kind, *forms]).fetchall()})
        got = cache[(word, kind)] = json.dumps(keys, ensure_ascii=False)
    return got


def word_keys(db: IndexReader, word: str, kind: str) -> str | None:
    """The keys of the records of `kind` with a passage containing `word`, sorted, as a JSON list
    (a query's parameter for json_each); None when the word has nothing searchable. Read once per
    open index: at scale a common word is in thousands of passages, each checked for its kind,
    and one question asks for the same word's records several times (probes, then the rows)."""
    built = passage_sql(word, kinds=[kind], kind_index=has_kind_index(db))
    if built is None:
        return None
    memo = getattr(db, "memo", None)
    cache = memo.setdefault("word_keys", {}) if memo is not None else {}
    got = cache.get((word, kind))
    if got is None:
        if len(cache) >= _WORD_KEYS_MAX:
            cache.clear()
        inner, params = built
        keys = sorted({r[0] for r in db.execute(f"SELECT key FROM passages WHERE id IN ({inner})", params).fetchall()})
        got = cache[(word, kind)] = json.dumps(keys, ensure_ascii=False)
    return got
