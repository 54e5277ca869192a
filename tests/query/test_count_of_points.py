"""「廃止件数の合計は何件？」 over the shipped corpus, where no table counts abolished items: read as one item's 合計 (its
points), it is no count, so the answer is not given as certain; the 合計 of an item asked as points stays exact."""
from __future__ import annotations


def test_count_read_as_points_is_not_certain(assistant) -> None:
    answer = assistant.ask("廃止件数の合計は何件？")
    assert answer.status != "exact" and "廃止件数" in answer.unused, (answer.status, answer.summary)


def test_points_asked_stay_exact(assistant) -> None:
    answer = assistant.ask("実践項目1の合計は？")
    assert answer.status == "exact" and answer.value == 12, answer.summary
