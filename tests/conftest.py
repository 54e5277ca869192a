"""Shared fixtures: the shipped corpus, one index built from it per session, an Assistant on it."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def index_path(tmp_path_factory) -> Path:
    """The real shipped corpus, built once into a real SQLite file."""
    from assistant.store.build import build_index

    path = tmp_path_factory.mktemp("index") / "gyokaku.db"
    summary = build_index([CORPUS], path)
    assert not summary.skipped, summary.skipped
    return path


@pytest.fixture(scope="session")
def db(index_path):
    from assistant.store.search import open_index

    return open_index(index_path)


@pytest.fixture()
def assistant(db):
    from assistant.query.conversation import Assistant

    return Assistant(db)


def run_cli(*args: str, env: dict | None = None, cwd: Path | None = None, input: str | None = None):
    """The real `gyokaku` command in a subprocess (as users and scripts run it)."""
    # This checkout's package, even from another working directory and with a virtualenv that has
    # another checkout installed (the subprocess would otherwise test that one).
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    full_env = {**os.environ, "PYTHONPATH": path, **(env or {})}
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True,
                          encoding="utf-8", env=full_env, cwd=cwd or ROOT, input=input, timeout=300)
