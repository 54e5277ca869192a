"""A damaged, outdated, missing or unwritable index: a clear Japanese message that says what to do
(`gyokaku ingest`) in the CLI and in the terminal UI — never a traceback — and `gyokaku ingest`
repairs it. Each fault is injected into a real file on disk."""
from __future__ import annotations

import asyncio
import os
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from assistant.errors import GyokakuError, IndexBrokenError, IndexMissingError
from assistant.store.schema import SCHEMA_VERSION
from assistant.store.search import open_index
from tests.robustness_helpers import (
    CORPUS,
    PROBE_QUESTIONS,
    ask_json,
    assert_clean_failure,
    cli,
    sha256,
    temps,
)

IS_ROOT = os.geteuid() == 0


def _set_meta(path: Path, name: str, value: str | None) -> None:
    conn = sqlite3.connect(path)
    if value is None:
        conn.execute("DELETE FROM meta WHERE name = ?", (name,))
    else:
        conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (name, value))
    conn.commit()
    conn.close()


def _overwrite(path: Path, offset: int, data: bytes) -> None:
    with open(path, "r+b") as f:
        f.seek(offset)
        f.write(data)


def _damage_schema_text(path: Path) -> None:
    """A byte that is not UTF-8 inside a table's CREATE statement: SQLite's error message quotes the
    damaged text, and Python fails to decode the message — a UnicodeDecodeError, not a sqlite3.Error
    (found by scripts/soak)."""
    data = bytearray(path.read_bytes())
    at = data.find(b"CREATE TABLE 'passages_tok_docsize'")
    assert at > 0
    data[at + len(b"CREATE ")] = 0x80
    path.write_bytes(bytes(data))


def _damage_fts_page(path: Path) -> None:
    """Random bytes over a page of the full-text index: the cheap checks (meta row, count of passages)
    never read it, so only PRAGMA quick_check notices."""
    conn = sqlite3.connect(path)
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = [r[0] for r in conn.execute(
        "SELECT pageno FROM dbstat WHERE name = 'passages_tri_data' ORDER BY pageno")]
    conn.close()
    _overwrite(path, (pages[len(pages) // 2] - 1) * size, random.Random(2).randbytes(size))


# name -> how to damage a copy of a good index (None: delete it). Each is what users meet: a copy
# cut short, a disk sector gone bad, a file that is not an index, an index from another version.
DAMAGE = {
    "missing": None,
    "empty_file": lambda p: p.write_bytes(b""),
    "truncated_header": lambda p: p.write_bytes(p.read_bytes()[:1000]),
    "truncated_half": lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 2]),
    "truncated_last_page": lambda p: p.write_bytes(p.read_bytes()[:-4096]),
    "random_bytes": lambda p: p.write_bytes(random.Random(1).randbytes(200_000)),
    "bad_fts_page": _damage_fts_page,
    "bad_schema_text": _damage_schema_text,
    "text_file": lambda p: p.write_text("これは索引ではありません\n", encoding="utf-8"),
    "old_schema": lambda p: _set_meta(p, "schema_version", str(SCHEMA_VERSION - 1)),
    "newer_schema": lambda p: _set_meta(p, "schema_version", str(SCHEMA_VERSION + 1)),
    "no_schema_row": lambda p: _set_meta(p, "schema_version", None),
    "directory": lambda p: (p.unlink(), p.mkdir()),
}


@pytest.fixture(params=sorted(DAMAGE))
def damaged(request, index_path, tmp_path) -> tuple[str, Path]:
    path = tmp_path / "索引 damaged.db"  # a Japanese name with a space, as users name folders
    shutil.copyfile(index_path, path)
    damage = DAMAGE[request.param]
    if damage is None:
        path.unlink()
    else:
        damage(path)
    return request.param, path


def test_open_index_refuses_with_what_to_do(damaged):
    name, path = damaged
    expected = IndexMissingError if name == "missing" else IndexBrokenError
    with pytest.raises(expected) as info:
        open_index(path)
    message = info.value.message
    assert "gyokaku ingest" in message and str(path) in message
    if name.endswith("_schema") or name == "no_schema_row":
        assert "形式" in message


def test_cli_commands_refuse_cleanly(damaged):
    name, path = damaged
    r = cli("ask", "--index", str(path), "--json", "R4に終了した実践項目")
    assert_clean_failure(r, "gyokaku ingest")
    assert r.stdout == ""
    r = cli("check", "--index", str(path))
    assert_clean_failure(r, "gyokaku ingest")
    r = cli("export", "practice", "--index", str(path), "--format", "json")
    assert_clean_failure(r, "gyokaku ingest")


REPAIRABLE = ["truncated_half", "random_bytes", "bad_fts_page", "bad_schema_text", "old_schema", "empty_file",
              "missing"]


@pytest.mark.parametrize("name", REPAIRABLE)
def test_ingest_repairs_a_damaged_index(name, index_path, tmp_path):
    """The message says to run `gyokaku ingest`, so that must work on every damaged file — including
    damage that the cheap checks miss (a bad page of the full-text index: copying it as the starting point
    would skip every unchanged document and keep the damage for ever)."""
    small = tmp_path / "corpus"
    small.mkdir()
    for f in ("003_14d72dc13e628662.txt", "004_b3b6ed6238b81566.txt"):
        shutil.copyfile(CORPUS / f, small / f)
    good = tmp_path / "good.db"
    assert cli("ingest", "-q", "--index", str(good), str(small)).returncode == 0
    expected = ask_json(good, ["事務事業の一覧", "市民協働"])

    path = tmp_path / "damaged.db"
    shutil.copyfile(good, path)
    damage = DAMAGE[name]
    if damage is None:
        path.unlink()
    else:
        damage(path)
    r = cli("ingest", "-q", "--index", str(path), str(small))
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    db = open_index(path)
    assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert ask_json(path, ["事務事業の一覧", "市民協働"]) == expected
    assert temps(path) == []


def test_index_path_is_a_directory_for_ingest(tmp_path):
    target = tmp_path / "idx.db"
    target.mkdir()
    small = tmp_path / "corpus"
    small.mkdir()
    shutil.copyfile(CORPUS / "003_14d72dc13e628662.txt", small / "a.txt")
    r = cli("ingest", "--index", str(target), str(small))
    assert_clean_failure(r, "gyokaku ingest --index")
    assert target.is_dir() and list(target.iterdir()) == []
    assert temps(target) == []


def _unwritable_targets(tmp_path: Path) -> list[Path]:
    a_file = tmp_path / "regular-file"
    a_file.write_text("x", encoding="utf-8")
    targets = [a_file / "idx.db", a_file / "deeper" / "idx.db", Path("/proc/gyokaku-robustness.db"),
               Path("/proc/self/gyokaku.db"), Path("/dev/null/idx.db")]
    if not IS_ROOT:  # root writes into read-only folders anyway
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o555)
        targets.append(ro / "idx.db")
    return targets


def test_ingest_into_unwritable_places(tmp_path):
    small = tmp_path / "corpus"
    small.mkdir()
    shutil.copyfile(CORPUS / "004_b3b6ed6238b81566.txt", small / "a.txt")
    for target in _unwritable_targets(tmp_path):
        r = cli("ingest", "--index", str(target), str(small))
        assert_clean_failure(r, "書き込めません", "gyokaku ingest --index")
        assert not target.exists()


def test_unwritable_index_from_the_library(tmp_path):
    from assistant.store.build import build_index

    a_file = tmp_path / "regular-file"
    a_file.write_text("x", encoding="utf-8")
    for target in (a_file / "idx.db", Path("/proc/gyokaku-robustness.db")):
        with pytest.raises(GyokakuError) as info:
            build_index([CORPUS / "003_14d72dc13e628662.txt"], target)
        assert "書き込めません" in info.value.message


def test_read_only_folder_still_answers(index_path, tmp_path):
    ro = tmp_path / "読み取り専用"
    ro.mkdir()
    path = ro / "gyokaku.db"
    shutil.copyfile(index_path, path)
    expected = ask_json(index_path)
    before = sha256(path)
    path.chmod(0o444)
    ro.chmod(0o555)
    try:
        assert ask_json(path) == expected
        r = cli("check", "--index", str(path), "--json")
        assert r.returncode == 0, r.stderr
        assert sorted(p.name for p in ro.iterdir()) == ["gyokaku.db"]  # no journal or lock file left
    finally:
        ro.chmod(0o755)
        path.chmod(0o644)
    assert sha256(path) == before


def test_damaged_cell_text_is_answered_not_raised(index_path, tmp_path):
    """Bytes that are not UTF-8 inside a text cell (bit rot that quick_check cannot see) read as
    U+FFFD: every command still answers."""
    path = tmp_path / "cells.db"
    shutil.copyfile(index_path, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE practice SET title = CAST(X'E3FFFE' AS TEXT) WHERE code = '8'")
    conn.execute("UPDATE documents SET title = CAST(X'FF' AS TEXT)")
    conn.commit()
    conn.close()
    answers = ask_json(path, PROBE_QUESTIONS)
    r4 = answers[0]
    assert r4["error"] is None and r4["count"] == 13
    assert any("\ufffd" in str(row.get("title")) for row in r4["rows"])
    assert cli("check", "--index", str(path), "--json").returncode == 0
    assert cli("export", "practice", "--index", str(path), "--format", "json").returncode == 0


def test_damaged_conflicts_json_in_check(index_path, tmp_path):
    path = tmp_path / "conflicts.db"
    shutil.copyfile(index_path, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE conflicts SET \"values\" = '{broken' WHERE rowid = 1")
    conn.commit()
    conn.close()
    for args in (["check"], ["check", "--json"]):
        assert_clean_failure(cli(*args, "--index", str(path)), "gyokaku ingest")


# --- the terminal UI -----------------------------------------------------------------------------

TUI_DAMAGE = ["truncated_half", "random_bytes", "bad_fts_page", "bad_schema_text", "old_schema", "directory"]


def _screen_text(app) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


@pytest.mark.parametrize("name", TUI_DAMAGE)
def test_tui_shows_what_to_do(name, index_path, tmp_path, monkeypatch):
    pytest.importorskip("assistant.tui.app", reason="the terminal UI is not written yet")
    from assistant.tui.app import make_app
    from assistant.tui.screens.message import IndexErrorScreen

    monkeypatch.setenv("GYOKAKU_DATA", str(tmp_path / "data"))  # never touch the real history
    path = tmp_path / "gyokaku.db"
    shutil.copyfile(index_path, path)
    DAMAGE[name](path)

    async def run() -> tuple[object, str]:
        app = make_app(path)
        async with app.run_test(size=(100, 32)) as pilot:
            for _ in range(3):
                await app.workers.wait_for_complete()
                await pilot.pause()
            return app.screen, _screen_text(app)

    screen, text = asyncio.run(run())
    assert isinstance(screen, IndexErrorScreen), text
    assert "gyokaku ingest" in text and "索引" in text
    assert "Traceback" not in text


def test_ingest_reads_again_what_other_readers_read(tmp_path):
    """An index built by other document readers (before an upgrade) is stale: `gyokaku ingest` reads every
    file again instead of keeping the records the older readers made of the unchanged ones."""
    from assistant.store.build import build_index
    from assistant.store.freshness import is_fresh
    from assistant.store.readers_version import readers_digest

    small = tmp_path / "corpus"
    small.mkdir()
    for f in ("003_14d72dc13e628662.txt", "004_b3b6ed6238b81566.txt"):
        shutil.copyfile(CORPUS / f, small / f)
    index = tmp_path / "index.db"
    build_index([small], index)
    assert is_fresh(index, small)
    assert len(build_index([small], index).unchanged) == 2  # the same readers: nothing read again
    _set_meta(index, "readers", "older-readers")
    assert not is_fresh(index, small)
    again = build_index([small], index)
    assert again.unchanged == [] and is_fresh(index, small)
    conn = sqlite3.connect(index)
    assert conn.execute("SELECT value FROM meta WHERE name = 'readers'").fetchone()[0] == readers_digest()
    conn.close()
