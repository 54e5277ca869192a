"""The accountability contract: every answer says how far it can be trusted (status, unused, caveat)."""
from __future__ import annotations

import json

import pytest

from tests.conftest import run_cli


@pytest.mark.parametrize("question, status", [
    ("R4に終了した実践項目", "exact"),
    ("納税課の実践項目で総合評価がB", "exact"),
    ("ふるさと納税に触れた委員の意見", "exact"),
    ("R9に終了した実践項目", "no_match"),  # a fiscal year no item ended in
    ("ふるさと納税", "search"),  # only words: where they occur, no count claimed
    ("", "no_match"),
])
def test_status_of_plain_questions(assistant, question, status):
    answer = assistant.ask(question)
    assert answer.status == status, (answer.status, answer.summary)
    if status == "exact":
        assert answer.rows and not answer.unused and not answer.caveat


def test_a_word_that_shaped_nothing_is_said_first(assistant):
    answer = assistant.ask("総合評価がBでエレベーターに触れた実践項目")
    assert answer.status == "partial"
    assert answer.unused == ["エレベーター"]
    assert answer.summary.startswith("「エレベーター」を解釈できなかったため、その条件なしの回答です。")


def test_another_municipality_is_never_answered_with_this_ones_records(assistant):
    # 倉敷市 is in the joint-projects table only: no practice item of its plan is in the index.
    answer = assistant.ask("倉敷市の実践項目")
    assert answer.status == "search" and "倉敷市" in answer.unused
    assert not any(r["key"].startswith("practice:") for r in answer.rows)
    assert answer.summary.startswith("「倉敷市」が出てくる資料には実践項目がない")


def test_a_municipality_no_document_mentions_is_no_match(assistant):
    answer = assistant.ask("盛岡市の実践項目で総合評価がA")
    assert answer.status == "no_match" and not answer.rows
    assert "どの資料にも出てきません" in answer.summary


def test_a_municipality_the_records_come_from_scopes_them(assistant):
    scoped = assistant.ask("苫小牧市の実践項目で総合評価がC")
    assistant.reset()
    plain = assistant.ask("実践項目で総合評価がC")
    assert scoped.status == "exact"
    assert [r["key"] for r in scoped.rows] == [r["key"] for r in plain.rows]


def test_cli_json_carries_the_contract(index_path):
    out = run_cli("ask", "--json", "--index", str(index_path), "総合評価がBでエレベーターに触れた実践項目")
    assert out.returncode == 0, out.stderr
    answer = json.loads(out.stdout)
    answer = answer[-1] if isinstance(answer, list) else answer
    assert answer["status"] == "partial" and answer["unused"] == ["エレベーター"]
    assert answer["caveat"] and answer["summary"].startswith(answer["caveat"])
