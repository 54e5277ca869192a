"""Wordings of the holdouts paraphrases117 (a council member), 118 (a reporter) and 119 (a young clerk), each
asked in other words and checked against the plain form the grammar already reads: a score glossed as the lowest
after its figure (「1点と最低だった」), case titles listed with ・ (any of them), a day asked of a record whose
table holds a year (read in its parts, or said partial), a record's number glossed with a title word, an example
of what is excluded, 「何種類の部会が」, bureau marks given as examples, 「評価を下げた/落とした」「前年比で」,
「何件に上る」, 「取組項目22項目の」, 「総合評価（担当部署の自己評価）」, an area glossed by its departments, a theme
held up (掲げながら) before a negated one, 「担当は両市とも何課」 and a じゃあ follow-up that swaps one word."""
from __future__ import annotations

from tests.conversation_helpers import ask


def _codes(answer) -> list[str]:
    return sorted(str(r["code"]) for r in answer.rows)


def test_score_glossed_as_lowest_after_its_figure_is_the_figure(assistant):
    answer = ask(assistant, "総括の進捗度が1点と最低だった実践項目は？")
    plain = ask(assistant, "進捗度が1点の実践項目は？")
    assert answer.status == "exact" and _codes(answer) == _codes(plain) and _codes(plain)
    assert not any(u["op"] in ("min", "max") for u in answer.understood), answer.understood


def test_case_titles_listed_with_a_dot_are_each_a_case(assistant):
    answer = ask(assistant, "事例集の公共施設の複合化・総合計画との連携の事例はどこの市？")
    one = ask(assistant, "事例集の公共施設の複合化の事例はどこの市？")
    other = ask(assistant, "事例集の総合計画との連携の事例はどこの市？")
    keys = {r["key"] for r in answer.rows}
    assert {r["key"] for r in other.rows} <= keys and one.rows and keys & {r["key"] for r in one.rows}
    assert len(keys) >= 2


def test_a_day_asked_of_a_record_is_read_in_its_parts_or_not_exact(assistant):
    answer = ask(assistant, "動物火葬場は何年何月何日をもって廃止された？")
    assert "3月31日" in str(answer.value) and answer.status != "exact", answer.summary
    unread = ask(assistant, "がん検診事務のアウトソーシングの検討は何年何月何日に終了？")
    assert unread.status != "exact", unread.summary


def test_a_record_number_glossed_with_a_title_word_leaves_no_condition(assistant):
    answer = ask(assistant, "取組7（窓口）の委員評価は？", "じゃあ逆にいちばん高い委員評価の取組は？")
    plain = ask(assistant, "委員評価がいちばん高い取組項目は？")
    assert answer.status == "exact" and _codes(answer) == _codes(plain) and len(plain.rows) >= 1
    assert not any(u["field"] == "text" for u in answer.understood)


def test_an_example_of_what_is_excluded_names_no_record(assistant):
    answer = ask(assistant, "部会長が倉敷市の連携事業いくつ？（納税部会みたいに年度交代のは除く）")
    plain = ask(assistant, "部会長が倉敷市の連携事業はいくつ？")
    assert answer.value == plain.value and plain.value
    assert not any(u["field"] == "subcommittee" for u in answer.understood)


def test_kinds_counted_said_before_the_group(assistant):
    answer = ask(assistant, "連携事業には何種類の部会が関わっているのか。")
    plain = ask(assistant, "連携事業の部会は何種類")
    assert answer.value == plain.value and plain.value


def test_bureau_marks_given_as_examples_are_no_bureau(assistant):
    answer = ask(assistant, "実践項目の担当部署に付いている部局の略号、(総)や(政)のようなものは何種類あるのか。")
    plain = ask(assistant, "担当部署に付されている部局の略称は何種類")
    assert answer.status == "exact" and answer.value == plain.value and plain.value


def test_grade_lowered_said_transitively_and_against_the_year_before(assistant):
    plain = ask(assistant, "令和2年度から令和3年度にかけて評価が下がった実践項目")
    for q in ("令和2年度から令和3年度にかけて評価を下げた実践項目は何なのか。", "令和3年度に前年度から評価を落とした実践項目を教えて"):
        answer = ask(assistant, q)
        assert answer.status == "exact" and _codes(answer) == _codes(plain) and _codes(plain), q
    rose = ask(assistant, "2022年度に前年比で評価が上がった実践項目は何件に上る？")
    plain = ask(assistant, "令和3年度から令和4年度にかけて評価が上がった実践項目は何件")
    assert rose.status == "exact" and rose.value == plain.value and plain.value


def test_a_kind_with_its_count_restated_is_all_of_it(assistant):
    answer = ask(assistant, "取組項目22項目の委員評価の平均点は？")
    plain = ask(assistant, "取組項目の委員評価の平均点は？")
    assert answer.status == "exact" and answer.value == plain.value and plain.value


def test_a_grade_field_glossed_by_its_other_name(assistant):
    answer = ask(assistant, "総合評価（担当部署の自己評価）がBのとりくみ")
    plain = ask(assistant, "総合評価がBの取組項目")
    assert answer.status == "exact" and _codes(answer) == _codes(plain) and _codes(plain)


def test_an_area_glossed_by_its_departments(assistant):
    answer = ask(assistant, "子ども系（こども育成課／こども支援課）のたんとう実践項目")
    plain = ask(assistant, "こども育成課かこども支援課が担当の実践項目")
    assert answer.status == "exact" and _codes(answer) == _codes(plain) and _codes(plain)


def test_a_theme_held_up_before_a_negated_theme(assistant):
    answer = ask(assistant, "ICTをテーマに掲げながら、人材のテーマが付いていない取組項目はどれか。")
    also = ask(assistant, "テーマにICTがあり、人材が付いていない取組項目")
    plain = ask(assistant, "ICTテーマだけど人材テーマ入ってない取組項目")
    assert answer.status == "exact" and _codes(answer) == _codes(plain) == _codes(also) and _codes(plain)


def test_department_asked_of_both_cities(assistant):
    answer = ask(assistant, "連携事業で部会名称が書かれていないものはあるのか。", "それの担当は両市とも何課なのか。")
    assert any(u["field"] == "departments" and u["op"] == "value" for u in answer.understood), answer.summary


def test_a_switched_follow_up_swaps_the_word_of_the_same_shape(assistant):
    answer = ask(assistant, "自治体クラウドの事例で和歌山の4町は運用コストを何%削減する見込み？", "じゃあ群馬の6町村のほうは？")
    plain = ask(assistant, "群馬県吾妻郡の6町村による自治体クラウドでは、運用コストを何%削減する見込みなのか。")
    assert answer.value == plain.value and plain.value, answer.summary
    assert not any(u["field"] == "places" and u["value"] == "和歌山県" for u in answer.understood)
