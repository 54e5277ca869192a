"""The proximity of a passage's matched terms, computed from where each term stands, is exactly the
sliding window over all its terms (the ranking's scores, and so every answer, stay the same)."""
from __future__ import annotations

import random

from assistant.query.rank import _positions, _proximity


def _window(pterms: list[str], matched: list[str]) -> float:
    """The sliding window over every term of the passage (the former computation)."""
    wanted = set(matched)
    if len(wanted) <= 1:
        return 1.0 if wanted else 0.0
    best, count, have, left = None, {}, 0, 0
    for right, t in enumerate(pterms):
        if t in wanted:
            count[t] = count.get(t, 0) + 1
            have += count[t] == 1
        while have == len(wanted):
            span = right - left + 1
            best = span if best is None or span < best else best
            lt = pterms[left]
            if lt in wanted:
                count[lt] -= 1
                have -= count[lt] == 0
            left += 1
    return 0.0 if best is None else min(1.0, (2 * len(wanted) - 1) / best)


def test_proximity_from_positions_equals_the_window_on_every_passage(db):
    rng = random.Random(7)
    rows = db.execute("SELECT terms FROM passages WHERE terms IS NOT NULL AND terms != ''").fetchall()
    assert len(rows) > 1000
    checked = 0
    for (text,) in rows:
        pterms = text.split()
        vocab = sorted(set(pterms))
        for size in (1, 2, 3, 5):
            if len(vocab) < size:
                continue
            matched = rng.sample(vocab, size)
            assert _proximity(_positions(pterms), matched) == _window(pterms, matched), (pterms, matched)
            checked += 1
    assert checked > 3000
    assert _proximity(_positions([]), []) == 0.0


def test_prefix_test_equals_trying_every_term(db):
    from assistant.query.rank import _has_prefix

    rows = db.execute("SELECT terms FROM passages WHERE terms IS NOT NULL AND terms != ''").fetchall()
    stems = ["参", "参加", "増", "実", "減ら", "行", "取", "あ", "ア", "1", "", "委託", "z", "\uffff"]
    checked = 0
    for (text,) in rows[::3]:
        own = frozenset(text.split())
        for stem in stems + [t[:1] for t in list(own)[:3]] + [t + "x" for t in list(own)[:2]]:
            assert _has_prefix(own, stem) == any(t.startswith(stem) for t in own), (own, stem)
            checked += 1
    assert checked > 5000
    assert _has_prefix(frozenset(), "参") is False
