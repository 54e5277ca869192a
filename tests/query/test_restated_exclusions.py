"""A second sentence leaving something out of what the first asked (restated_exclusion.py): its conditions
negated, a restatement of the first sentence kept harmless, what is not read left unused."""
from __future__ import annotations


def _codes(answer) -> set[str]:
    return {r["key"].split(":", 1)[1] for r in answer.rows}


def _want(db, where: str) -> set[str]:
    return {r["code"] for r in db.query(f"SELECT code FROM practice WHERE {where}")}


def test_a_bound_restated_as_left_out(assistant, db):
    answer = assistant.ask("総括の合計が10より大きい実践項目は何件？10点ちょうどは含めないでください。")
    assert answer.status == "exact" and answer.count == len(_want(db, "total > 10"))


def test_values_not_wanted_are_left_out(assistant, db):
    answer = assistant.ask("総括の合計がちょうど8点の実践項目を番号で全部。7点や9点は要りません。")
    assert answer.status == "exact" and _codes(answer) == _want(db, "total = 8")


def test_a_grade_left_out_of_a_comparison(assistant, db):
    answer = assistant.ask("R4からR5にかけて評価が下がった実践項目はどれですか。R5が「-」のものは比較対象外で。")
    plain = assistant.ask("R4からR5にかけて評価が下がった実践項目はどれですか。")
    assert answer.status == "exact" and _codes(answer) == _codes(plain)
    assert all(r["r5"] != "-" for r in answer.rows)


def test_years_bounded_on_both_sides_and_a_listed_year_left_out(assistant, db):
    answer = assistant.ask("取組終了がR3以降R5以前の実践項目は何件？R2で終わったものとR6は含めないで。")
    assert answer.status == "exact" and answer.count == len(_want(db, "ended IN ('R3', 'R4', 'R5')"))
    assert not answer.unused


def test_the_others_of_what_was_named_are_already_left_out(assistant, db):
    answer = assistant.ask("担当部署が(総)総務課の実践項目を番号で。行政監理室とかICT推進室みたいな(総)の他の課は除いて。")
    plain = assistant.ask("担当部署が(総)総務課の実践項目を番号で。")
    assert answer.count and _codes(answer) == _codes(plain)


def test_a_value_mixed_in_among_the_scores(assistant, db):
    answer = assistant.ask("総括の4項目（進捗度・連携度・効率性・創造性）が全部2点の実践項目はどれ？3が一つでも混ざっていたら除外で。")
    want = _want(db, "progress = 2 AND collaboration = 2 AND efficiency = 2 AND creativity = 2")
    assert answer.status == "exact" and want and _codes(answer) == want


def test_an_item_glossed_then_left_out(assistant, db):
    answer = assistant.ask("窓口サービス課が担当している実践項目のうち、取組項目7（窓口の利便性向上）以外に属するものは？")
    plain = assistant.ask("窓口サービス課が担当している実践項目のうち、取組項目7以外に属するものは？")
    assert answer.count and _codes(answer) == _codes(plain)


def test_an_unread_exclusion_stays_unsure(assistant):
    """What the second sentence leaves out, not read, is never answered as if read."""
    answer = assistant.ask("総括の合計がちょうど8点の実践項目を番号で全部。ふわふわしたものは要りません。")
    assert answer.status != "exact" or not any("ふわふわ" in c.label for c in answer.query.conditions)
