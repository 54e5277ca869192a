"""Kinds of question a fresh holdout (paraphrases21) found misread, each asked in its own wording."""
from __future__ import annotations


def keys(answer) -> list[str]:
    return sorted(r["key"] for r in answer.rows)


def test_two_cities_joint_work_is_their_joint_projects(assistant):
    answer = assistant.ask("岡山市と倉敷市の連携で、部会っていくつあるの？")
    assert answer.status == "exact" and answer.value == 19


def test_a_department_said_with_its_city_is_that_citys_cell_and_the_other_side_is_asked(assistant):
    first = assistant.ask("岡山市の収税課が担当する連携事業")
    assert all("収税課" in r["departments"]["岡山市"] for r in first.rows) and len(first.rows) == 3
    assistant.reset()
    assistant.ask("岡山市の保育課が担当する連携事業")
    other = assistant.ask("倉敷市側の担当課は？")
    assert other.value == "保育課" and other.status == "exact"


def test_a_city_said_without_its_suffix_scopes_like_the_city(assistant):
    answer = assistant.ask("苫小牧の取組項目で委員評価が3.8以下のもの")
    assert keys(answer) == [f"initiative:{n}" for n in ("10", "14", "2", "21", "22", "7")]
    narrowed = assistant.ask("そのうち自己評価もBのやつは？")
    assert keys(narrowed) == [f"initiative:{n}" for n in ("10", "14", "21", "22", "7")]


def test_the_askers_count_of_the_records_is_no_condition(assistant):
    answer = assistant.ask("取組項目22件の委員評価の平均を教えてください")
    assert answer.status == "exact" and answer.value == 4.07


def test_a_field_said_to_have_become_a_word_or_not(assistant):
    answer = assistant.ask("納税部会の事業で、今年度の予定が協議中になってないもの")
    assert keys(answer) == ["joint_project:1", "joint_project:3", "joint_project:4"]
