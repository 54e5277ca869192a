"""A report's opinions as ① ② paragraphs under an opinion heading, in a text block per record opened by its number
label and code: each paragraph a comment on that record (generic/opinion_blocks.py). A made-up report: other labels,
codes and heading words than any question set's."""
from __future__ import annotations

from assistant.kinds.generic.opinion_blocks import block_opinions

REPORT = """市民プール等評価審議会 答申
１ 審議の経過
審議会は２回開催した。
２ 施設ごとの意見
整理番号 SP-1 中央市民プール
担当課：スポーツ課
審議会評価：Ｂ
【審議会の意見】
①
利用者は増えているが、老朽化した設備の更新が遅れており、計画的な修繕が必
要である。
② 指定管理者との協議を定期的に行われたい。
－ 1 －
市民プール等評価審議会 答申
整理番号 SP-2 北部温水プール
担当課：スポーツ課
審議会評価：Ｃ
【審議会の意見】
① 費用対効果の検証が不十分である。
※意見への対応は次年度に公表する。
"""


def test_each_numbered_paragraph_is_a_comment_on_its_block():
    found = block_opinions(REPORT.splitlines(), "答申.pdf")
    by_code = {r.code: r.fields for r in found}
    assert sorted(by_code) == ["SP-1-1", "SP-1-2", "SP-2-1"]
    # (a number alone on its line opens the paragraph under it; a line's end breaks no word)
    assert by_code["SP-1-1"]["text"] == "利用者は増えているが、老朽化した設備の更新が遅れており、計画的な修繕が必要である。"
    # (the page's number and the running header are no part of the paragraph before them; a note closes the block)
    assert by_code["SP-1-2"]["text"] == "指定管理者との協議を定期的に行われたい。"
    assert by_code["SP-2-1"]["text"] == "費用対効果の検証が不十分である。"
    assert by_code["SP-2-1"]["initiative"] == "SP-2" and by_code["SP-2-1"]["n"] == 1


def test_one_block_or_no_opinion_heading_is_none():
    one = REPORT.split("整理番号 SP-2")[0].splitlines()
    assert block_opinions(one, "答申.pdf") == []
    unheaded = [line for line in REPORT.splitlines() if "【" not in line]
    assert block_opinions(unheaded, "答申.pdf") == []
