"""Kinds of question a fresh holdout (paraphrases24) found misread, each asked in its own wording."""
from __future__ import annotations


def keys(answer) -> list[str]:
    return sorted(r["key"] for r in answer.rows)


def test_a_bound_alone_bounds_the_field_just_listed(assistant):
    assistant.ask("取組項目の委員評価を一覧で見たい")
    answer = assistant.ask("4.5以上のものだけ")
    assert answer.status == "exact" and keys(answer) == ["initiative:17", "initiative:20"]


def test_a_grade_alone_picks_its_group_of_the_distribution(assistant):
    assistant.ask("実践項目の総合評価の分布を教えて")
    answer = assistant.ask("そのうちAのものは？")
    assert answer.status == "exact" and len(answer.rows) == 58


def test_the_most_commented_initiative_said_as_torikumi(assistant):
    answer = assistant.ask("委員の意見がいちばん多い取組は何件の意見がついてる？")
    assert answer.status == "exact" and answer.value == 9


def test_when_an_item_ended_gives_the_month_its_sheet_states(assistant):
    answer = assistant.ask("市税のキャッシュレス化っていつ取組終了したんだっけ")
    assert answer.value == "R3" and "令和4年3月" in answer.summary


def test_this_years_plan_asked_as_what_will_be_done(assistant):
    assistant.ask("倉敷市で介護保険課が担当してる連携事業")
    answer = assistant.ask("今年度は何をする予定？")
    assert answer.status == "exact" and "第3期事業計画" in str(answer.value)


def test_a_cases_effects_asked_after_the_case(assistant):
    assistant.ask("鳥取県の事例")
    answer = assistant.ask("効果はどのくらいあった？")
    assert answer.status == "exact" and "44%" in str(answer.value)


def test_the_records_then_among_them_a_condition(assistant):
    answer = assistant.ask("R3からR5の間に終了した実践項目のうち担当が納税課のもの")
    assert answer.status == "exact" and keys(answer) == ["practice:19"]


def test_a_quantity_asked_with_a_verb_is_read_in_the_records_text(assistant):
    first = assistant.ask("とまチョップ水のPR促進の進捗シート")
    assert first.target == "sheet" and first.status == "exact"
    answer = assistant.ask("令和7年2月末までに何個売れたの？")
    assert answer.status == "search" and "362個" in answer.excerpts[0]["text"]


def test_how_many_records_there_are_is_still_a_count(assistant):
    answer = assistant.ask("納税課の実践項目は何個ある？")
    assert answer.status == "exact" and answer.value == 2
