"""The small readings added for made81's documents (a status X済 said as a verb, a row sent into another by
its number, the office asked by a bare 課, a quoted value negated, 「…の扱いになった」)."""
from __future__ import annotations

from assistant.query.tables.answer import _REFERRED_VERB, _row_referred
from assistant.query.tables.done_words import as_done_value
from assistant.query.tables.question import _NEGATION, _WHICH_OFFICE


class _Col:
    def __init__(self, header: str, numeric: bool = False) -> None:
        self.header, self.numeric = header, numeric


class _Table:
    def __init__(self, rows: list[dict], name: str = "補助金名") -> None:
        self.rows = [{"cells": r} for r in rows]
        self.columns = [_Col(h) for h in rows[0]]
        self.name = name


def test_done_value_said_as_a_verb():
    t = _Table([{"措置状況": "措置済"}, {"措置状況": "措置中"}, {"措置状況": "未措置"}])
    assert as_done_value("まだ措置が終わっていないものの対象課は", [t]) == "措置済でないものの対象課は"
    assert as_done_value("措置が済んでいる指摘", [t]) == "措置済の指摘"
    # (no table printing X済: as it is)
    assert as_done_value("まだ措置が終わっていない", [_Table([{"状況": "完了"}])]) == "まだ措置が終わっていない"


def test_row_sent_into_another_by_number():
    t = _Table([{"No.": "6", "補助金名": "国際交流協会補助金", "備考": "No.8へ統合"},
                {"No.": "8", "補助金名": "まちづくり活動支援補助金", "備考": "No.6を統合"}])
    assert _row_referred(t, t.rows[0], "国際交流協会補助金はどの補助金に統合されましたか") == ("8", "まちづくり活動支援補助金")
    assert _row_referred(t, t.rows[0], "国際交流協会補助金の備考は") is None
    assert _REFERRED_VERB.search("どこへ移管された").group("verb") == "移管"


def test_office_asked_by_a_bare_word():
    def office(text):
        return next(g for g in _WHICH_OFFICE.search(text).groups() if g)

    assert office("指摘事項がいちばん多かった課は？") == "課"
    assert office("どの課") == "課"
    assert _WHICH_OFFICE.search("課長の意見") is None


def test_quoted_value_negated():
    assert _NEGATION.match("」以外の扱い")
    assert _NEGATION.match("以外")
