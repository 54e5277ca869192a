"""Records asked by a ten of their numbers (grammar/code_decades.py), and yes/no questions that must not claim more
than the rows: 「R2の時点でもう終わった」 (ends.ended_by_year), 「税金関係の」 (everyday_terms: no 介護保険料), a topic said
as a follow-up (「RPA関係のものはある？」). Over the shipped corpus."""
from __future__ import annotations

from tests.conversation_helpers import ask


def codes(answer) -> list[str]:
    return sorted(str(r.get("code")) for r in answer.rows)


def test_a_ten_of_numbers_is_the_plain_numbers(assistant):
    a = ask(assistant, "Nのつかない40番台の実践項目")
    assert a.status == "exact" and a.rows and all(40 <= int(c) <= 49 for c in codes(a)), a.summary
    a = ask(assistant, "20番台の連携事業で、部会長が倉敷市のもの")
    assert codes(a) == ["20", "22", "24", "26"], a.summary


def test_ended_by_a_fiscal_year_said_as_a_point_in_time(assistant):
    a = ask(assistant, "R2の時点でもう終わった実践項目ってある？")
    assert codes(a) == ["44", "45", "60", "63"] and a.value == "ある", a.summary
    a = ask(assistant, "R1の時点でもう終わった実践項目ってある？")
    assert a.count == 0 and not a.rows and "いいえ" in a.summary, a.summary


def test_taxes_said_alone_are_not_every_collection(assistant):
    a = ask(assistant, "税金関係の連携事業ってある？")
    assert codes(a) == ["1", "2", "3", "4"], a.summary


def test_a_topic_asked_after_records_answered_narrows_them(assistant):
    a = ask(assistant, "窓口サービス課の実践項目は？", "RPA関係のものはある？")
    assert codes(a) == ["49"], a.summary


def test_still_going_on_said_with_the_work(assistant):
    a = ask(assistant, "Nのつかない60番台の実践項目のうち、まだ取組を続けているもの")
    assert a.status == "exact" and codes(a) == ["69"], a.summary
