"""A bound on the records' numbers said after 番号 (「番号が20番以上」), read as 「No.20以降」 is, over the shipped corpus."""
from __future__ import annotations


def test_a_follow_up_bounds_the_numbers_said_after_bangou(assistant):
    assistant.ask("倉敷市が部会長の連携事業")
    answer = assistant.ask("その中で番号が20番以上のもの")
    assert not answer.unused and "番号 ≥ 20" in [u["label"] for u in answer.understood]
    assert [r["key"] for r in answer.rows] == ["joint_project:20", "joint_project:22", "joint_project:24", "joint_project:26"]
