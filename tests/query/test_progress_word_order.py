"""The order of progress words a plan grades by (順調 / 概ね順調 / やや遅れ / 遅れ), read from the words."""
from __future__ import annotations

from assistant.query.tables.state_order import progress_ranks, state_ranks


def test_progress_words_are_ordered() -> None:
    ranks = state_ranks({"順調", "概ね順調", "やや遅れ", "遅れ"})
    assert ranks["遅れ"] < ranks["やや遅れ"] < ranks["概ね順調"] < ranks["順調"]


def test_other_words_give_no_order() -> None:
    assert progress_ranks({"順調", "拡充"}) == {}
    assert progress_ranks({"順調"}) == {}
    assert state_ranks({"達成", "一部達成", "未着手"}) == {"達成": 2.0, "一部達成": 1.0, "未着手": 0.0}
