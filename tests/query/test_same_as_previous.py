"""「同じ<kind>の他の<kind>」「それと同じ<field>の…」: records sharing something with the previous answer's record."""
from __future__ import annotations


def codes(answer) -> set[str]:
    return {r["code"] for r in answer.rows}


def test_siblings_under_the_same_parent_leave_the_record_out(assistant):
    first = assistant.ask("住居表示システムの導入")
    (row,) = first.rows
    answer = assistant.ask("同じ取組項目の他の実践項目は？")
    assert answer.status == "exact" and answer.target == "practice"
    assert codes(answer) == {"62", "63", "N18"}
    assert {r["initiative"] for r in answer.rows} == {row["initiative"]} and row["code"] not in codes(answer)


def test_the_same_value_as_the_previous_answer(assistant):
    first = assistant.ask("庁内文書の電子化の推進の委員評価")
    answer = assistant.ask("それと同じ点数の取組項目は？")
    assert answer.status == "exact" and answer.target == "initiative"
    assert codes(answer) == {"17", "20"}
    assert {r["committee_score"] for r in answer.rows} == {first.value}


def test_the_same_named_field_of_the_previous_record(assistant):
    assistant.ask("庁内文書の電子化の推進")
    answer = assistant.ask("同じ委員評価の他の取組項目")
    assert codes(answer) == {"20"}


def test_without_one_record_before_the_words_are_said_unused(assistant):
    answer = assistant.ask("同じ取組項目の他の実践項目は？")
    assert answer.status != "exact"
    assistant.ask("R4に終了した実践項目")
    answer = assistant.ask("同じ取組項目の他の実践項目は？")
    assert answer.status != "exact"


def test_the_same_department_shares_one_of_the_record_s_departments(assistant):
    first = assistant.ask("住居表示システムの導入")
    answer = assistant.ask("同じ担当部署のほかの実践項目")
    assert answer.status == "exact" and answer.rows and "61" not in codes(answer)
    (dept,) = first.rows[0]["departments"]
    assert all(dept in r["departments"] for r in answer.rows)
