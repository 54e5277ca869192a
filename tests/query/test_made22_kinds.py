"""Kinds of question made22's editions found misread, asked of the shipped report in their wording."""
from __future__ import annotations


def keys(answer) -> list[str]:
    return sorted(r["key"] for r in answer.rows)


def test_the_fiscal_year_a_month_falls_in(assistant):
    said = assistant.ask("令和5年2月を含む年度に終了した実践項目は何件")
    assistant.reset()
    plain = assistant.ask("R4に終了した実践項目は何件")
    assert said.status == "exact" and said.value == plain.value > 0


def test_a_quoted_name_of_the_initiative_the_comments_belong_to(assistant):
    answer = assistant.ask("取組項目「町内会の活性化」の委員の意見は何件")
    assert answer.status == "exact" and answer.value == 7
    assert {r["initiative"] for r in answer.rows} == {"10"}


def test_a_quoted_name_no_initiative_has_stays_words_of_the_comments(assistant):
    answer = assistant.ask("取組項目「ふるさと納税」の委員の意見")
    assert all("ふるさと納税" in r["text"] for r in answer.rows) and answer.rows
