"""Business words of an office manager (オーナー, クローズ, ランク/ステータス, ランクアップ, キープ, 4期連続, FY2020,
「22年度（R4）」): each question answers as its plain wording does, exactly, with no word left unread."""
from __future__ import annotations

import pytest

from assistant.query.grammar.phrasings import rephrase
from tests.conversation_helpers import ask

PAIRS = [
    ("FY2020（R2）でCランクだった実践項目、件数だけください。", "R2でC評価だった実践項目は何件？"),
    ("R2〜R5の4期連続でA評価をキープした実践項目は？", "R2〜R5の4年間ずっとA評価だった実践項目は？"),
    ("R4→R5でステータスが改善（ランクアップ）した実践項目をフィルタして。", "R4→R5で評価が上がった実践項目"),
    ("22年度（R4）でクローズした実践項目をリストアップして。", "R4に取組終了した実践項目"),
    ("R3までに（R3以前に）クローズした実践項目を全部出して。", "R3までに取組終了した実践項目"),
    ("複数のオーナー（担当部署が2つ以上）がついている実践項目は何件？", "担当部署が2つ以上の実践項目は何件？"),
    ("条件：R4でA、取組終了がR6。オーナーは問わない。件数だけ。", "R4でA、取組終了がR6の実践項目は何件？"),
    ("総括の総合評価はAなのに、R5単年はBだった実践項目をフィルタして。", "総合評価がAでR5がBの実践項目"),
    ("R4のステータスがBの実践項目", "R4の評価がBの実践項目"),
]


@pytest.mark.parametrize("business,plain", PAIRS)
def test_business_words_read_as_the_plain_words(assistant, business, plain):
    said, meant = ask(assistant, business), ask(assistant, plain)
    assert said.status == "exact" and not said.unused, (said.status, said.unused, said.summary)
    assert said.count == meant.count and said.count, (said.summary, meant.summary)
    assert sorted(r["code"] for r in said.rows) == sorted(r["code"] for r in meant.rows)


def test_years_that_differ_are_no_gloss():
    # (「21年度（R4）」: two different years, left as said; 「FY22」 is 2022年度)
    assert "21年度（R4）" in rephrase("21年度（R4）でクローズした実践項目")
    assert rephrase("FY22の評価がAの実践項目").startswith("R4") or "2022年度" in rephrase("FY22の評価がAの実践項目")
    assert "R2までに（R3以前に）" in rephrase("R2までに（R3以前に）クローズした実践項目").replace("取組終了", "クローズ")
