"""Figures a passage states beside another of the same kind: an amount revised (「42,000円から45,000円に改定」,
its 改定前 and 改定後) and this round's figure beside an earlier round's in brackets (「回収率41.8％（前回：…（回収率
38.6％））」, the bracket's left out unless 前回 is asked); and a rate asked 何％ is its number."""
from __future__ import annotations

from assistant.query.conversation import _figure_near_label, _in_earlier_bracket
from assistant.query.revised_figure import revised_stated

_FEE = {"key": "doc:x", "source": "x.html", "line": 5, "text": "※2 大ホールの使用料は、令和6年4月1日に42,000円から45,000円に改定しました。"}
_SURVEY = {"key": "doc:y", "source": "y.pdf", "line": 4,
           "text": "（４）回収状況 配布数 3,000件／有効回答数 1,254件／回収率41.8％（前回：令和5年度調査（回収率38.6％））"}


def test_the_amount_before_and_after_a_revision():
    assert revised_stated("大ホールの使用料は、改定前はいくらでしたか。", [_FEE])[0] == 42000
    assert revised_stated("大ホールの使用料は改定後いくら？", [_FEE])[0] == 45000
    assert revised_stated("大ホールの使用料はいくら？", [_FEE]) is None  # (no revision asked: another reader's)


def test_an_earlier_rounds_figure_in_brackets_is_left_out():
    body = _SURVEY["text"]
    assert _in_earlier_bracket(body, body.index("38.6")) and not _in_earlier_bracket(body, body.index("41.8"))
    assert _figure_near_label("回収率は何％？", [_SURVEY])[0] == 41.8  # (a rate: the number of percent)
    assert _figure_near_label("前回の回収率は何％？", [_SURVEY]) is None  # (both are then candidates: none claimed)
