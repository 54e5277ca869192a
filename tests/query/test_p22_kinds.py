"""Kinds of question a fresh holdout (paraphrases22) found misread, each asked in its own wording."""
from __future__ import annotations


def keys(answer) -> list[str]:
    return sorted(r["key"] for r in answer.rows)


def test_a_year_without_its_era_takes_the_era_said_before_it(assistant):
    answer = assistant.ask("令和2年度はCだったのに3年度にはBに上がった実践項目")
    assert answer.status == "exact"
    assert keys(answer) == [f"practice:{c}" for c in ("28", "36", "39", "52", "54")]


def test_a_change_word_that_contradicts_the_grades_is_not_read_as_them(assistant):
    answer = assistant.ask("令和2年度はBだったのに令和3年度にはCに上がった実践項目")
    assert answer.status != "exact" or not answer.rows


def test_a_calendar_year_with_its_months_after_it(assistant):
    answer = assistant.ask("暦年で2021年（1月〜12月）中に取組が終了した実践項目は？")
    assert keys(answer) == [f"practice:{c}" for c in ("42", "44", "45", "53", "63")]


def test_an_end_said_with_naru_and_the_occasion_of_the_question(assistant):
    answer = assistant.ask("総合評価がBで、まだ取組終了になっていない実践項目を会議前に確認したい")
    assert answer.status == "exact" and answer.unused == []
    assert keys(answer) == sorted(f"practice:{c}" for c in ("N3", "25", "N9", "38", "46", "69"))


def test_the_department_holding_the_most_said_with_takusan(assistant):
    answer = assistant.ask("実践項目を一番たくさん担当してる部署は何件もってる？")
    assert answer.status == "exact" and answer.value == 17


def test_a_superlative_no_rule_read_is_said(assistant):
    answer = assistant.ask("実践項目を一番ぎょうさん担当してる部署は何件もってる？")
    assert answer.status == "partial" and "一番" in answer.unused


def test_when_an_act_happened_quotes_the_dated_sentence(assistant):
    answer = assistant.ask("動物火葬場はいつ廃止されたんですか")
    assert "R6年3月31日" in answer.summary and "R6年3月31日" in answer.excerpts[0]["text"]


def test_a_records_parts_hold_the_words_between_them(assistant):
    answer = assistant.ask("動物火葬場の件、令和7年度はどうするって書いてある？")
    assert "令和7年度" in answer.excerpts[0]["text"]
    assert all(r["key"].endswith(("28", "28-2", "28-3", "28-4", "28-7", "28-R3")) for r in answer.rows)


def test_a_reason_field_said_as_its_evaluation_reason(assistant):
    answer = assistant.ask("市税のキャッシュレス化の総括で、効率性の評価理由は？")
    assert answer.status == "exact" and "督促状等の発布件数が減少" in str(answer.value)


def test_the_initiative_of_a_parts_record(assistant):
    assistant.ask("SMSを活用した徴収業務の見直し")
    assistant.ask("その取組上の課題は？")
    answer = assistant.ask("この取組項目への委員の意見は？")
    assert answer.target == "comment" and {r["initiative"] for r in answer.rows} == {"18"}


def test_joint_projects_with_nothing_done_yet(assistant):
    assistant.ask("教育部会の連携事業")
    answer = assistant.ask("そのうち、まだ何も実施していないのは？")
    assert keys(answer) == ["joint_project:18"]


def test_an_events_date_in_the_era_with_its_fiscal_year(assistant):
    answer = assistant.ask("ワーキングチーム研修はいつ実施された？")
    assert answer.target == "event" and "平成27年11月20日" in answer.summary and "平成27年度" in answer.summary
