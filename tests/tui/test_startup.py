"""The app's start: what lived before it is frozen for the cycle collector, with no garbage kept."""
from __future__ import annotations

import gc
import weakref


class Node:
    pass


def test_what_lives_before_the_app_is_frozen_and_garbage_is_not(make):
    kept = [Node() for _ in range(1000)]  # alive before the app, as imported modules are
    garbage = Node()
    garbage.itself = garbage  # a cycle: only the collector frees it
    gone = weakref.ref(garbage)
    del garbage
    before = gc.get_freeze_count()
    gc.disable()  # no pass of the collector but the app's own
    try:
        app = make()
    finally:
        gc.enable()
    assert gone() is None  # collected, not frozen for good
    assert gc.get_freeze_count() >= before + len(kept)
    assert app.index_path.name == "gyokaku.db"
