"""Long questions joining conditions (paraphrases141): a negated verb's stem joining two conditions (「一度もCがなく、
かつ…」), the year's self-evaluations as a scope (「年度ごとの自己評価で…」), and a theme left out of records narrowed
before it (「…の取組項目のうち、財政テーマのものを除いて」: only the theme after のうち is negated)."""
import pytest


def _conditions(answer):
    return {(c["field"], c["op"], str(c["value"])) for c in answer.understood}


def test_a_negation_said_by_its_stem_before_a_comma_is_read(assistant):
    joined = assistant.ask("一度もCがなく、かつ取組終了欄が空欄の実践項目")
    apart = assistant.ask("一度もCがない、かつ取組終了欄が空欄の実践項目")
    assert joined.status == "exact" and not joined.unused
    assert {r["key"] for r in joined.rows} == {r["key"] for r in apart.rows}
    assert any(c["op"] == "no_any_eq" for c in joined.understood)


def test_the_yearly_self_evaluations_are_the_years_grades_not_a_count_by_year(assistant):
    answer = assistant.ask("年度ごとの自己評価で一度でもCを付けたことがあるが、総括の総合評価はAになっている実践項目はどれですか。")
    assert answer.status == "exact" and not answer.unused
    assert not any(c["op"] == "group" for c in answer.understood)
    assert all("C" in (r["r2"], r["r3"], r["r4"], r["r5"]) and r["overall"] == "A" for r in answer.rows) and answer.rows


@pytest.mark.parametrize("question", [
    "ICTテーマの取組項目のうち、財政テーマのものを除いて",
    "ICTのテーマに○が付いている取組項目のうち、財政テーマにも○があるものを除いて挙げてください。",
])
def test_only_the_theme_after_the_narrowing_is_left_out(assistant, question):
    answer = assistant.ask(question)
    assert ("themes", "has", "ICT") in _conditions(answer) and ("themes", "not_has", "財政") in _conditions(answer)
    assert answer.status == "exact" and answer.rows
    assert all("ICT" in r["themes"] and "財政" not in r["themes"] for r in answer.rows)


def test_two_themes_kept_and_a_third_left_out(assistant):
    answer = assistant.ask("ICTと人材の両方のテーマに○が付いている取組項目のうち、財政テーマにも○があるものを除いて挙げてください。")
    assert _conditions(answer) == {("themes", "has", "ICT"), ("themes", "has", "人材"), ("themes", "not_has", "財政")}


def test_a_negation_with_no_narrowing_between_still_reaches_every_theme(assistant):
    answer = assistant.ask("ICTにも人材にも含まれない取組項目")
    assert _conditions(answer) == {("themes", "not_has", "ICT"), ("themes", "not_has", "人材")}
