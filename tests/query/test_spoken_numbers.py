"""Questions said aloud (voice input): numbers and eras read out in kana (れいわさんねんど, ごうねんど, じゅうにてん,
いちばんからさんばん), code letters read out (エヌ), a value corrected at once (R5 いやR6), and wordings such
speech brings with it (「N以外」, 「AとかB」, 「審議会の平均は4以上」): each is read as its written form is."""
from __future__ import annotations

import pytest

from assistant.query.grammar.phrasings import rephrase


def _codes(answer) -> set[str]:
    return {str(r.get("code")) for r in answer.rows}


@pytest.mark.parametrize("spoken, plain", [
    ("れいわさんねんどにB評価だった実践項目", "令和3年度にB評価だった実践項目"),
    ("えーと れいわよねんどからごうねんどにかけて評価が下がった実践項目", "R4からR5にかけて評価が下がった実践項目"),
    ("総括の合計がじゅうにてんの実践項目", "総括の合計が12点の実践項目"),
    ("取組終了が R5 いや R6 の実践項目", "取組終了がR6の実践項目"),
    ("あのー 創造性がさんしかない実践項目", "創造性が3しかない実践項目"),
    ("エヌ以外で総合評価がBの実践項目", "N以外で総合評価がBの実践項目"),
    ("さんばんからななばんまでの取組項目", "3番から7番までの取組項目"),
    ("にせんにじゅうにねんどにCだった実践項目", "2022年度にCだった実践項目"),
    ("委員評価がよんてんに以上の取組項目", "委員評価が4.2以上の取組項目"),
    ("エヌじゅうごとエヌさんの担当部署", "N15とN3の担当部署"),
])
def test_spoken_read_as_written(assistant, spoken, plain):
    a, b = assistant.ask(spoken), assistant.ask(plain)
    assert b.status in ("exact", "partial") and b.rows and not b.unused, b.summary
    assert a.status == b.status and not a.unused, (a.status, a.unused, a.summary)
    assert _codes(a) == _codes(b)


def test_ichiban_as_most_is_left():
    # 「いちばん高い」 is the most; only a range's or list's end is number one.
    assert rephrase("委員評価がいちばん高い取組項目") == "委員評価がいちばん高い取組項目"
    assert "1番" in rephrase("いちばんとにばんの取組項目")


def test_words_that_hold_kana_numbers_are_left():
    assert rephrase("本人にんしょうの方法") == "本人にんしょうの方法"
    assert rephrase("R3までに 取組終了") == "R3までに 取組終了"  # (までに holds no 2)
    assert rephrase("市民にこの事業を") == "市民にこの事業を"


def test_items_other_than_added(assistant, db):
    want = {str(r["code"]) for r in db.query("SELECT code, r5 FROM practice")
            if not str(r["code"]).startswith("N") and str(r["r5"] or "").upper() == "B"}
    answer = assistant.ask("N以外の実践項目でR5がBのもの")
    assert answer.status == "exact" and _codes(answer) == want


def test_toka_lists_alternatives(assistant):
    one, other = assistant.ask("委員の意見で高齢者に触れたもの"), assistant.ask("委員の意見で高齢化に触れたもの")
    both = assistant.ask("委員の意見で高齢者とか高齢化に触れたもの")
    assert {r["key"] for r in both.rows} == {r["key"] for r in one.rows} | {r["key"] for r in other.rows}


def test_body_average_with_a_bound_is_the_printed_average(assistant, db):
    want = {str(r["code"]) for r in db.query("SELECT code, committee_score FROM initiative")
            if r["committee_score"] is not None and float(r["committee_score"]) < 4}
    answer = assistant.ask("審議会の平均が4未満の取組項目")
    assert answer.status == "exact" and _codes(answer) == want
