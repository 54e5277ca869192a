"""Wordings of a fresh holdout (paraphrases85): the items the plan began with said as 当初からある, a
municipality's side said with も, a record's title said as what the items are not in, てしまう after a
verb, and what is left out said as 対象外."""
from __future__ import annotations

import pytest


def _codes(answer) -> set[str]:
    return {r["code"] for r in answer.rows}


def test_items_there_from_the_start_are_the_ones_not_added(assistant):
    answer = assistant.ask("当初からある1〜70番の実践項目で、R2〜R5の間に一度もA評価がついていないのは何項目ですか。")
    assert answer.status == "exact", answer.summary
    fields = {(c["field"], c["op"]) for c in answer.query["conditions"]}
    assert ("code", "not_added") in fields and not any(f == "text" for f, _ in fields)


@pytest.mark.parametrize("said", ["には含まれないもの", "に入っていないもの", "に入ってないもの"])
def test_a_title_said_as_what_the_items_are_not_in(assistant, said):
    title = "窓口の利便性向上に向けた取組"
    answer = assistant.ask(f"窓口サービス課が担当している実践項目のうち、「{title}」{said}はどれ")
    everyone = assistant.ask("窓口サービス課が担当している実践項目")
    within = assistant.ask(f"{title}の実践項目")
    assert answer.status == "exact", answer.summary
    assert _codes(within) & _codes(everyone)  # (the title takes some away)
    assert _codes(answer) == _codes(everyone) - _codes(within)


def test_one_municipality_side_said_with_mo_is_its_cell(assistant):
    first = assistant.ask("連携事業で岡山市の予防課が担当しているのはどれ？")
    answer = assistant.ask("じゃあ倉敷市側も予防課なのは？")
    theirs = assistant.ask("倉敷市の予防課が担当している連携事業")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == _codes(first) & _codes(theirs) and _codes(answer) < _codes(first)


def test_te_shimau_only_regrets(assistant):
    answer = assistant.ask("連携事業の一覧で部会名の欄が空いてしまっている事業、番号で教えてもらえますか。")
    plain = assistant.ask("連携事業で部会名の欄が空いている事業は？")
    assert answer.status == "exact" and _codes(answer) == _codes(plain) and answer.rows


def test_left_out_said_as_outside_what_is_asked(assistant):
    asked = "倉敷市が部会長を務める連携事業で、担当に教育委員会が入っていないものは？"
    answer = assistant.ask(asked + "納税部会は対象外で。")
    plain = assistant.ask(asked + "納税部会は除いて。")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == _codes(plain) and answer.rows


@pytest.mark.parametrize("said", ["令和3年度は評価の対象外だった", "R3は対象外で。"])
def test_a_year_said_outside_is_left_to_the_grades(said):
    from assistant.query.grammar.phrasings import PHRASINGS

    outside = next(p for p in PHRASINGS if p.name == "left_out_as_outside")
    assert outside.apply(said) == said
