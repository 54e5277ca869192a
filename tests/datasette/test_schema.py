"""The Datasette-ready schema where documents meet: keys another document already holds, paths."""
from __future__ import annotations

import shutil
import sqlite3

from assistant.store.build import build_index, resolved_path
from assistant.store.search import find_passages, open_index
from tests.conftest import CORPUS

CASES = "001_c52443f5e17d354b.txt"  # the case-study collection: 17 records, quick to build


def test_a_second_copy_of_a_document_keeps_every_record_under_its_own_key(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("a_cases.txt", "b_cases.txt"):
        shutil.copyfile(CORPUS / CASES, folder / name)
    index = tmp_path / "index" / "gyokaku.db"
    summary = build_index([folder], index)
    assert not summary.skipped and summary.records["case_study"] == 34
    conn = sqlite3.connect(index)
    keys = dict(conn.execute("SELECT key, source FROM case_study WHERE code = '1'").fetchall())
    assert keys == {"case_study:1": "a_cases.txt", "case_study:1@b_cases.txt": "b_cases.txt"}
    # the second copy's passages and records still meet (its front matter is its own text, doc:<source>)
    orphans = conn.execute("SELECT count(*) FROM passages p WHERE p.source = 'b_cases.txt' AND p.key <> 'doc:b_cases.txt'"
                           " AND p.key NOT IN (SELECT key FROM case_study WHERE source = 'b_cases.txt')").fetchone()[0]
    assert conn.execute("SELECT count(*) FROM passages WHERE key = 'doc:b_cases.txt'").fetchone()[0] == 2
    assert orphans == 0
    conn.close()
    db = open_index(index)
    hits = {p["source"] for p in find_passages(db, "委託")}
    assert hits == {"a_cases.txt", "b_cases.txt"}


def test_paths_are_relative_and_a_rebuild_changes_nothing(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copyfile(CORPUS / CASES, folder / CASES)
    index = tmp_path / "index" / "gyokaku.db"
    build_index([folder], index)
    conn = sqlite3.connect(index)
    (path,) = conn.execute("SELECT path FROM documents").fetchone()
    conn.close()
    assert path == f"../corpus/{CASES}"
    assert str(tmp_path) not in index.read_bytes().decode("utf-8", "replace")
    assert resolved_path(index, path) == (folder / CASES).resolve()
    again = build_index([folder], index)
    assert again.unchanged == [CASES] and not again.added and not again.removed
    (folder / CASES).unlink()
    gone = build_index([folder], index)
    assert gone.removed == [CASES]


def test_a_copy_of_the_index_elsewhere_keeps_its_documents(tmp_path):
    """Relative paths lead nowhere from a copy: its documents stay when other files are ingested into
    it, while in the index's own folder a named file that is gone is removed as before."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    named = tmp_path / "named.txt"
    shutil.copyfile(CORPUS / CASES, named)
    index = tmp_path / "index" / "gyokaku.db"
    build_index([named], index)
    copy = tmp_path / "elsewhere" / "deeper" / "gyokaku.db"
    copy.parent.mkdir(parents=True)
    shutil.copyfile(index, copy)
    (folder / "extra.txt").write_text("追加の文書。\n", encoding="utf-8")
    named.unlink()
    kept = build_index([folder], copy)
    assert kept.removed == [] and {d["source"] for d in kept.documents} == {"named.txt", "extra.txt"}
    again = build_index([folder], copy)  # still a copy holding a document stored elsewhere
    assert again.removed == [] and again.unchanged == ["extra.txt"]
    gone = build_index([folder], index)
    assert gone.removed == ["named.txt"]
