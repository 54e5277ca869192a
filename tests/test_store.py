"""Building the index: idempotent re-ingest, changed and removed files, renamed copies, bad files."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assistant.store.build import build_index
from assistant.store.schema import record_tables
from assistant.store.search import find_passages, open_index
from tests.conftest import CORPUS, run_cli
from tests.robustness_helpers import copy_corpus


def records(db) -> dict[str, list[dict]]:
    """Every record of every kind, without the source file name (which differs between copies)."""
    out = {}
    for table in record_tables(db):
        rows = [dict(r) for r in db.query(f"SELECT * FROM [{table}] ORDER BY line, key")]
        for r in rows:
            r.pop("source")
        out[table] = rows
    return out


def test_reingest_skips_unchanged_replaces_changed_and_prunes_removed(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    idx = tmp_path / "i.db"
    first = build_index([folder], idx)
    assert len(first.added) == 5
    again = build_index([folder], idx)
    assert again.added == [] and len(again.unchanged) == 5 and again.records == first.records

    note = folder / "memo.txt"
    note.write_text("見出し\n\n残留農薬の検査結果についてのメモ。\n", encoding="utf-8")
    build_index([folder], idx)
    assert find_passages(open_index(idx), "検査結果")
    note.write_text("見出し\n\n差し替えた内容。\n", encoding="utf-8")
    changed = build_index([folder], idx)
    assert changed.added == ["memo.txt"]
    db = open_index(idx)
    assert find_passages(db, "差し替え") and not find_passages(db, "検査結果")

    (folder / "003_14d72dc13e628662.txt").unlink()
    removed = build_index([folder], idx)
    assert "003_14d72dc13e628662.txt" in removed.removed
    assert "program" not in record_tables(open_index(idx)) or open_index(idx)["program"].count == 0


def test_renamed_copies_load_as_the_same_kind_with_the_same_records(tmp_path, db):
    folder = tmp_path / "renamed"
    folder.mkdir()
    for n, path in enumerate(sorted(CORPUS.iterdir())):
        shutil.copy(path, folder / f"資料{n}.dat")
    idx = tmp_path / "r.db"
    build_index([folder], idx)
    renamed = open_index(idx)
    kinds = {r["source"]: r["kind"] for r in db.query("SELECT source, kind FROM documents")}
    renamed_kinds = sorted(r["kind"] for r in renamed.query("SELECT kind FROM documents"))
    assert renamed_kinds == sorted(kinds.values())
    assert records(renamed) == records(db)


def test_bad_files_are_refused_by_name_and_the_rest_still_goes_in(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (folder / "sjis.txt").write_bytes("行政改革の取組\n\n窓口のキャッシュレス化を進めた。\n".encode("cp932"))
    (folder / "bom.txt").write_bytes("\ufeff見出し\n\nデジタルサイネージを設置した。\n".encode("utf-8"))
    (folder / "utf16.txt").write_bytes("見出し\n\n公用車の電気自動車化。\n".encode("utf-16"))
    idx = tmp_path / "i.db"
    r = run_cli("ingest", str(folder), "--index", str(idx))
    assert r.returncode == 1
    assert "empty.txt" in r.stderr and "image.png" in r.stderr and "Traceback" not in r.stderr
    db = open_index(idx)
    assert find_passages(db, "キャッシュレス") and find_passages(db, "サイネージ") and find_passages(db, "電気自動車")
    hashes = json.loads(db.execute("SELECT value FROM meta WHERE name = 'corpus_hashes'").fetchone()[0])
    assert set(hashes) == {"sjis.txt", "bom.txt", "utf16.txt"}


def test_document_of_unknown_kind_is_searchable_by_question(tmp_path):
    from assistant.query.conversation import Assistant

    doc = tmp_path / "other_city.txt"
    doc.write_text("令和6年度 行政改革の報告\n\n公用車の電気自動車への転換を進め、燃料費を削減した。\n"
                   "項目\t担当\t状況\n電気自動車導入\t管財課\t完了\n", encoding="utf-8")
    idx = tmp_path / "i.db"
    build_index([doc], idx)
    a = Assistant(open_index(idx)).ask("電気自動車について")
    assert a.rows and a.excerpts and "電気自動車" in a.excerpts[0]["text"]


def _content(idx) -> dict[str, list]:
    """Every table the build writes, row by row, without the times and paths of this one build."""
    import sqlite3

    conn = sqlite3.connect(idx)
    out = {}
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'passages_t%'"
                                " AND name != 'meta' ORDER BY name"):
        columns = [r[1] for r in conn.execute(f"PRAGMA table_info([{name}])") if r[1] not in ("ingested_at", "path")]
        out[name] = conn.execute(f"SELECT {', '.join(f'[{c}]' for c in columns)} FROM [{name}] ORDER BY rowid").fetchall()
    out["search"] = conn.execute("SELECT rowid FROM passages_tok WHERE passages_tok MATCH 'ばす'").fetchall()
    conn.close()
    return out


def test_a_pool_of_workers_builds_the_same_index_as_one_process(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("000_f03bfc25bf0d6070.txt", "003_14d72dc13e628662.txt", "004_b3b6ed6238b81566.txt"):
        shutil.copy(CORPUS / name, folder / name)
    (folder / "empty.txt").write_text("", encoding="utf-8")  # skipped by a worker, reported here
    alone = build_index([folder], tmp_path / "alone.db", workers=1)
    pooled = build_index([folder], tmp_path / "pool.db", workers=2)
    assert pooled.added == alone.added and len(pooled.added) == 3
    assert pooled.skipped == alone.skipped and [name for name, _ in pooled.skipped] == [str(folder / "empty.txt")]
    assert set(pooled.parts) == set(alone.parts) == {"decode", "parse", "tokenize", "write", "fts"}
    assert _content(tmp_path / "pool.db") == _content(tmp_path / "alone.db")


def test_record_tables_are_what_sqlite_utils_insert_all_makes(tmp_path):
    """The build writes record tables itself (one CREATE with every column instead of an ALTER TABLE
    per column); the table must be the one sqlite-utils' insert_all(alter=True) makes: the same
    schema text, column types suggested per chunk of rows, the same values."""
    import sqlite3

    import sqlite_utils

    from assistant.store.build import _cell, _insert_records, open_for_write
    from assistant.store.schema import record_table_sql

    rows = [{"key": f"practice:{n}", "code": str(n), "source": "a.txt", "line": n, "end_line": n,
             "title": f"項目{n}", "score": n if n % 2 else None, "rate": n / 3 if n % 3 == 0 else n}
            for n in range(150)]
    rows[20]["tags"] = ["a", "b"]  # a JSON column
    rows[120]["late"] = 1.5  # a column only the second chunk has: its type comes from that chunk
    rows[130]["nothing"] = None
    rows = [{k: _cell(v) for k, v in row.items()} for row in rows]
    ours = open_for_write(tmp_path / "ours.db")
    _insert_records(ours, "practice", rows)
    _insert_records(ours, "practice", [{**rows[0], "key": "practice:x", "extra": 7}])  # an existing table grows
    ours.conn.close()
    conn = sqlite3.connect(tmp_path / "theirs.db", isolation_level=None)
    conn.execute(record_table_sql("practice"))
    theirs = sqlite_utils.Database(conn)
    theirs["practice"].insert_all(rows, alter=True)
    theirs["practice"].insert_all([{**rows[0], "key": "practice:x", "extra": 7}], alter=True)
    conn.close()

    def dump(path):
        db = sqlite3.connect(path)
        sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'practice'").fetchone()[0]
        return sql, db.execute("SELECT * FROM practice ORDER BY rowid").fetchall()

    assert '"late" REAL' in dump(tmp_path / "ours.db")[0] and '"extra" INTEGER' in dump(tmp_path / "ours.db")[0]
    assert dump(tmp_path / "ours.db") == dump(tmp_path / "theirs.db")


def test_a_changed_last_file_is_searchable_after_reingest(tmp_path):
    """Its passages held the highest ids: deleted and written again, they get the same ids, and the
    full-text indexes must hold them (not only passages above the previous highest id)."""
    import sqlite3

    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(CORPUS / "000_f03bfc25bf0d6070.txt", folder)
    last = folder / "zz_memo.txt"
    last.write_text("見出し\n\n残留農薬の検査結果についてのメモ。\n", encoding="utf-8")
    idx = tmp_path / "i.db"
    build_index([folder], idx)
    last.write_text("見出し\n\n差し替えた内容で、ぶどう狩りの記録。\n", encoding="utf-8")
    assert build_index([folder], idx).added == ["zz_memo.txt"]
    conn = sqlite3.connect(idx)
    for fts in ("passages_tri", "passages_tok"):
        conn.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")  # raises if out of step
    assert conn.execute("SELECT count(*) FROM passages_tri WHERE passages_tri MATCH 'ぶどう狩'").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM passages_tok WHERE passages_tok MATCH '葡萄'").fetchone()[0] == 1  # its term
    assert conn.execute("SELECT count(*) FROM passages_tri WHERE passages_tri MATCH '検査結果'").fetchone()[0] == 0
    conn.close()
    assert find_passages(open_index(idx), "ぶどう狩り")


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_killed_build_leaves_no_pool_worker_behind(tmp_path):
    """Each pool worker holds a Sudachi dictionary: when the build's process is killed, they end too
    (they would otherwise wait for work from it forever)."""
    import os
    import subprocess
    import sys
    import time

    from tests.test_build_terms import _gone, _helpers_of

    folder = copy_corpus(tmp_path / "corpus", 3)
    code = ("import sys; from pathlib import Path; from assistant.store.build import build_index; "
            "build_index([Path(sys.argv[1])], Path(sys.argv[2]), workers=2)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(folder), str(tmp_path / "i.db")],
                            cwd=Path(__file__).resolve().parents[1], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    try:
        deadline = time.monotonic() + 60
        workers: list[int] = []
        while len(workers) < 2 and proc.poll() is None and time.monotonic() < deadline:
            workers = _helpers_of(proc.pid, b"multiprocessing")
            time.sleep(0.01)
        assert workers, "the build started no pool worker"
        proc.kill()
        proc.wait(timeout=10)
        deadline = time.monotonic() + 15
        while not all(map(_gone, workers)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert all(map(_gone, workers)), "a pool worker outlived the killed build"
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
