"""Verification questions: the records or count the asker presumes are taken off as a claim, the question proper is
answered in full, and the summary says first whether the presumption holds (claimed_items.py)."""
import pytest

from assistant.query.claimed_items import CLAIMS, claim_read

CASES = [(c, question, expected) for c in CLAIMS for question, expected in c.examples]


def test_every_claim_rule_has_examples_that_it_reads_and_one_it_leaves():
    assert all(any(e is not None for _, e in c.examples) and any(e is None for _, e in c.examples) for c in CLAIMS)


@pytest.mark.parametrize("claim,question,expected", CASES, ids=[f"{c.name}:{q}" for c, q, _ in CASES])
def test_claim_example(claim, question, expected):
    assert claim_read(claim, question) == (tuple(expected) if expected is not None else None)


def _codes(answer):
    return {str(r["code"]) for r in answer.rows}


def test_presumed_numbers_are_not_a_condition_and_the_true_records_are_given(assistant):
    plain = assistant.ask("R3に終わった実践項目は？")
    answer = assistant.ask("R3に終わったのは12番と19番の2件だけですよね？")
    assert len(plain.rows) > 2 and {"12", "19"} < _codes(plain)
    assert _codes(answer) == _codes(plain)
    assert answer.status == "exact" and not answer.unused
    assert answer.summary.startswith(f"いいえ、条件に合うのは{len(plain.rows)}件です")
    assert answer.question == "R3に終わったのは12番と19番の2件だけですよね？"


def test_a_presumption_that_holds_is_confirmed(assistant):
    plain = assistant.ask("総括の進捗度が1の実践項目は？")
    codes = sorted(_codes(plain))
    said = "と".join(f"{c}番" for c in codes)
    answer = assistant.ask(f"総括の進捗度が1だったのは{said}だけ、という理解で合っていますか。")
    assert _codes(answer) == set(codes)
    assert answer.summary.startswith("はい、")


def test_a_presumed_number_that_does_not_hold_is_named(assistant):
    answer = assistant.ask("委員評価が最も低いのは10番と14番という理解で合っていますか。")
    assert _codes(answer) == {"10"}
    assert answer.summary.startswith("いいえ、条件に合うのは1件です") and "14番は当てはまりません" in answer.summary


def test_the_kind_said_after_the_number_is_asked_for(assistant):
    """「…に触れているのは8番の取組だけ」: 取組 is what is asked (the initiatives), 8番 only the belief."""
    answer = assistant.ask("委員の意見で「LINE」に触れているのは8番の取組だけ、という理解で合っていますか。")
    assert answer.target == "initiative" and "8" not in _codes(answer) and answer.rows
    assert "8番は当てはまりません" in answer.summary


def test_a_presumed_name_is_checked_against_the_records(assistant):
    answer = assistant.ask("図書館に関する事例は岩手県だけですよね？")
    assert len(answer.rows) >= 2
    assert answer.summary.startswith("いいえ、") and "岩手県のほかに" in answer.summary


@pytest.mark.parametrize("question,asked", [
    ("取組終了欄が空欄（継続中）の実践項目は10件という理解で正しいですか。正しい件数を教えてください。",
     "取組終了欄が空欄の実践項目は何件？"),
    ("R3に終わった実践項目は2件だけだったと記憶していますが、実際には何件ですか。", "R3に終わった実践項目は何件？"),
])
def test_a_believed_count_is_corrected_with_the_true_count(assistant, question, asked):
    true = assistant.ask(asked)
    answer = assistant.ask(question)
    assert answer.count == true.count and true.count not in (2, 10)
    assert answer.summary.startswith(f"いいえ、{true.count}件です")


def test_a_presumed_value_of_one_record_is_checked_against_that_value(assistant):
    """「…の担当部署は市民課だけですか」: the belief is of the value asked, not of which records there are."""
    plain = assistant.ask("証明発行手数料等のキャッシュレス化の担当部署は？")
    wrong = assistant.ask("証明発行手数料等のキャッシュレス化の担当部署は市民課だけですか")
    assert plain.value and wrong.value == plain.value and "市民課" not in str(plain.value)
    assert wrong.summary.startswith("いいえ、") and "市民課ではありません" in wrong.summary
    office = str(plain.value).split(")")[-1]
    right = assistant.ask(f"証明発行手数料等のキャッシュレス化の担当部署は{office}だけですよね")
    assert right.summary.startswith("はい、")


def test_only_asked_as_a_question_is_a_presumption_but_a_bare_number_asked_is_not(assistant):
    answer = assistant.ask("R4に終了したのは8番と9番だけですか？")
    assert answer.summary.startswith("いいえ、") and len(answer.rows) > 2
