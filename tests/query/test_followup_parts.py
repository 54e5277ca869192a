"""Follow-ups that ask for a part or a field of the record the previous answer was about."""
from __future__ import annotations


def keys(answer) -> list[str]:
    return [r["key"] for r in answer.rows]


def test_a_part_of_the_one_record_just_named(assistant):
    assistant.ask("動物火葬場の廃止")
    answer = assistant.ask("令和4年度の取組内容は？")
    assert answer.target == "sheet_entry" and answer.rows
    assert {r["practice"] for r in answer.rows} == {"28"} and {r["year"] for r in answer.rows} == {"R4"}
    assert answer.status == "exact"


def test_without_a_record_before_a_part_is_asked_of_every_record(assistant):
    answer = assistant.ask("R4の取組内容は？")
    assert len({r["practice"] for r in answer.rows}) > 10


def test_many_records_before_are_not_taken_as_the_record(assistant):
    assistant.ask("R4に終了した実践項目")  # 13 items: not one record the follow-up could be about
    answer = assistant.ask("R5の取組内容は？")
    assert len({r["practice"] for r in answer.rows}) > 13


def test_a_field_of_the_record_a_search_found(assistant):
    assistant.ask("まんまるよやく利用者登録数")
    answer = assistant.ask("令和4年度の実績は？")
    assert answer.target == "indicator" and answer.value == 1252


def test_a_field_only_one_found_record_has(assistant):
    assistant.ask("市民協働推進モデル事業の提案募集について")
    answer = assistant.ask("締切は？")
    assert answer.target == "event"
    assert "2016-02-19" in str(answer.value) or "2月19日" in answer.summary


def test_the_overall_grade_of_one_year_of_the_self_evaluation_just_shown(assistant):
    assistant.ask("実践項目27の自己評価")
    answer = assistant.ask("令和4年度の総合は？")
    assert answer.target == "self_eval" and answer.value == "A"
    assert [r["key"] for r in answer.rows] == ["self_eval:27-R4"]


def test_a_part_asked_by_its_own_name_after_the_record(assistant):
    assistant.ask("公有財産の売却促進及び有効活用")
    answer = assistant.ask("自己評価は？")
    assert answer.target == "self_eval" and answer.status == "exact"
    assert {r["practice"] for r in answer.rows} == {"27"}


def test_a_part_of_a_year_asked_without_a_follow_up_word_keeps_the_one_record(assistant):
    """「R6の課題とその解決方法」 right after one record: that record's part of the year, not every record's."""
    assistant.ask("ゼロカーボンの実現に向けた官民連携の推進")
    answer = assistant.ask("R6の課題とその解決方法")
    assert answer.target == "challenge" and answer.status == "exact"
    assert [r["key"] for r in answer.rows] == ["challenge:N2-R6"]


def test_a_part_asked_after_several_records_without_a_follow_up_word_is_of_every_record(assistant):
    assistant.ask("R4に終了した実践項目")
    answer = assistant.ask("R6の課題")
    assert len({r["practice"] for r in answer.rows}) > 13


def test_the_plan_of_a_year_is_the_planned_value_of_the_record_holding_the_words(assistant):
    answer = assistant.ask("まんまるよやく申請書の配架場所、令和6年度の計画は何か所")
    assert answer.target == "indicator" and answer.value == 12 and answer.status == "exact"


def test_the_plan_of_a_year_after_one_record_is_its_entry_of_that_year(assistant):
    assistant.ask("動物火葬場の廃止")
    answer = assistant.ask("R4の計画は？")  # a year right before a consumed word is still the year
    assert [r["key"] for r in answer.rows] == ["sheet_entry:28-5"]


def test_a_sibling_part_of_the_record_a_part_was_shown_of(assistant):
    """After one record's progress sheet, its entries of a year (both are parts of the practice item)."""
    assistant.reset()
    assistant.ask("ガバメントクラウドファンディングの実施の進捗状況シート")
    answer = assistant.ask("令和2年度の取組内容は？")
    assert answer.target == "sheet_entry" and answer.status == "exact", answer.summary
    assert {r["practice"] for r in answer.rows} == {"1"} and {r["year"] for r in answer.rows} == {"R2"}


def test_conditions_without_a_kind_word_go_on_from_the_previous_question(assistant):
    """The third turn says no そのうち, but no kind either: it narrows what the conversation is about."""
    assistant.ask("窓口サービス課の実践項目")
    assistant.ask("そのうち取組終了がR6のもの")
    answer = assistant.ask("R5の評価がAのものは何件？")
    assert [c["label"] for c in answer.understood][:2] == ["担当部署 ≈ 窓口サービス課", "取組終了 = R6"]
    assert answer.count == 0
    # a kind word starts a new question
    assert assistant.ask("R5の評価がAの実践項目は何件？").count == 31


def test_a_records_parts_year_by_year_are_listed_not_counted(assistant):
    assistant.ask("庁内向けAIヘルプデスクの導入")
    answer = assistant.ask("その年度ごとの評価")
    assert answer.target == "grade" and keys(answer) == ["grade:51-R2", "grade:51-R3", "grade:51-R4", "grade:51-R5"]
    assistant.reset()
    assistant.ask("RPAの導入に含まれる実践項目")
    assistant.ask("そのうち総合評価がAは？")
    answer = assistant.ask("その取組上の課題を年度ごとに")
    assert answer.target == "challenge"
    assert keys(answer) == [f"challenge:48-R{y}" for y in range(2, 7)], answer.summary


def test_one_years_grade_of_each_record_just_listed(assistant, db):
    """「AIの活用の実践項目」→「それぞれR4の評価は？」: each listed item's R4 grade row, not the items."""
    listed = sorted(r["code"] for r in assistant.ask("AIの活用の実践項目").rows)
    assert len(listed) >= 2
    answer = assistant.ask("それぞれR4の評価は？")
    assert answer.target == "grade" and answer.status == "exact"
    assert sorted(r["key"] for r in answer.rows) == sorted(f"grade:{c}-R4" for c in listed)
    grades = {r["grade"] for r in db.query(
        f"SELECT grade FROM grade WHERE year = 'R4' AND practice IN ({','.join('?' * len(listed))})", listed)}
    assert {r["grade"] for r in answer.rows} == grades


def test_one_years_grade_of_the_one_record_just_named_is_its_value(assistant):
    assistant.ask("実践項目51")
    answer = assistant.ask("R4の評価は？")
    assert answer.target == "practice" and answer.value == "A"


def test_a_field_asked_after_a_search_is_of_the_kind_holding_it(assistant, db):
    """「市立病院の取組について」 (a search) →「委員評価は何点？」: the 取組項目 with those words."""
    code, score = next((r["code"], r["committee_score"]) for r in db.query(
        "SELECT code, committee_score FROM initiative WHERE title LIKE '%市立病院%'"))
    assistant.ask("市立病院の取組について")
    answer = assistant.ask("委員評価は何点？")
    assert answer.status == "exact" and answer.value == score
    assert [r["key"] for r in answer.rows] == [f"initiative:{code}"]


def test_words_of_their_own_held_by_the_one_record_are_asked_of_it(assistant):
    assistant.ask("実践項目28の進捗状況シート")
    answer = assistant.ask("施設を廃止したのはいつ？")
    assert {r["key"] for r in answer.rows} == {"sheet:28"}
    assert "R6年3月31日をもって施設を廃止した" in answer.summary


def test_words_the_one_record_does_not_hold_are_a_new_question(assistant):
    assistant.ask("実践項目28の進捗状況シート")
    answer = assistant.ask("ふるさと納税について書かれた実践項目は？")
    assert "practice:28" not in {r["key"] for r in answer.rows} and len(answer.rows) >= 2


def test_words_naming_the_kind_and_number_do_not_rank_the_excerpts(assistant):
    answer = assistant.ask("実践項目28の進捗状況シートで施設を廃止したのはいつ？")
    assert answer.excerpts and "施設を廃止した" in answer.excerpts[0]["text"]
