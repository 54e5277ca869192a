"""Readings added for made77's generic documents: a speaker's turn printed after the office in brackets."""
from __future__ import annotations

from assistant.query.speaker_asked import _BRACKET_TURN


def test_speaker_in_brackets():
    assert _BRACKET_TURN.match("【都市建設部長】テニスコートの改定率が60%と大きい。").group("who") == "都市建設部長"
    assert _BRACKET_TURN.match("【事務局(行政改革推進課長)】資料1により説明。").group("who") == "事務局(行政改革推進課長)"
    assert _BRACKET_TURN.match("【提言内容】予約制を入れること。") is None
