"""Tables the reading of a question derives from words alone, worked out when the index is built and
stored in it (table `derived`): the clipped forms of the index's titles (clipped_names.py) and the
readings of the grammar's kind and field words (same_reading.py). Deriving them takes Sudachi over
hundreds of words, about 15 ms, which `gyokaku ask` (one question, one process) paid on every run;
a stored table is loaded in well under a millisecond.

Each table is stored under a key: a digest of the words it is derived from, of the source of the
module deriving it and of the tokeniser, and of the Sudachi dictionary file. A process reads a
stored table only under the key it works out itself, so a table is never read stale (an index built
by an older version, or before the code or the dictionary changed): it is then derived as before.
The same words give the same table, so which index stored it does not matter either.
"""
from __future__ import annotations

import hashlib
import marshal
import sys
from pathlib import Path
from typing import Callable

TABLE = "derived"
# Key -> marshalled table, from every index opened in this process (load).
_pool: dict[str, bytes] = {}
_sources: dict[str, bytes] = {}  # module name -> digest of its source file


def _source_digest(module: str) -> bytes:
    found = _sources.get(module)
    if found is None:
        try:
            found = hashlib.sha1(Path(sys.modules[module].__file__).read_bytes()).digest()
        except (OSError, KeyError, TypeError):  # no source to read: a key no stored table has
            found = b"?"
        _sources[module] = found
    return found


def _dictionary_stamp() -> bytes:
    """The Sudachi dictionary file's size and time (another dictionary reads words otherwise)."""
    try:
        import sudachidict_core

        st = (Path(sudachidict_core.__file__).parent / "resources" / "system.dic").stat()
        return f"{st.st_size}:{st.st_mtime_ns}".encode()
    except (ImportError, OSError, TypeError):
        return b"?"


def key(name: str, derive: Callable, words: tuple) -> str:
    """The key of the table `derive(words)` under `name`."""
    h = hashlib.sha1(name.encode())
    h.update(_source_digest(derive.__module__))
    h.update(_source_digest("assistant.text.tokenize"))
    h.update(_dictionary_stamp())
    h.update(marshal.dumps(words))
    return h.hexdigest()


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
    for row in db.execute(f"SELECT key, value FROM [{TABLE}]"):
        _pool[row[0]] = row[1]


def _tables(db) -> list[tuple[str, Callable, tuple]]:
    """Every stored table of an index: (name, how it is derived, the words it is derived from)."""
    from assistant.query import clipped_names, same_reading
    from assistant.query.lexicon import load_lexicon

    return [("clippings", clipped_names.derive_clippings, clipped_names.title_words(load_lexicon(db))),
            ("readings", same_reading.derive_readings, same_reading.reading_words())]


def store(db) -> None:
    """Derive and store every table of the index being built (ingest, inside its transaction, after its
    records are written)."""
    rows = [(name, key(name, derive, words), marshal.dumps(derive(words))) for name, derive, words in _tables(db)]
    db.execute(f"DROP TABLE IF EXISTS [{TABLE}]")
    db.execute(f"CREATE TABLE [{TABLE}] (name TEXT PRIMARY KEY, key TEXT NOT NULL, value BLOB NOT NULL)")
    for row in rows:
        db.execute(f"INSERT INTO [{TABLE}] (name, key, value) VALUES (?, ?, ?)", row)
    db.memo.clear()  # (its tables, and the lexicon read before they were all written)
