"""Which document readers built an index: a digest of their code.

An index keeps each unchanged file's records instead of reading the file again (build.py). Records read
by older readers (a layout they did not know yet, a column they misread) must not outlive an upgrade of
gyokaku, so an index whose readers' digest is not this code's is built afresh, as one of another schema
version is, and `freshness` calls it stale.
"""
from __future__ import annotations

import hashlib
import threading
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
# What turns a file into records and passages (the question engine reads them; it makes none).
_READERS = ("formats", "kinds", "text", "store", "model.py", "labels.py", "conflict_labels.py", "config.py")


_digest: list[str] = []
_lock = threading.Lock()


def readers_digest() -> str:
    """The digest, worked out once per process."""
    if not _digest:
        with _lock:  # (a caller while start_digest's thread works waits for it instead of reading again)
            if not _digest:
                _digest.append(_compute())
    return _digest[0]


def start_digest() -> None:
    """Work the digest out in a thread: a build only needs it at its end, and the files are read and
    hashed without Python's lock, beside the parsing (some 120 files, 3–15 ms)."""
    def work() -> None:
        try:
            readers_digest()
        except Exception:  # (a file gone meanwhile: the build's own call reports it)
            pass

    if not _digest:
        threading.Thread(target=work, daemon=True).start()


def _compute() -> str:
    digest = hashlib.sha256()
    for part in _READERS:
        path = _ROOT / part
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            if file.exists():
                digest.update(file.relative_to(_ROOT).as_posix().encode())
                digest.update(file.read_bytes())
    return digest.hexdigest()[:16]
