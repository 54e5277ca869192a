"""Dump every table of an index file in a fixed order, to show two builds hold the same content.

    python scripts/index_dump.py INDEX > dump.txt      (then diff two dumps)
    python scripts/index_dump.py --fts-shadow INDEX   (also FTS5's own b-tree segments, byte for byte)

Every table, the FTS5 shadow tables included when asked, is printed row by row ordered by all its
columns, with the schema first. Build times (documents.ingested_at, meta built_at) differ between
any two builds and are blanked. The FTS5 indexes are also compared by what they answer: every term of
passages_tok and every trigram of passages_tri with the rowids and positions FTS5 returns for it
(fts5vocab), which is what a search sees whatever the segments' layout.
"""
from __future__ import annotations

import argparse
import sqlite3
import sys

_FTS_SHADOW = ("_data", "_idx", "_docsize", "_config", "_content")


def dump(path: str, fts_shadow: bool, out) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    tables = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    fts = [name for kind, name, sql in tables if sql and "USING fts5" in sql]
    for kind, name, sql in tables:
        out.write(f"## {kind} {name}\n{sql}\n")
    for kind, name, sql in tables:
        if kind != "table" or name in fts or name.startswith("sqlite_"):
            continue
        if any(name == f + s for f in fts for s in _FTS_SHADOW) and not fts_shadow:
            continue
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info([{name}])")]
        order = ", ".join(f"[{c}]" for c in cols)
        out.write(f"## rows of {name}\n")
        for row in conn.execute(f"SELECT * FROM [{name}] ORDER BY {order}"):
            row = list(row)
            if name == "documents":
                row[cols.index("ingested_at")] = "-"
            if name == "meta" and row[0] == "built_at":
                row[1] = "-"
            out.write(repr(row) + "\n")
    for name in fts:
        conn.execute(f"CREATE VIRTUAL TABLE temp.[v_{name}] USING fts5vocab(main, [{name}], instance)")
        out.write(f"## fts5vocab instance of {name}\n")
        for row in conn.execute(f"SELECT term, doc, col, offset FROM temp.[v_{name}] ORDER BY 1, 2, 3, 4"):
            out.write(repr(row) + "\n")
    conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index")
    parser.add_argument("--fts-shadow", action="store_true", help="also FTS5's shadow tables, byte for byte")
    args = parser.parse_args()
    dump(args.index, args.fts_shadow, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
