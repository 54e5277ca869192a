"""Helpers for tests that write small documents of their own, index them and talk to the assistant."""
from __future__ import annotations

from pathlib import Path

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index


def assistant_over(folder: Path) -> Assistant:
    """An assistant over a real index of every document in `folder` (built into the folder); none skipped."""
    index = Path(folder) / "gyokaku.db"
    summary = build_index([folder], index)
    assert not summary.skipped, summary.skipped
    return Assistant(open_index(index))


def ask(assistant: Assistant, *turns: str):
    """A new conversation's answer to its last turn."""
    assistant.reset()
    for turn in turns:
        answer = assistant.ask(turn)
    return answer


def titles(answer) -> list[str]:
    return sorted(str(r.get("title")) for r in answer.rows)
