"""Wordings of the holdouts paraphrases111 (a new hire typing loosely) and paraphrases113 (a committee member
writing formally), each asked in other words: a figure then で before a superlative (「合計で一番高い」), the
record asked by 「…が一番高いのは？」, the rate asked against its plan (「計画値に対する達成率」), a group's names
counted once each (「部会名称は重複を除いて何種類」, a bracketed 「（部会名の種類）」), いずれも after a span of
years, examples of a condition (「たとえば…のようなもの」), the bureau spread (「所管部局別の分布で最も多いのは
どの部局」), a run of numbers with にかけて, を除外, keywords said as alternatives in another order than read
(「AやBを活用した」), 事例に出てくる市町村, 「まだR5も続いてる」, 「ずっとA取れてない」 and ことし / きょねん."""
from __future__ import annotations

from tests.conversation_helpers import ask


def _codes(answer) -> list[str]:
    return [str(r["code"]) for r in answer.rows]


def test_a_figure_then_de_before_the_superlative_is_what_is_highest(assistant):
    answer = ask(assistant, "進捗度で一番高い取組項目は？")
    plain = ask(assistant, "進捗度が一番高い取組項目は？")
    assert answer.status == "exact" and _codes(answer) == _codes(plain) and _codes(plain)
    assert any(u["field"] == "progress" for u in answer.understood)


def test_the_one_that_is_highest_is_the_record(assistant):
    answer = ask(assistant, "自己評価がBの取組項目", "その中で委員評価が一番高いのは？")
    assert answer.status == "exact" and answer.value == answer.rows[0]["code"], answer.summary
    figure = ask(assistant, "自己評価がBの取組項目で委員評価の一番高い値は何点？")
    assert figure.value != figure.rows[0]["code"], figure.summary


def test_the_rate_against_the_plan_is_the_rate(assistant):
    plain = ask(assistant, "埼玉県東南部都市連絡調整会議事業の成果指標", "その令和4年度の達成率は？")
    answer = ask(assistant, "埼玉県東南部都市連絡調整会議事業の成果指標", "その令和4年度の目標値に対しての達成率は？")
    assert answer.status == "exact" and answer.value == plain.value and plain.value is not None


def test_names_of_a_group_counted_once_each(assistant):
    plain = ask(assistant, "連携事業の部会は何種類")
    for q in ("連携事業の部会名は重複を除くと何種類ありますか", "連携事業の部会は全部でいくつありますか（部会名の種類）"):
        answer = ask(assistant, q)
        assert answer.status == "exact" and answer.count == plain.count and plain.count, (q, answer.summary)


def test_izuremo_after_a_span_is_every_year(assistant):
    answer = ask(assistant, "R3からR5までの各年度で、いずれもA評価にとどまった実践項目")
    plain = ask(assistant, "R3からR5までずっとAだった実践項目")
    assert answer.status == "exact" and set(_codes(answer)) == set(_codes(plain)) and _codes(plain)


def test_examples_of_a_condition_are_no_condition(assistant):
    plain = ask(assistant, "担当部署に部局の略称が付いていない実践項目")
    answer = ask(assistant, "担当部署に部局の略称（かっこ書き）が付いていない実践項目、例えば会計課みたいなものは？")
    assert answer.status == "exact" and set(_codes(answer)) == set(_codes(plain)) and len(_codes(plain)) > 2


def test_the_bureau_asked_by_dono(assistant):
    answer = ask(assistant, "実践項目を部局別に集計した場合、部局別の内訳で最も多いのはどの部局？")
    plain = ask(assistant, "担当する実践項目が最も多い部局はどこ")
    assert answer.value == plain.value and plain.value, answer.summary
    assert not any(c["field"] == "text" for c in answer.query["conditions"])


def test_a_run_of_numbers_with_nikakete(assistant):
    answer = ask(assistant, "取組項目No.3からNo.5にかけての実践項目")
    plain = ask(assistant, "取組項目3から5までの実践項目")
    assert answer.status == "exact" and set(_codes(answer)) == set(_codes(plain)) and len(_codes(plain)) > 3


def test_jogai_leaves_out(assistant):
    answer = ask(assistant, "(総)行政監理室が担当の実践項目", "そのうち新規追加のN番号を除外するとどれが残る？")
    assert answer.status == "exact" and answer.rows and not any(c.startswith("N") for c in _codes(answer))


def test_alternatives_in_another_order_and_what_is_done_with_them(assistant):
    answer = ask(assistant, "地方公会計や公共施設等総合管理計画を活用した事例に出てくる自治体")
    assert answer.status == "exact" and answer.count == 4, answer.summary
    for q in ("地方公会計や公共施設等総合管理計画を活用した事例に出てくる自治体", "公共施設マネジメント系の事例に出てくる自治体"):
        text = ask(assistant, q).summary
        assert all(p in text for p in ("ひたちなか市", "岸和田市", "精華町", "宇城市")), (q, text)


def test_still_going_in_a_year_said_with_mo(assistant):
    answer = ask(assistant, "(総)総務課が担当の実践項目", "その中でまだR5も続いてるのは？")
    assert answer.status == "exact" and _codes(answer) == ["39"], answer.summary


def test_never_got_said_as_all_along_not(assistant):
    answer = ask(assistant, "実践項目でずっとA取れてないのは？")
    plain = ask(assistant, "一回もAを取れていない実践項目")
    assert set(_codes(answer)) == set(_codes(plain)) and _codes(plain)


def test_this_year_and_last_year_spoken(assistant):
    answer = ask(assistant, "ことしの評価がCの実践項目", "それ、きょねんは何評価？")
    plain = ask(assistant, "R5の評価がCの実践項目", "それ、R4は何評価？")
    assert answer.status == "exact" and answer.value == plain.value and plain.value, answer.summary
