"""The spans of a document's name said in a question (「他団体事例調査で」) that the name uses up.

A name ending in a word for a paper (事例集, 報告書 …) leaves that word to say the kind of records asked (「取組事例集」
still asks of 事例). A name ending in 調査 is a survey's: 調査 says no kind and would be sought as a keyword, so the
whole name is used up, all but a kind word inside it (「他団体事例調査」: 事例 stays, the records asked are 事例)."""
from __future__ import annotations

# Words for a paper that name no kind of record: used up with the rest of the name.
_NO_KIND = ("調査",)


def named_document_spans(run: str, begin: int, doc: str, kind_words) -> list[tuple[int, int]]:
    """(start, end) offsets in `run` (which ends in `doc`) to use up, from `begin` on."""
    end_of_name = len(run) - len(doc)
    if doc not in _NO_KIND:
        return [(begin, end_of_name)]
    spans: list[tuple[int, int]] = []
    cursor = begin
    words = sorted((w for w, _ in kind_words), key=len, reverse=True)
    index = begin
    while index < len(run):
        word = next((w for w in words if run.startswith(w, index)), None)
        if word is None:
            index += 1
            continue
        if index > cursor:
            spans.append((cursor, index))
        cursor = index = index + len(word)
    if cursor < len(run):
        spans.append((cursor, len(run)))
    return spans
