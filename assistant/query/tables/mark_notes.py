"""「上限がかかってる区分」 over a 備考 column printing ※ and a note 「※ …１.５倍を上限とした。備考欄に※印のある区分は
…上限額を適用している」: the words of the note on a mark, said with a verb of applying, are that mark.

Only the note's own words count (a run of its kanji, or a prefix of one: 激変緩和 of 激変緩和措置, and a
multiple such as 1.5倍 that it prints), never a word of the table's columns (料金 of 現行料金: 「料金がかかる」
is no mark); the words must end in a verb of applying (かかる, 適用, 該当)."""
from __future__ import annotations

import re
from functools import lru_cache

from assistant.query.facts import _key
from assistant.text.normalize import nfkc

_APPLIED = r"(?:が|を|の)?\s*(?:かか|掛か|適用|該当)"


def _note_lines(text: str, mark: str) -> list[str]:
    # (a table row printing the mark is tab-separated cells: no note)
    return [line for line in nfkc(text).splitlines() if mark in line and "\t" not in line]


@lru_cache(maxsize=256)  # (read for each question over the document's tables)
def _mark_pattern(text: str, mark: str, column_words: tuple[str, ...]) -> re.Pattern | None:
    words: set[str] = set()
    for line in _note_lines(text, mark):
        for run in re.findall(r"[一-龥]{2,}", _key(line)):
            for n in range(2, len(run) + 1):
                words.add(run[:n])
        words |= set(re.findall(r"\d+(?:\.\d+)?倍", _key(line)))
    words = {w for w in words if not any(w in c or c in w for c in column_words)}
    if not words:
        return None
    word = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"(?:(?:{word})(?:の|[(][^()]{{1,10}}[)])?)+{_APPLIED}")


def mark_said(text: str, mark: str, column_words: tuple[str, ...], qn: str) -> list[str]:
    """The spans of qn (as said) that name the mark by its note's words."""
    pattern = _mark_pattern(text, mark, column_words)
    return [m.group(0) for m in pattern.finditer(qn)] if pattern else []
