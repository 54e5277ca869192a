"""Is the index up to date? (missing, older than a corpus file, of another schema version or built by
other document readers → no).

`python -m assistant.store.freshness` exits 0 when fresh, 1 when `gyokaku ingest` should run.
"""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from assistant.config import default_corpus, default_index
from assistant.store.build import collect_files
from assistant.store.readers_version import readers_digest
from assistant.store.schema import SCHEMA_VERSION


def is_fresh(index: Path, corpus: Path) -> bool:
    if not index.exists():
        return False
    try:
        conn = sqlite3.connect(f"file:{index.resolve()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE name = 'schema_version'").fetchone()
            readers = conn.execute("SELECT value FROM meta WHERE name = 'readers'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    if row is None or str(row[0]) != str(SCHEMA_VERSION) or readers is None or readers[0] != readers_digest():
        return False
    built = index.stat().st_mtime
    return all(f.stat().st_mtime <= built for f in collect_files([corpus]))


if __name__ == "__main__":
    sys.exit(0 if is_fresh(default_index(), default_corpus()) else 1)
