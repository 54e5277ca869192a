"""How many the asker wants named (「…自治体を二つ」) is no word of the records: taken off before the question is
read, and an answer finding another number says so first and is partial (named_count.py)."""
import pytest

from assistant.query.named_count import EXAMPLES, named_count


@pytest.mark.parametrize("question,asked,wanted", EXAMPLES, ids=[q for q, _, _ in EXAMPLES])
def test_named_count_example(question, asked, wanted):
    assert named_count(question) == (asked, wanted)


def _codes(answer):
    return {str(r["code"]) for r in answer.rows}


def test_the_number_to_name_is_no_condition_of_the_text(assistant):
    plain = assistant.ask("図書館についての取組事例が出ている自治体は？")
    assert len(plain.rows) == 2
    answer = assistant.ask("図書館についての取組事例が出ている自治体を二つ")
    assert _codes(answer) == _codes(plain)
    assert answer.status == "exact" and not answer.unused
    assert all("2つ" not in str(c.get("value")) for c in answer.query["conditions"])
    assert answer.question == "図書館についての取組事例が出ている自治体を二つ"


def test_another_number_found_is_said_first_and_not_sure(assistant):
    answer = assistant.ask("図書館についての取組事例が出ている自治体を三つ")
    assert len(answer.rows) == 2
    assert answer.status == "partial"
    assert answer.summary.startswith("3つ挙げるよう求められましたが、見つかったのは2件です")
