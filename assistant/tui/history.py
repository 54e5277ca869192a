"""Question history kept across runs in a small text file under the user data directory."""
from __future__ import annotations

from pathlib import Path

from assistant.config import user_data_dir

MAX_ENTRIES = 500


def history_path() -> Path:
    return user_data_dir() / "history.txt"


class History:
    """Questions, oldest first; `older()`/`newer()` walk them like a shell does."""

    def __init__(self, path: Path | None = None, remember: bool = True) -> None:
        """`remember=False` keeps the questions in memory only (the browser version: each tab its own)."""
        self.path = path or history_path()
        self.remember = remember
        self.entries: list[str] = []
        self.pos = 0
        if remember:
            try:
                lines = self.path.read_text(encoding="utf-8").splitlines()
                self.entries = [line for line in lines if line.strip()][-MAX_ENTRIES:]
            except (OSError, UnicodeError):
                self.entries = []
        self.pos = len(self.entries)

    def add(self, question: str) -> None:
        question = " ".join(question.split())
        if not question:
            return
        if not self.entries or self.entries[-1] != question:
            self.entries.append(question)
            self.entries = self.entries[-MAX_ENTRIES:]
            if self.remember:
                try:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                    self.path.write_text("\n".join(self.entries) + "\n", encoding="utf-8")
                except OSError:
                    pass  # history is a convenience; a read-only home must not stop the app
        self.pos = len(self.entries)

    def older(self) -> str | None:
        if not self.entries:
            return None
        self.pos = max(0, self.pos - 1)
        return self.entries[self.pos]

    def newer(self) -> str | None:
        if self.pos >= len(self.entries) - 1:
            self.pos = len(self.entries)
            return ""
        self.pos += 1
        return self.entries[self.pos]
