"""「その中で…」 after an answer that found nothing to narrow (a search with no hit): the follow-up cannot be
of the rows the user meant, so an answer over a whole table is no exact one, and says so first."""
from __future__ import annotations

import re

from assistant.query.answer import Answer
from assistant.query.compiled import compiled
from assistant.text.normalize import nfkc

_REFINES_AT_START = compiled(r"^\s*(?:じゃあ|では|で、)?\s*(?:その|この)(?:うち|中|なか)|^\s*(?:それら|これら)")


def found_nothing(answer: Answer) -> bool:
    """Whether an answer listed nothing a follow-up could narrow (a search without hits, no match)."""
    return answer.status in ("search", "no_match") and not answer.rows


def said_so(question: str, nothing_before: bool, answer: Answer) -> None:
    """Marks an exact answer over table rows or items partial when the turn before found nothing."""
    if not nothing_before or not isinstance(question, str) or not _REFINES_AT_START.match(nfkc(question)):
        return
    if answer.status != "exact" or answer.target not in ("table_row", "item"):
        return
    answer.status = "partial"
    answer.caveat = ("前の回答では当てはまるものが見つからなかったため、絞り込まずに全体から答えました。")
    answer.summary = answer.caveat + answer.summary
