"""Default paths (corpus/, index/gyokaku.db) and their environment overrides."""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def default_corpus() -> Path:
    return Path(os.environ.get("GYOKAKU_CORPUS") or PROJECT_ROOT / "corpus")


def default_index() -> Path:
    return Path(os.environ.get("GYOKAKU_INDEX") or PROJECT_ROOT / "index" / "gyokaku.db")


def user_data_dir() -> Path:
    """Where the question history lives (kept across runs)."""
    base = os.environ.get("GYOKAKU_DATA") or os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "gyokaku"
