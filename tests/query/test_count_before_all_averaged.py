"""「4つの推進方針の令和7年度達成率を平均すると」: a count said before the kind a mean or a sum of them all is asked of
only restates how many there are (phrasings.count_before_all_averaged); a count that is a condition is left as said."""
from assistant.query.grammar.phrasings import rephrase


def test_count_before_a_mean_of_all_is_dropped():
    assert rephrase("4つの推進方針の令和7年度達成率を平均すると何％？").startswith("推進方針の令和7年度")
    assert rephrase("3つの部会の事業費を合計すると").startswith("部会の事業費")


def test_count_that_is_a_condition_is_left_as_said():
    assert rephrase("3つの課が担当している実践項目").startswith("3つの課")
    assert "2つの" in rephrase("2つの取組項目の評価を教えて")


def test_mean_over_a_generic_table_with_the_count_said(assistant):
    # (the corpus has no table of that shape: the count must at least not stop the question being read)
    a = assistant.ask("4つの推進方針の令和7年度達成率を平均すると何％？")
    assert "4つ" not in " ".join(str(u.get("label", "")) for u in a.understood)
