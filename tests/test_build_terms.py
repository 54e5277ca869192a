"""The terms helper (store/build_terms.py): a real child process tokenising passages beside the build.
Whatever it does — answer, die, never start — the terms and the index are those of one process."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.store import build_terms
from assistant.store.build import build_index
from assistant.store.build_terms import Terms
from assistant.text.tokenize import terms
from tests.conftest import CORPUS
from tests.test_store import _content

PLAN_REPORT = "002_388add96d06013c9.txt"  # the large document: most of the shipped corpus's passages


def _texts(count: int = 600) -> list[str]:
    lines = [line for line in (CORPUS / PLAN_REPORT).read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines[:count]


def _expected(texts: list[str]) -> list[str]:
    return [" ".join(terms(text)) for text in texts]


def test_helper_and_this_process_share_the_work_and_give_the_same_terms():
    texts = _texts()
    helper = Terms(helper=True)
    try:
        first = helper.submit(texts[:300])
        second = helper.submit(texts[300:])
        time.sleep(1.0)  # the helper starts and takes chunks from the front meanwhile
        got = helper.collect(first) + helper.collect(second)
    finally:
        helper.close()
    assert got == _expected(texts)
    assert len(first) + len(second) > build_terms._IN_FLIGHT  # chunks enough to share
    assert helper.answered > 0, "the helper tokenised nothing"
    assert helper.seconds > 0


def test_a_helper_killed_midway_costs_nothing_but_time():
    texts = _texts()
    helper = Terms(helper=True)
    try:
        chunks = helper.submit(texts)
        proc = helper._proc
        assert proc is not None
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        assert helper.collect(chunks) == _expected(texts)
    finally:
        helper.close()


def test_a_helper_that_cannot_start_leaves_the_work_here(monkeypatch):
    monkeypatch.setattr(sys, "executable", "/nonexistent/python")
    texts = _texts(50)
    helper = Terms(helper=True)
    try:
        assert helper._proc is None
        assert helper.collect(helper.submit(texts)) == _expected(texts)
    finally:
        helper.close()


def test_the_shipped_corpus_with_the_helper_is_the_index_of_one_process(tmp_path):
    helped = build_index([CORPUS], tmp_path / "helped.db", terms_helper=True)  # 0.6 MB: the helper's size
    alone = build_index([CORPUS], tmp_path / "alone.db", workers=1)
    assert helped.added == alone.added and helped.records == alone.records
    assert helped.parts["tokenize"] > 0
    assert _content(tmp_path / "helped.db") == _content(tmp_path / "alone.db")


def _helpers_of(pid: int, marker: bytes = b"build_terms") -> list[int]:
    """Running child processes of `pid` whose command line holds `marker`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        ppid = int(stat.rpartition(")")[2].split()[1])
        if ppid == pid and marker in cmdline:
            found.append(int(entry.name))
    return found


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return True
    return state in ("Z", "X")  # a zombie has ended; only its exit status waits to be collected


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_killed_build_leaves_no_helper_behind(tmp_path):
    code = ("import sys; from pathlib import Path; from assistant.store.build import build_index; "
            "build_index([Path(sys.argv[1])], Path(sys.argv[2]), terms_helper=True)")
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.Popen([sys.executable, "-c", code, str(CORPUS), str(tmp_path / "i.db")], cwd=root,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONPATH": str(root)})
    try:
        deadline = time.monotonic() + 60
        helpers: list[int] = []
        while not helpers and proc.poll() is None and time.monotonic() < deadline:
            helpers = _helpers_of(proc.pid)
            time.sleep(0.005)
        assert helpers, "the build of the shipped corpus started no helper"
        proc.kill()
        proc.wait(timeout=10)
        deadline = time.monotonic() + 10
        while not all(map(_gone, helpers)) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert all(map(_gone, helpers)), "the helper outlived the killed ingest"
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
    assert not (tmp_path / "i.db").exists()



def _fts_shadow(index: Path) -> dict[str, list]:
    """FTS5's own tables of both indexes, row by row: the segments byte for byte."""
    import sqlite3

    conn = sqlite3.connect(index)
    try:
        return {name: conn.execute(f"SELECT * FROM [{name}] ORDER BY 1").fetchall()
                for fts in ("passages_tri", "passages_tok") for name in (f"{fts}_data", f"{fts}_idx",
                                                                         f"{fts}_docsize", f"{fts}_config")}
    finally:
        conn.close()


@pytest.mark.parametrize("helper", [True, False])
def test_the_trigram_index_filled_beside_the_last_terms_is_the_one_of_one_process(tmp_path, monkeypatch, helper):
    """A new middling index, with the helper or without, fills passages_tri while the terms are
    collected, from ids it predicts: with a skipped file among those still to write, the ids and the
    segments are the same as those of one process filling it at the end."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in (PLAN_REPORT, "003_14d72dc13e628662.txt", "004_b3b6ed6238b81566.txt"):
        shutil.copy(CORPUS / name, folder / name)
    (folder / "003a_empty.txt").write_text("", encoding="utf-8")  # skipped, between written files
    from assistant.store import build

    filled = []
    fill = build._Trigrams.fill_while
    monkeypatch.setattr(build._Trigrams, "fill_while", lambda self, *a: filled.append(1) or fill(self, *a))
    helped = build_index([folder], tmp_path / "helped.db", terms_helper=helper)
    assert filled == [1], "the trigram index was not filled beside the terms"
    monkeypatch.undo()
    alone = build_index([folder], tmp_path / "alone.db", workers=1)
    assert helped.added == alone.added and len(helped.added) == 3 and len(helped.skipped) == 1
    assert helped.parts["fts"] > 0
    assert _content(tmp_path / "helped.db") == _content(tmp_path / "alone.db")
    assert _fts_shadow(tmp_path / "helped.db") == _fts_shadow(tmp_path / "alone.db")


def test_a_rebuild_with_the_helper_over_a_previous_index_is_the_index_of_one_process(tmp_path):
    """Over a previous index (ids not from 1) the trigram index is filled at the end, as before."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in (PLAN_REPORT, "003_14d72dc13e628662.txt"):
        shutil.copy(CORPUS / name, folder / name)
    for index in ("helped.db", "alone.db"):
        build_index([folder], tmp_path / index, workers=1)
    (folder / PLAN_REPORT).write_text((CORPUS / PLAN_REPORT).read_text(encoding="utf-8") + "\n", encoding="utf-8")
    shutil.copy(CORPUS / "004_b3b6ed6238b81566.txt", folder / "004_b3b6ed6238b81566.txt")
    helped = build_index([folder], tmp_path / "helped.db", terms_helper=True)
    alone = build_index([folder], tmp_path / "alone.db", workers=1)
    assert helped.added == alone.added and len(helped.added) == 2
    assert _content(tmp_path / "helped.db") == _content(tmp_path / "alone.db")
    assert _fts_shadow(tmp_path / "helped.db") == _fts_shadow(tmp_path / "alone.db")
