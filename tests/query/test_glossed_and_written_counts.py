"""A field glossed by itself (「合計（平均値の合計）が10.5以上」), a call's deadline asked as 「募集はいつまで」, and a number
of offices the text prints (「いくつの課になっていると書いてありますか」) read as their plain wordings (shipped corpus)."""
from __future__ import annotations


def test_a_field_glossed_by_itself_keeps_its_condition(assistant):
    plain = assistant.ask("合計が10.5以上の取組項目は？")
    assistant.reset()
    glossed = assistant.ask("取組項目の合計（平均値の合計）が10.5以上のものを全部挙げてください。")
    assert plain.status == "exact" and plain.count, plain.summary
    assert glossed.status == "exact" and not glossed.unused, glossed.summary
    assert sorted(r.get("key") for r in glossed.rows) == sorted(r.get("key") for r in plain.rows)


def test_until_when_a_call_was_open_is_its_deadline(assistant):
    answer = assistant.ask("岡山市の『平成28年度市民協働推進モデル事業』の提案募集はいつまででしたか。")
    assert answer.status == "exact" and "2016-02-19" in str(answer.value), answer.summary


def test_a_number_of_offices_the_text_prints_is_no_count_of_records(assistant):
    answer = assistant.ask("ニュースレターの質問と回答で、関係各課は今いくつの課になっていると書いてありますか。")
    assert str(answer.value) == "38", answer.summary


def test_a_score_with_its_year_said_after_is_that_years(assistant):
    plain = assistant.ask("動物火葬場の廃止の令和3年度の効率性は何点でしたか。")
    assistant.reset()
    after = assistant.ask("動物火葬場の廃止の効率性は令和3年度で何点でしたか。")
    assert plain.status == "exact" and plain.value is not None, plain.summary
    assert after.value == plain.value, after.summary


def test_kinds_counted_leave_blanks_aside_anyway(assistant):
    plain = assistant.ask("連携事業の表に出てくる部会は何種類ありますか。")
    assistant.reset()
    said = assistant.ask("連携事業の表に出てくる部会は何種類ありますか（部会名が書いていない事業は数えないでください）。")
    assert plain.status == "exact" and plain.count, plain.summary
    assert said.status == "exact" and said.count == plain.count and said.value == plain.value, said.summary
