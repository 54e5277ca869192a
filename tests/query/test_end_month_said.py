"""The end field said with a month of no year (end_months.end_field_in_month): 「取組終了が「9月」と書かれている」
「取組終了の月が12月になっている進捗状況シート」 are the items whose sheet prints that month, whatever the year (never
the end field holding the words 「9月」, which a fiscal year never does). Over the shipped corpus."""
from __future__ import annotations

from tests.conversation_helpers import ask


def codes(answer) -> list[str]:
    return sorted(str(r.get("code")) for r in answer.rows)


def test_a_month_said_of_the_end_field_quoted_or_not(assistant):
    for question in ("進捗状況シートで、取組終了が「9月」と書かれている実践項目は？", "進捗状況シートで取組終了が9月の実践項目"):
        a = ask(assistant, question)
        assert a.status == "exact" and codes(a) == ["34", "35", "37"], a.summary


def test_the_sheets_whose_end_month_is_said(assistant):
    a = ask(assistant, "取組終了の月が12月になっている進捗状況シート")
    assert a.status == "exact" and codes(a) == ["41", "53", "60"], a.summary
