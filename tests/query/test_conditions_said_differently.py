"""Conditions said in ways the earlier rules missed: a grade bound (B以下), a quoted theme that is
negated, a field of the record with the highest value, and a joint project's cell said not to be."""
from __future__ import annotations

import pytest


def _codes(answer) -> set[str]:
    return {r["code"] for r in answer.rows}


@pytest.mark.parametrize("question, field, grades", [
    ("総合評価がB以下の実践項目", "@overall", {"B", "C"}),
    ("総合評価がAより下の実践項目", "@overall", {"B", "C"}),
    ("R4の評価がB以上の実践項目", "r4", {"A", "B"}),
])
def test_a_grade_bound_is_the_grades_beyond_it_in_the_legend_order(assistant, question, field, grades):
    answer = assistant.ask(question)
    assert answer.status == "exact", answer.summary
    column = "overall" if field == "@overall" else field
    assert answer.rows and {r[column] for r in answer.rows} <= grades
    everyone = assistant.ask("実践項目")
    assert len(answer.rows) == sum(1 for r in everyone.rows if r[column] in grades)


@pytest.mark.parametrize("question", ["テーマに「協働」を含まない取組項目", "テーマが「協働」でない取組項目"])
def test_a_quoted_theme_is_still_the_theme_and_its_negation_holds(assistant, question):
    answer = assistant.ask(question)
    plain = assistant.ask("テーマに協働が含まれない取組項目")
    assert answer.status == "exact" and plain.status == "exact"
    assert _codes(answer) == _codes(plain)
    assert all("協働" not in "".join(r["themes"]) for r in answer.rows)


def test_a_field_of_the_record_with_the_highest_value(assistant):
    answer = assistant.ask("委員評価が最も低い取組項目のテーマは")
    lowest = min(assistant.ask("取組項目").rows, key=lambda r: float(r["committee_score"]))
    assert answer.status == "exact" and not answer.unused
    assert _codes(answer) == {lowest["code"]}
    assert "テーマ" in answer.summary and "".join(lowest["themes"]) in answer.summary.replace("・", "")


@pytest.mark.parametrize("question, field", [
    ("連携事業で既に実施済みでないもの", "done"),
    ("今年度実施予定ではない連携事業", "planned"),
])
def test_a_joint_project_cell_said_not_to_be(assistant, question, field):
    answer = assistant.ask(question)
    assert answer.status == "exact", answer.summary
    assert answer.rows and all(not r.get(field) for r in answer.rows)


def test_tanto_alone_asks_the_department_of_the_rows_talked_about(assistant):
    assistant.ask("取組項目12の実践項目")
    narrowed = assistant.ask("そのうちR5がA")
    answer = assistant.ask("担当はどこ")
    assert answer.status == "exact" and _codes(answer) == _codes(narrowed)
    assert answer.value and answer.value in "、".join(narrowed.rows[0]["departments"])


def test_the_sheet_named_in_full_is_the_program_kind(assistant):
    answer = assistant.ask("事務事業評価シートの成果指標は何")
    assert answer.status == "exact" and not answer.unused
    assert answer.rows and all(r["type"] == "成果指標" for r in answer.rows)


@pytest.mark.parametrize("question, expected", [
    ("複数の課が担当している実践項目は何件", lambda r: len(r["departments"]) >= 2),
    ("一つの課だけで担当している実践項目の数", lambda r: len(r["departments"]) == 1),
])
def test_several_departments_said_in_words(assistant, question, expected):
    answer = assistant.ask(question)
    everyone = assistant.ask("実践項目").rows
    assert answer.status == "exact" and answer.value == sum(1 for r in everyone if expected(r))


def test_two_departments_working_together_means_both(assistant):
    answer = assistant.ask("政策推進課と財政課が共同で担当している実践項目")
    assert answer.status == "exact" and answer.rows
    for r in answer.rows:
        cells = "、".join(r["departments"])
        assert "政策推進課" in cells and "財政課" in cells
    either = assistant.ask("政策推進課か財政課が担当する実践項目")
    assert len(either.rows) > len(answer.rows)


def test_a_field_said_with_its_state_is_not_the_asked_value(assistant):
    answer = assistant.ask("取組終了が継続中の実践項目はいくつ")
    assert answer.status == "exact" and answer.value == len(answer.rows) == len(assistant.ask("継続中の実践項目").rows)


def test_a_grade_said_with_its_year_and_a_fall_from_another_year(assistant):
    answer = assistant.ask("令和５年度に評価がBで、令和４年度より評価が下がった実践項目")
    assert answer.status == "exact" and answer.rows
    assert all(r["r5"] == "B" and r["r4"] == "A" for r in answer.rows)
    assert len(answer.rows) == sum(1 for r in assistant.ask("実践項目").rows if r["r5"] == "B" and r["r4"] == "A")


def test_the_most_common_value_of_a_field_among_conditioned_rows(assistant):
    answer = assistant.ask("総合評価がAの実践項目の担当部署で一番多いのは何件")
    assert answer.status == "exact" and all(r["overall"] == "A" for r in answer.rows)
    assert answer.value == len(answer.rows)


def test_a_score_band_and_none_at_all(assistant):
    band = assistant.ask("委員評価が3点台の取組項目")
    assert band.status == "exact" and band.rows and all(3 <= float(r["committee_score"]) < 4 for r in band.rows)
    none = assistant.ask("委員の意見が1件もない取組項目")
    assert none.status == "no_match" and not none.unused


def test_a_verb_comparing_two_used_fields_is_said_unused(assistant):
    answer = assistant.ask("取組項目の自己評価と委員評価が食い違っているもの")
    assert answer.status == "partial" and answer.unused == ["食い違っている"]


def test_every_year_of_a_span_said_with_zenbu_and_a_field_year_negated(assistant):
    assistant.ask("R2～R5の年度評価が全部Aの実践項目は？")
    answer = assistant.ask("その中で、取組終了がR6じゃないのはどれ？")
    assert answer.status == "exact" and answer.rows
    assert all(r["r2"] == r["r3"] == r["r4"] == r["r5"] == "A" and r["ended"] != "R6" for r in answer.rows)


def test_never_over_a_span_said_with_dono_nendo_demo(assistant):
    answer = assistant.ask("R2～R5のどの年度でも一度もAを取っていない実践項目は何件？")
    everyone = assistant.ask("実践項目").rows
    assert answer.status == "exact"
    assert answer.value == sum(1 for r in everyone if "A" not in (r["r2"], r["r3"], r["r4"], r["r5"]))


def test_a_title_with_quotes_inside_names_its_record(assistant):
    answer = assistant.ask("職員人材育成と「働き方改革」の推進の実践項目で、行政監理室以外が担当してるものは？")
    assert answer.status == "no_match" and not answer.unused


def test_the_department_asked_as_dokono_ka_then_its_other_items(assistant):
    first = assistant.ask("市税のキャッシュレス化ってどこの課の担当？")
    assert first.status == "exact" and "納税課" in first.value
    others = assistant.ask("同じ課がやってる他の実践項目は？")
    assert others.status == "exact" and others.rows
    assert all("納税課" in "、".join(r["departments"]) and r["code"] != first.rows[0]["code"] for r in others.rows)


def test_a_field_of_the_record_the_previous_rows_belong_to(assistant):
    assistant.ask("AIの活用の実践項目は？")
    comments = assistant.ask("それに対する委員の意見を見せて")
    assert comments.status == "exact" and 0 < len(comments.rows) < 20
    score = assistant.ask("委員評価は何点だった？")
    initiative = assistant.ask("AIの活用の取組項目の委員評価は")
    assert score.status == "exact" and score.value == initiative.value


@pytest.mark.parametrize("question, field", [
    ("「既に実施」の欄に何も入っていない連携事業はどれ", "done"),
    ("「今年度実施予定」が空欄の連携事業", "planned"),
])
def test_a_quoted_label_is_the_field(assistant, question, field):
    answer = assistant.ask(question)
    assert answer.status == "exact" and answer.rows and all(not r.get(field) for r in answer.rows)


def test_averages_compared_are_the_stored_fields_of_each_initiative(assistant):
    answer = assistant.ask("進捗度の平均が創造性の平均を上回ってる取組項目は？")
    assert answer.status == "exact"
    assert {r["code"] for r in answer.rows} == {r["code"] for r in assistant.ask("取組項目").rows
                                                if float(r["progress"]) > float(r["creativity"])}


def test_a_follow_up_after_a_place_with_no_document_stays_there(assistant):
    first = assistant.ask("札幌市の実践項目")
    assert first.status == "no_match" and not first.error
    follow = assistant.ask("そのうち総合評価がAのもの")
    assert not follow.error and follow.status != "exact" and not follow.rows


def test_a_follow_up_keeps_the_city_and_another_city_replaces_it(assistant):
    first = assistant.ask("苫小牧市の実践項目で総合評価がC")
    assert first.status == "exact" and not first.error and first.rows
    follow = assistant.ask("そのうち担当が納税課のもの")
    assert not follow.error and any(c["label"] == "「苫小牧市」の資料" for c in follow.understood)


def test_both_cities_departments_compared_name_the_joint_projects(assistant):
    answer = assistant.ask("岡山市と倉敷市で担当部署の名前が同じになってる事業")
    assert answer.status == "exact" and answer.target == "joint_project" and answer.rows


def test_the_parts_of_the_one_record_the_conversation_is_on(assistant):
    assistant.ask("AIの活用の取組")
    assistant.ask("委員評価は？")
    answer = assistant.ask("委員の意見で高齢者について触れてるのある？")
    assert answer.status == "exact" and answer.rows
    assert all(r["code"].startswith("16-") and "高齢者" in r["text"] for r in answer.rows)
    fresh = assistant.ask("取組項目16の委員の意見")
    assert {r["code"] for r in answer.rows} <= {r["code"] for r in fresh.rows}


def test_the_record_the_previous_one_belongs_to_and_a_difference_of_extremes(assistant):
    assistant.ask("動物火葬場の廃止")
    answer = assistant.ask("それが属する取組項目の委員評価は何点でしたか")
    assert answer.status == "exact" and len(answer.rows) == 1 and answer.value is not None
    assistant.reset()
    diff = assistant.ask("委員評価のいちばん高い取組といちばん低い取組の差はどれくらい？")
    scores = [float(r["committee_score"]) for r in assistant.ask("取組項目").rows]
    assert diff.status == "exact" and diff.value == round(max(scores) - min(scores), 2)


def test_part_of_a_title_an_initiative_shares_with_its_practice_item(assistant):
    """「町内会の活性化」: the head of 取組項目10's title (its tail …に向けた取組 unsaid), which practice item 25
    also bears; its comments are the initiative's."""
    answer = assistant.ask("町内会の活性化について委員の意見は何件ありますか")
    fresh = assistant.ask("取組項目10の委員の意見は何件")
    assert answer.status == "exact" and answer.value == fresh.value and answer.value > 2


def test_a_calendar_year_with_its_months_in_brackets(assistant):
    answer = assistant.ask("2021年中（1月〜12月）に取組終了した実践項目ってどれ？")
    ranged = assistant.ask("2021年1月から12月の間に取組終了した実践項目")
    assert answer.status == "exact" and answer.rows
    assert {r["code"] for r in answer.rows} == {r["code"] for r in ranged.rows}
    assert all(str(r["ended_month"]).startswith("2021-") for r in answer.rows)
