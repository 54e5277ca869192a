"""「…は何件？納税部会の分は数えないで。」: what is not to be counted is left out (phrasing left_out_not_included), and
a description of it by its chair alternating by year (「16年度・17年度で交代する納税部会」) is the asker's account,
no condition and no year to find (phrasing left_out_described_by_alternating)."""
from __future__ import annotations

from tests.conversation_helpers import ask


def test_group_not_to_be_counted_is_left_out(assistant):
    plain = ask(assistant, "部会長が倉敷市になっている部会の事業は何件？納税部会は除いて。")
    assert plain.count
    for said in ("部会長が倉敷市になっている部会の事業は何件？納税部会の分は数えないで。",
                 "部会長が倉敷市になっている部会の事業は何件？16年度・17年度で交代する納税部会の分は数えないで。"):
        answer = ask(assistant, said)
        assert answer.status == "exact", (answer.summary, answer.unused)
        assert answer.count == plain.count, answer.summary
        assert not any(c.get("field") == "text" for c in answer.understood), answer.understood
