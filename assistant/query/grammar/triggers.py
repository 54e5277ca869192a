"""Which grammar rules a question can trigger: those whose every match holds a string the question
has (query/literals.py). Worked out once per question, before any rule runs.

A rule left out cannot match the question at any step: the rules only ever consume the text
(consumed characters become the gap character, which no needed string holds), so a string absent
from the question is absent from every text left of it. The driver then tries a handful of rules
instead of every rule of every topic.
"""
from __future__ import annotations

_GAP = "\x1f"
_index: tuple[frozenset[int], dict[str, dict[str, list[int]]]] | None = None


def _build() -> tuple[frozenset[int], dict[str, dict[str, list[int]]]]:
    """(rules that promise nothing, needed strings by their first character -> the rules needing them)."""
    from assistant.query.compiled import needed_of
    from assistant.query.grammar import all_rules

    always: set[int] = set()
    by_first: dict[str, dict[str, list[int]]] = {}
    for rule in all_rules():
        strings = needed_of(rule.text)  # (the rules that cannot match are never built)
        if strings is None or any(_GAP in s for s in strings):
            always.add(id(rule))
            continue
        for s in strings:
            by_first.setdefault(s[0], {}).setdefault(s, []).append(id(rule))
    return frozenset(always), by_first


def possible_rules(text: str) -> set[int]:
    """The ids of the rules whose patterns can match `text` or any text left of it."""
    global _index
    if _index is None:
        _index = _build()
    always, by_first = _index
    out = set(always)
    for ch in set(text):
        for s, rules in by_first.get(ch, {}).items():
            if s in text:
                out.update(rules)
    return out
