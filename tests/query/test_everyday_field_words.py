"""A resident desk's everyday words for the report's fields (成績 for a year's grade, 委員の点数 for the committee's
score), years said as times or as a whole year's months, and the ranking of a year's grade against the overall
grade: each answers as the document's own wording does, on the shipped corpus's index."""
from __future__ import annotations

import pytest


def _codes(answer) -> set[str]:
    return {r["code"] for r in answer.rows}


@pytest.mark.parametrize("everyday, formal", [
    ("2020年度の成績がCだった実践項目", "R2の評価がCだった実践項目"),
    ("4年間毎年Aの成績だった実践項目", "4年間毎年Aの評価だった実践項目"),
    ("R2のときよりR5の成績が下がった実践項目", "R2よりR5の評価が下がった実践項目"),
])
def test_seiseki_is_the_years_grade(assistant, everyday, formal):
    said, asked = assistant.ask(everyday), assistant.ask(formal)
    assert said.status == "exact" and not said.unused, said.summary
    assert said.rows and _codes(said) == _codes(asked)


@pytest.mark.parametrize("question", ["審議会の委員の点数が4.5以上だった取組項目", "委員の点数が4.5以上の取組項目",
                                      "審議会の点数が4.5以上の取組項目", "委員さんの点数が4.5以上の取組項目"])
def test_iin_no_tensuu_is_the_committee_score_not_the_total(assistant, question):
    answer = assistant.ask(question)
    assert answer.status == "exact", answer.summary
    assert answer.rows and all(float(r["committee_score"]) >= 4.5 for r in answer.rows)
    assert _codes(answer) == _codes(assistant.ask("委員評価が4.5以上の取組項目"))


def test_a_span_then_the_yearly_grades_word_needs_no_grade_at_its_ends(assistant):
    answer = assistant.ask("2020年度から2023年度の年度ごとの成績で、一度でもCがついたことのある実践項目")
    plain = assistant.ask("令和2年度から令和5年度で一度でもCがついた実践項目")
    assert answer.status == "exact" and not answer.unused
    assert _codes(answer) == _codes(plain)
    # (an item graded C in the span and not graded at its last year is still one)
    assert any(r["r5"] in (None, "", "-") for r in answer.rows)


@pytest.mark.parametrize("question", ["令和4年度と令和5年度、2年続けてCだった実践項目", "R4とR5、2年ともCだった実践項目"])
def test_the_number_of_the_years_named_is_no_year(assistant, question):
    answer = assistant.ask(question)
    assert answer.status == "exact" and not answer.unused, answer.summary
    assert _codes(answer) == _codes(assistant.ask("R4とR5がどちらもCだった実践項目"))
    assert not any("R2" in (u.get("label") or "") for u in answer.understood)


def test_the_months_of_one_fiscal_year_said_as_the_year(assistant):
    answer = assistant.ask("2023年4月から2024年3月までの年度のうちに取組が終わった実践項目")
    assert answer.status == "exact", answer.summary
    assert answer.rows and _codes(answer) == _codes(assistant.ask("令和5年度に取組が終わった実践項目"))


@pytest.mark.parametrize("question, year_higher", [
    ("R5の評価より総括の総合評価のほうが低い実践項目", True),
    ("総合評価がR5の評価より高い実践項目", False),
])
def test_a_years_grade_ranked_against_the_overall_grade(assistant, question, year_higher):
    rank = {"A": 3, "B": 2, "C": 1}
    answer = assistant.ask(question)
    assert answer.status == "exact" and not answer.unused, answer.summary
    everyone = [r for r in assistant.ask("実践項目").rows if r.get("r5") in rank and r.get("overall") in rank]
    expected = {r["code"] for r in everyone
                if (rank[r["r5"]] > rank[r["overall"]] if year_higher else rank[r["r5"]] < rank[r["overall"]])}
    assert expected and _codes(answer) == expected


def test_a_share_of_the_records_named_before_no_uchi(assistant):
    named = assistant.ask("RPAの導入の実践項目")
    assistant.reset()
    answer = assistant.ask("RPAの導入の実践項目のうち、総括の総合評価がAなのは何パーセント？")
    share = 100 * sum(1 for r in named.rows if r["overall"] == "A") / len(named.rows)
    assert answer.value == round(share, 1), answer.summary


def test_follow_ups_asking_the_size_of_the_top_group(assistant):
    top = assistant.ask("実践項目をいちばんたくさん担当してる部署はどこ？")
    size = assistant.ask("そこは全部で何件持ってるの？")
    assert size.value == top.count
    assistant.reset()
    assistant.ask("実践項目がいちばん多い取組項目はどれ？")
    each = assistant.ask("それぞれ何項目ずつあるの？")
    assert each.status == "exact" and each.value == max(int(r["n_practice"]) for r in assistant.ask("取組項目").rows)


def test_until_when_it_went_on_is_its_end(assistant):
    answer = assistant.ask("市税のキャッシュレス化っていつまでやってたの？")
    asked = assistant.ask("市税のキャッシュレス化はいつ終了した？")
    assert answer.status == "exact" and answer.value and answer.value == asked.value


def test_still_being_done_is_going_on_and_who_does_it_is_kept(assistant):
    still = assistant.ask("まだやってる実践項目は何件？")
    going = assistant.ask("継続中の実践項目は何件？")
    assert still.status == "exact" and still.value == going.value and still.value < assistant.ask("実践項目は何件？").value
    done_by = assistant.ask("納税課がやってる実践項目")
    assert done_by.rows and all(any("納税課" in d for d in r["departments"]) for r in done_by.rows)
