"""The text every match of a pattern must contain: a cheap test that skips a scan that cannot match.

Reading one question runs every grammar rule's pattern (a hundred and more, of hundreds of
characters each) over the text left, and most of them cannot match it: the question has none of
their words. `required(parsed)` reads a parsed pattern (re's own parse tree) and gives a few strings
of which every match holds at least one (or None when the pattern promises none: `.*`, a class of
many characters). `might_match` tests them with `in`, which costs far less than the scan; a pattern
whose strings are all absent is not run, and its result (no match) is the same.

The reading is conservative: anything it does not know (a flag ignoring case, a back reference, an
optional part) promises nothing, so a pattern is skipped only when it truly cannot match.
"""
from __future__ import annotations

import re

try:  # the compiler's internals moved in Python 3.11
    from re import _constants as C
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as C

Needed = tuple[str, ...] | None

_MAX_STRINGS = 64  # more alternatives than this test no faster than the scan itself
_MAX_CLASS = 8  # a character class of more characters promises nothing worth testing


def required(parsed, flags: int = 0) -> Needed:
    """Strings of which every match of the parsed pattern holds one (sorted), or None."""
    if flags & re.IGNORECASE:
        return None
    found = _sequence(list(parsed))
    return tuple(sorted(found)) if found else None


def might_match(needed: Needed, text: str) -> bool:
    """False only when no match can exist: none of the needed strings occurs in the text."""
    if needed is None:
        return True
    for s in needed:
        if s in text:
            return True
    return False


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more telling of two requirements: longer shortest string, then fewer strings."""
    if a is None:
        return b
    if b is None:
        return a
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _sequence(items: list) -> frozenset[str] | None:
    """A sequence holds what any one of its items holds; adjacent literals hold their run."""
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, frozenset(["".join(run)]))
            run = []
        best = _better(best, _item(op, av))
    if run:
        best = _better(best, frozenset(["".join(run)]))
    return best


def _item(op, av) -> frozenset[str] | None:
    if op is C.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _sequence(list(sub))
    if op is C.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is C.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            got = _sequence(list(alternative))
            if got is None:
                return None
            out |= got
            if len(out) > _MAX_STRINGS:
                return None
        return frozenset(out)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)):
        low, _high, sub = av
        return _sequence(list(sub)) if low >= 1 else None
    if op is C.IN:
        chars: set[str] = set()
        for iop, iav in av:
            if iop is C.LITERAL:
                chars.add(chr(iav))
            elif iop is C.RANGE and iav[1] - iav[0] < _MAX_CLASS:
                chars.update(chr(c) for c in range(iav[0], iav[1] + 1))
            else:  # NEGATE, a category (\d, \s), a wide range
                return None
        return frozenset(chars) if 0 < len(chars) <= _MAX_CLASS else None
    return None  # any character, a category, an assertion, a back reference: nothing promised
