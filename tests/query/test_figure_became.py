"""The figure a count was changed to, read from passages (query/figure_became.py): the end of the change in the
counter asked, never the start, and no value where the passages state two such changes."""
from __future__ import annotations

from assistant.query.figure_became import figure_became

_ONE = ({"line": 1}, "保育室を現行の2室から3室に拡充する。")
_TWO = ({"line": 2}, "保育室を2室から3室に、相談窓口を1室から4室に増やす。")


def test_the_end_of_the_change_is_read():
    assert figure_became("保育室は何室に増やす？", [_ONE]) == (3, {"line": 1})
    assert figure_became("いくつに増やす？", [_ONE]) is None  # (no counter said: left to other readers)


def test_two_changes_or_none_asked_give_nothing():
    assert figure_became("何室に増やす？", [_TWO]) is None
    assert figure_became("保育室は何室ある？", [_ONE]) is None
