"""Wordings of the holdout paraphrases112 and its neighbours, each asked in other words: 「一度もA以外の評価が
なかった」 (以外 turning the grade round: every year graded with it)."""
from __future__ import annotations

from tests.conversation_helpers import ask


def _codes(answer) -> list[str]:
    return [str(r["code"]) for r in answer.rows]


def test_never_other_than_a_grade_is_every_year_with_it(assistant):
    every = ask(assistant, "R2からR5まで毎年A評価の実践項目")
    never_other = ask(assistant, "R2〜R5の間、A以外の評価が一度もついていない実践項目")
    assert never_other.status == "exact" and _codes(every), every.summary
    assert sorted(_codes(never_other)) == sorted(_codes(every)), never_other.summary
    never_a = ask(assistant, "R2〜R5で一度もAがなかった実践項目")
    assert not set(_codes(never_a)) & set(_codes(never_other))


def test_an_amount_of_a_total_is_not_the_score_total(assistant):
    answer = ask(assistant, "RPAの導入の合計額は？")
    assert answer.status != "exact" and answer.value is None, answer.summary
    assert ask(assistant, "RPAの導入の合計は？").value is not None


def test_the_kind_of_record_said_names_none_of_them(assistant):
    answer = ask(assistant, "広告料収入・ネーミングライツの実践項目、R5の広告料とネーミングライツの合計額は？")
    assert answer.value == 40889 and "40,889千円" in answer.summary, answer.summary


def test_no_record_of_carrying_out_said_before_the_next_clause(assistant):
    plain = ask(assistant, "実施実績がない連携事業")
    answer = ask(assistant, "連携事業のうち、まだ実施実績がなくて協議中のものは？")
    assert answer.status == "exact" and any(c["field"] == "done" and c["op"] == "empty" for c in answer.understood)
    assert {r["code"] for r in answer.rows} <= {r["code"] for r in plain.rows} and answer.rows


def test_the_bureau_holding_the_most_items_said_with_its_object(assistant):
    plain = ask(assistant, "実践項目が一番多い部局は？")
    answer = ask(assistant, "部局別に見て実践項目を一番多く担当している部局は？括弧の略称で")
    assert answer.value == plain.value and answer.value is not None and not answer.unused, answer.summary


def test_a_number_of_companies_in_one_years_entries(assistant):
    answer = ask(assistant, "企業版ふるさと納税、R4は何社からいくら来た？")
    assert answer.value == 17 and "17社" in answer.summary and "238,981,858" in answer.summary, answer.summary
    assert answer.status == "search"
    assert ask(assistant, "企業版ふるさと納税、R9は何社？").value is None


def test_a_talk_from_members_is_their_comments(assistant):
    plain = ask(assistant, "委員の意見でコロナに触れている取組は？")
    answer = ask(assistant, "委員からコロナの話が出てる取組は？")
    assert answer.target == "comment" and answer.status == "exact", answer.summary
    assert {str(r["key"]).split(":")[1].split("-")[0] for r in answer.rows} == {str(r["code"]) for r in plain.rows}


def test_the_summary_reason_named_as_its_reason_of_evaluation(assistant):
    answer = ask(assistant, "実践項目１について、５年間の取組で獲得した寄附の総額を総括の評価理由からお示しください。")
    assert answer.target == "self_eval" and "820万円" in answer.summary, answer.summary
    assert any(u["field"] == "reason_overall" for u in answer.understood)


def test_above_the_goal_said_against_it(assistant):
    plain = ask(assistant, "まんまるよやくの登録数、2022年度は目標を何件上回った？")
    answer = ask(assistant, "まんまるよやくの登録数、2022年度は目標値に対して何件上回った？")
    assert answer.status == "exact" and answer.value == plain.value and plain.value is not None, answer.summary


def test_the_figures_printed_of_one_name_added_up(assistant):
    answer = ask(assistant, "R4の東南部連絡調整会議の研修会、参加者数が書いてあるものの合計は何人？")
    both = ask(assistant, "研修会とバスツアーの参加者数を全部足すと何人")
    assert answer.status == "search" and answer.value is not None and both.value is not None, answer.summary
    assert answer.value < both.value  # (the bus tour names no 研修会: not added)
