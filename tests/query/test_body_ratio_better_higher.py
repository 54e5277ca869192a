"""A body's 経常収支比率 (経常収益 ÷ 経常費用 × 100, a deficit below 100%) is better higher, unlike a municipality's
(better lower by definition, better_lower.py): where the document defines it so, 「悪化した」 is a fall and 「改善した」 a
rise. A made-up town's funded bodies, indexed alone."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

T = "\t"
PAGE = "\n".join([
    "白浜町 第三セクター等の経営状況", "（単位：％）",
    T.join(["番号", "法人名", "経常収支比率令和4年度", "経常収支比率令和5年度"]),
    T.join(["01", "白浜リゾート開発株式会社", "96.0", "92.5"]),
    T.join(["02", "白浜町水産振興公社", "101.2", "103.0"]),
    T.join(["03", "株式会社しらはま交通", "99.8", "98.9"]),
    T.join(["04", "一般財団法人白浜町文化協会", "104.4", "104.9"]),
    "※ 経常収支比率は、経常収益を経常費用で除した率であり、100％未満は経常的な赤字を示す。", ""])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("body_ratio_better_higher")
    (folder / "白浜町_第三セクター経営状況.txt").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question,names", [
    ("令和4年度から令和5年度で経常収支比率が悪化した法人は？", ["白浜リゾート開発株式会社", "株式会社しらはま交通"]),
    ("令和4年度から令和5年度で経常収支比率が改善した法人は？", ["一般財団法人白浜町文化協会", "白浜町水産振興公社"]),
])
def test_worse_is_a_fall_of_a_ratio_defined_as_income_over_cost(assistant, question, names) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact", (answer.status, answer.unused, answer.summary)
    assert sorted(str(r.get("title")) for r in answer.rows) == sorted(names), answer.summary


def test_most_worsened_and_by_how_much(assistant) -> None:
    # (「いちばん悪化した」 is the largest fall here; 「何ポイント下がった」 asks its amount, the way said again)
    answer = ask(assistant, "令和4年度から令和5年度で経常収支比率がいちばん悪化した法人、何ポイント下がった？")
    assert answer.status == "exact" and answer.value is not None and float(answer.value) == 3.5, (
        answer.status, answer.value, answer.unused, answer.summary)
    answer = ask(assistant, "令和4年度から令和5年度で経常収支比率がいちばん改善した法人は？")
    assert answer.status == "exact" and [str(r.get("title")) for r in answer.rows][:1] == ["白浜町水産振興公社"], answer.summary
