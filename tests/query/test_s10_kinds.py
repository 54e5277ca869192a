"""Kinds of question the fresh holdouts p25–p28 found misread, asked of the shipped corpus in other
words than theirs (each test can fail: it names the record or the value a wrong reading would miss)."""
from __future__ import annotations


def keys(answer) -> list[str]:
    return sorted(r["key"] for r in answer.rows)


def test_a_title_said_loosely_by_its_words(assistant):
    answer = assistant.ask("SMSで徴収業務を見直す取組の担当部署は？")
    assert answer.status == "exact" and [r["key"] for r in answer.rows] == ["practice:N16"]


def test_a_title_said_loosely_keeps_its_head_noun(assistant):
    answer = assistant.ask("公共施設等総合管理基金をつくった自治体は？")
    assert "practice:26" not in keys(answer)


def test_words_of_two_titles_name_neither(assistant):
    answer = assistant.ask("本庁舎の民間委託の実践項目")
    assert keys(answer) == ["practice:33", "practice:34"]


def test_a_plan_only_mentioned_in_another_plans_report(assistant):
    answer = assistant.ask("とまこまい行革創成プランの実践項目でR4に終わったものは何件？")
    assert answer.status == "no_match" and answer.count == 0 and "とまこまい行革創成プラン" in answer.unused
    assistant.reset()
    assert assistant.ask("苫小牧市行政創革プランの実践項目は何件？").count == 95


def test_a_number_of_people_the_text_states_is_searched(assistant):
    answer = assistant.ask("LINEの登録者数は令和7年2月末で何件になった？")
    assert answer.status == "search" and "1,570件" in answer.summary


def test_an_amount_the_one_record_states(assistant):
    answer = assistant.ask("ガバメントクラウドファンディングで結局いくら集まったの？")
    assert answer.status == "search" and "820万円" in answer.summary


def test_a_score_said_with_the_body_that_gives_it(assistant):
    said = assistant.ask("委員会から4.5以上もらった取組項目")
    assistant.reset()
    plain = assistant.ask("委員評価が4.5以上の取組項目")
    assert said.status == "exact" and keys(said) == keys(plain) and said.rows


def test_two_fiscal_years_groups_and_their_difference(assistant):
    answer = assistant.ask("R3に終了した実践項目とR4に終了した実践項目で合計点の平均の差は？")
    assert answer.status == "exact" and answer.count == 2 and isinstance(answer.value, (int, float))
    assert {r["group"] for r in answer.rows} == {"R3", "R4"}


def test_the_joint_tables_this_year_said_by_its_number(assistant):
    said = assistant.ask("H17の予定が空欄の連携事業")
    assistant.reset()
    plain = assistant.ask("今年度の実施予定が空欄の連携事業")
    assert said.status == "exact" and keys(said) == keys(plain) and said.rows


def test_a_municipalitys_side_said_by_its_bare_name(assistant):
    answer = assistant.ask("岡山側の担当が予防課の連携事業")
    assert answer.status == "exact" and answer.unused == []


def test_a_bureau_is_no_typo_of_a_section(assistant):
    answer = assistant.ask("上下水道部の実践項目")
    assert not any("下水道課" in str(c.get("label")) for c in answer.understood)
