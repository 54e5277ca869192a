"""Tables the reading of a question derives from words alone, worked out when the index is built and
stored in it (table `derived`): the clipped forms of the index's titles (clipped_names.py), the
nouns of each title (lexicon.title_words), the readings of the grammar's kind and field words
(same_reading.py) and the readings of the words the grammar writes, for questions typed in hiragana
(kana_reading.py). Deriving them takes Sudachi over hundreds of words, about 20 ms, which
`gyokaku ask` (one question, one process) paid on every run; a stored table loads in well under a
millisecond.

Each table is stored under a key: the words it is derived from, and the size and time of the source
of the module deriving it, of the tokeniser and of the Sudachi dictionary file (as Python checks its
byte-code caches; no digest, whose module would cost `gyokaku ask` more to import than it saves). A
process reads a stored table only under the key it works out itself, so a table is never read stale
(an index built by an older version, or before the code or the dictionary changed): it is then
derived as before. The same key gives the same table, so which index stored it does not matter either.
"""
from __future__ import annotations

import marshal
import os
import sqlite3
import sys
from typing import Callable

TABLE = "derived"
# Key -> marshalled table, from every index opened in this process (load).
_pool: dict[bytes, bytes] = {}
_stamps: dict[str, tuple] = {}  # file -> its size and time


def _stamp(path: str | None) -> tuple:
    found = _stamps.get(path or "")
    if found is None:
        try:
            st = os.stat(path)
            found = (st.st_size, st.st_mtime_ns)
        except (OSError, TypeError):  # nothing to stamp: a key no stored table has
            found = ("unknown", os.getpid(), id(_stamps))
        _stamps[path or ""] = found
    return found


def _dictionary_file() -> str | None:
    try:
        import sudachidict_core

        return os.path.join(os.path.dirname(sudachidict_core.__file__), "resources", "system.dic")
    except (ImportError, TypeError):
        return None


def key(name: str, derive: Callable, words: tuple) -> bytes:
    """The key of the table `derive(words)` under `name`."""
    files = (getattr(sys.modules.get(derive.__module__), "__file__", None),
             getattr(sys.modules.get("assistant.text.tokenize"), "__file__", None), _dictionary_file())
    return marshal.dumps((name, tuple(_stamp(f) for f in files), words))


def derived(name: str, derive: Callable, words: tuple):
    """`derive(words)`: the table stored in an index opened in this process under the same key, or
    derived now."""
    blob = _pool.get(key(name, derive, words))
    if blob is not None:
        try:
            return marshal.loads(blob)
        except (EOFError, ValueError, TypeError):  # a damaged row: derived as before
            pass
    return derive(words)


def load(db) -> None:
    """Make the tables an index holds available to `derived` (once per connection, with its lexicon)."""
    if TABLE not in db.table_names():
        return  # an index built by an older version: every table is derived
    try:
        rows = db.execute(f"SELECT key, value FROM [{TABLE}]")
    except sqlite3.Error:  # (a damaged table: every table is derived, as from an older index)
        return
    for row in rows:
        if isinstance(row[0], bytes) and isinstance(row[1], bytes):
            _pool[row[0]] = row[1]


def _tables(db) -> list[tuple[str, Callable, tuple]]:
    """Every stored table of an index: (name, how it is derived, the words it is derived from)."""
    from assistant.query import clipped_names, kana_reading, same_reading
    from assistant.query.lexicon import load_lexicon, title_nouns

    titles = load_lexicon(db).all_titles()  # (as the parser hands them to clipped_names.unclipped)
    return [("clippings", clipped_names.derive_clippings, titles), ("title_nouns", title_nouns, titles),
            ("readings", same_reading.derive_readings, same_reading.reading_words()),
            ("kana_known", kana_reading.derive_known_readings, kana_reading.engine_words(load_lexicon(db))),
            # (not kana_reading.text_table: the documents' own words are thousands, and reading them takes
            # Sudachi a third of a second on every ingest — a second pass over the text ingest already
            # tokenized; only a question typed in kana the engine's words do not cover derives them, once a process)
            ("kana_verbs", kana_reading.derive_verbs, kana_reading.grammar_examples())]


def store(db) -> None:
    """Derive and store every table of the index being built (ingest, inside its transaction, after its
    records are written). A table the previous index holds under the same key is kept as it is (an ingest
    that changed no title, nor the code: the same words give the same table)."""
    held = {}
    if TABLE in db.table_names():
        held = {r[0]: (r[1], r[2]) for r in db.execute(f"SELECT name, key, value FROM [{TABLE}]")}
    rows = []
    cache = _Cache()
    for name, derive, words in _tables(db):
        k = key(name, derive, words)
        old = held.get(name)
        value = old[1] if old is not None and old[0] == k else cache.get(k)
        if value is None:
            value = marshal.dumps(derive(words))
            cache.put(k, value)
        rows.append((name, k, value))
    cache.save()
    db.execute(f"DROP TABLE IF EXISTS [{TABLE}]")
    db.execute(f"CREATE TABLE [{TABLE}] (name TEXT PRIMARY KEY, key BLOB NOT NULL, value BLOB NOT NULL)")
    for row in rows:
        db.execute(f"INSERT INTO [{TABLE}] (name, key, value) VALUES (?, ?, ?)", row)
    db.memo.clear()  # (its tables, and the lexicon read before they were all written)


class _Cache:
    """The tables earlier ingests derived, by key, in the user's cache folder (GYOKAKU_CACHE, as the
    morpheme terms of tokenize.py): a new index of the same titles and code derives none again (they
    were a sixth of an ingest of the shipped corpus, Sudachi over thousands of words). The key is the
    one a table is stored under, so an entry is never stale; anything wrong costs only speed."""

    # Entries kept, the most recently derived: five tables of a few corpora (a few hundred KB each
    # corpus; the file is read whole by every ingest that does not find its tables in the previous index).
    _KEEP = 20

    def __init__(self) -> None:
        self._table: dict[bytes, bytes] | None = None  # read on the first look-up
        self.changed = False

    @property
    def table(self) -> dict[bytes, bytes]:
        if self._table is None:
            self._table = {}
            try:
                header, table = marshal.loads(self.file().read_bytes())
                if header == self.header() and isinstance(table, dict):
                    self._table = table
            except Exception:  # noqa: BLE001 - missing, damaged or another version's: derived anew
                pass
        return self._table

    @staticmethod
    def file():
        from pathlib import Path

        base = os.environ.get("GYOKAKU_CACHE") or os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        return Path(base) / "gyokaku" / "derived-tables.marshal"

    @staticmethod
    def header() -> tuple:
        # (what the key does not say: marshal's format and Sudachi's own version)
        import sudachipy  # (loaded already by the ingest that stores tables)

        return ("d1", tuple(sys.version_info[:2]), getattr(sudachipy, "__version__", ""))

    def get(self, k: bytes) -> bytes | None:
        value = self.table.get(k)
        return value if isinstance(value, bytes) else None

    def put(self, k: bytes, value: bytes) -> None:
        self.table[k] = value
        self.changed = True

    def save(self) -> None:
        if not self.changed:
            return
        path = self.file()
        try:
            kept = dict(list(self.table.items())[-self._KEEP:])  # (dicts keep their order: the newest last)
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f"{path.name}.{os.getpid()}")
            tmp.write_bytes(marshal.dumps((self.header(), kept)))
            os.replace(tmp, path)  # (atomically: a reader never sees half a file)
        except OSError:  # a read-only home or a full disk only costs speed
            pass
