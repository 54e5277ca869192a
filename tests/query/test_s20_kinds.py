"""Kinds of question the fresh holdouts paraphrases59/60 found misread, asked of the shipped corpus in
other words than theirs (each test names the record or the figure a wrong reading would give)."""
from __future__ import annotations


def keys(answer) -> list[str]:
    return sorted(r["key"] for r in answer.rows)


def test_the_largest_groups_size_asked_again(assistant):
    assistant.ask("実践項目をいちばん多く持っている担当部署は？")
    answer = assistant.ask("それは何件？")
    assert answer.status == "exact" and answer.count == 17 and answer.value == 17


def test_a_number_each_of_the_top_ones_holds_is_the_count_asked(assistant):
    assistant.ask("実践項目がいちばん多い取組項目はどれ")
    answer = assistant.ask("何項目ずつ？")
    assert answer.value == 9 and answer.count == 9 and "それぞれ" in answer.summary


def test_a_score_asked_again_is_no_count(assistant):
    assistant.ask("委員評価がいちばん高い取組項目は")
    answer = assistant.ask("それって何点？")
    assert answer.value == 4.6 and answer.count == 2


def test_one_category_of_a_breakdown_counted(assistant):
    answer = assistant.ask("総合評価の内訳を見せて。Bはいくつ？")
    assert answer.status == "exact" and answer.count == 36


def test_a_grade_alone_after_a_population_graded_that_year(assistant):
    answer = assistant.ask("R4評価がついてる実践項目のうちBの割合は")
    assert answer.status == "exact" and "R4評価 = B" in [u["label"] for u in answer.understood]


def test_a_title_word_typed_in_hiragana(assistant):
    answer = assistant.ask("ちょうないかいの取組の委員評価は")
    assert answer.value == 3.4 and any("町内会" in n for n in answer.notes)


def test_conditions_within_an_initiative_said_as_a_scope_are_on_its_items(assistant):
    answer = assistant.ask("公共施設マネジメントの推進の中でR4がBのもの")
    assert answer.target == "practice" and "practice:26" in keys(answer)
    assistant.reset()
    itself = assistant.ask("公共施設マネジメントの推進で、R4の評価は？")
    assert itself.target == "initiative" and itself.value == "B"


def test_every_one_asked_for_at_the_end_is_no_word(assistant):
    answer = assistant.ask("R2までに取組終了したもの全部")
    assert answer.status == "exact" and answer.count == 4


def test_which_section_asked_right_after_sore(assistant):
    assistant.ask("総合評価がCの実践項目は")
    answer = assistant.ask("それどこの課")
    assert answer.value == "(財)納税課"


def test_a_span_of_years_said_in_ka_nen(assistant):
    answer = assistant.ask("R3からR5まで3か年続けてB評価の実践項目")
    assert answer.status == "exact" and [u["label"] for u in answer.understood][:3] == ["R3評価 = B", "R4評価 = B", "R5評価 = B"]
