"""Kinds of question a fresh holdout (paraphrases19) found misread, each asked in its own wording."""
from __future__ import annotations

from assistant.query.dated_lists import asks_order, dated_items, pick


def keys(answer) -> list[str]:
    return [r["key"] for r in answer.rows]


def test_a_calendar_year_glossed_as_one_is_read_as_the_calendar_year(assistant):
    plain = assistant.ask("2021年に終わった実践項目")
    assistant.reset()
    glossed = assistant.ask("2021年（暦年）に取組が終わった実践項目は？")
    assert glossed.status == "exact" and keys(glossed) == keys(plain) and len(plain.rows) == 5


def test_the_group_with_the_lowest_average_and_its_value(assistant):
    answer = assistant.ask("テーマ別の審議会評価平均でいちばん低いテーマは何点？")
    assert answer.status == "exact" and answer.value == 3.9 and answer.rows[0]["group"] == "施設"
    assistant.reset()
    answer = assistant.ask("委員評価の平均がいちばん高いテーマはどこ")
    assert answer.value == "人材" and answer.rows[0]["group"] == "人材"


def test_the_record_with_the_lowest_score_is_still_a_record(assistant):
    answer = assistant.ask("審議会の評価平均がいちばん低い取組項目は？")
    assert keys(answer) == ["initiative:10"]


def test_a_word_of_the_year_column_names_that_row(assistant):
    answer = assistant.ask("N16の総括の自己評価で、連携度は何点？")
    assert keys(answer) == ["self_eval:N16-総括"] and answer.value == 1 and answer.status == "exact"


def test_a_box_said_to_be_empty(assistant):
    answer = assistant.ask("H17年度の実施予定欄が空になってる連携事業")
    assert sorted(keys(answer)) == ["joint_project:14", "joint_project:25"]


def test_which_initiative_a_practice_item_is_in_then_what_members_said(assistant):
    first = assistant.ask("スタートアップ企業への積極的支援ってどの取組に入ってる？")
    assert keys(first) == ["initiative:22"] and first.status == "exact"
    said = assistant.ask("委員は苫小牧ならではの可能性として何を挙げてる？")
    assert said.target == "comment" and "ダブルポート" in said.rows[0]["text"]


def test_a_figure_asked_of_the_one_case_just_found(assistant):
    assistant.ask("群馬県の自治体クラウドの事例")
    answer = assistant.ask("運用コストはどれくらい減る見込み？")
    assert keys(answer) == ["case_study:17"] and "34%" in answer.summary


def test_the_first_of_a_dated_list(assistant):
    answer = assistant.ask("和歌山県の自治体クラウドで、いちばん早く導入した町はどこ？")
    assert answer.value == "みなべ町" and answer.status == "exact"
    assistant.reset()
    assert assistant.ask("和歌山県の自治体クラウドで最後に導入したのは？").value == "日高川町"


def test_dated_lines_in_either_order_and_ties():
    items = dated_items("【導入時期】\n・ 令和2年4月：甲町\n・ 乙村：令和元年10月\n・ 令和元年10月：丙市\n本文の行")
    assert [name for _, name, _ in pick(items, "first")] == ["乙村", "丙市"]
    assert [name for _, name, _ in pick(items, "last")] == ["甲町"]
    assert pick(dated_items("・ 令和2年4月：甲町"), "first") == []  # one date orders nothing
    assert asks_order("一番先に始めたのは") == "first" and asks_order("導入したのは？") is None
