"""Circled opinions under a section on 意見, each citing its record at the end (generic/opinion_cited.py). A made-up
paper: other heading words, speaker and codes than any question set's."""
from __future__ import annotations

from assistant.kinds.generic.opinion_cited import cited_opinions

PAPER = """意見交換の結果
１ 経過
２回の意見交換を行った。
２ 利用者団体からの主な意見
① 予約の締切が早すぎる。（No.７について）
② 駐車場が足りない。（項目２関連）
③ 夜間の照明が暗い。（No.７について）
④ 施設全体の清掃を増やしてほしい。
３ 今後の対応
① 検討する。（項目２関連）
"""


def test_each_cited_paragraph_is_a_comment_on_its_record():
    found = cited_opinions(PAPER.splitlines(), "意見.txt")
    assert [r.code for r in found] == ["7-1", "2-1", "7-2"]
    # (the speaker is the section title's words before の意見; a paragraph citing nothing is none of the records')
    assert {r.fields["member"] for r in found} == {"利用者団体"}
    assert found[0].fields["text"] == "予約の締切が早すぎる。"
    # (the section on 対応 after it holds no opinions, though it cites a record too)


def test_one_cited_paragraph_is_no_paper_of_opinions():
    one = [line for line in PAPER.splitlines() if not line.startswith(("②", "③"))]
    assert cited_opinions(one, "意見.txt") == []
