"""Errors that reach users, each carrying a Japanese message that says what to do."""
from __future__ import annotations


class GyokakuError(Exception):
    """Base class: `message` is shown to users as is (Japanese)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DocumentError(GyokakuError):
    """A document cannot be read or parsed (binary, empty, undecodable, unlinkable sheet, ...)."""

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        where = f"{source}（{line}行目）" if line else source
        super().__init__(f"{where} を読み込めません: {reason}")
        self.source = source
        self.reason = reason
        self.line = line


class IndexMissingError(GyokakuError):
    """No index file at the path."""


class IndexBrokenError(GyokakuError):
    """The index file is corrupt or of another schema version."""


class ExportError(GyokakuError):
    """An export cannot be written (existing file without --force, missing folder, ...)."""


class IndexWriteError(GyokakuError):
    """The index cannot be written (disk full, read-only or impossible path); the old one is kept."""
