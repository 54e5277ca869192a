"""Messages posted by the app's workers (attributes down, messages up)."""
from __future__ import annotations

from pathlib import Path

from textual.message import Message

from assistant.query.answer import Answer


class IndexReady(Message):
    """The index is open and the Assistant is ready."""


class IndexFailed(Message):
    """The index could not be opened; `message` is Japanese and says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message


class AnswerReady(Message):
    """An answer for request number `seq` (older numbers than the latest are discarded)."""

    def __init__(self, seq: int, answer: Answer, facet: bool = False) -> None:
        super().__init__()
        self.seq = seq
        self.answer = answer
        self.facet = facet


class ExportDone(Message):
    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path


class Failed(Message):
    """Any background task that failed; `message` is shown as a Japanese notification."""

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message
