"""Set operations between two conditions (grammar/set_operations.py, set_operations.py): each side read by the
whole grammar, joined by exclusive or, or, and-not; a side that is not read leaves the answer unsure."""
from __future__ import annotations

import pytest

from assistant.query.grammar.set_operations import RULES, cut


@pytest.mark.parametrize("rule, question, expected", [pytest.param(r, q, e, id=f"{r.name}:{q}")
                                                      for r in RULES for q, e in r.examples])
def test_rule_examples(rule, question, expected):
    found = cut(question)
    assert found is not None and found[0] is rule and found[1] == expected


def _codes(answer) -> set[str]:
    return {r["key"].split(":", 1)[1] for r in answer.rows}


def _want(db, kind: str, where: str) -> set[str]:
    return {r["code"] for r in db.query(f"SELECT code FROM [{kind}] WHERE {where}")}


_HAS = "EXISTS (SELECT 1 FROM json_each(themes) j WHERE j.value = '{}')"


def test_one_of_two_themes_only(assistant, db):
    answer = assistant.ask("協働と民活、どちらか一方のテーマだけに入っている取組項目")
    want = _want(db, "initiative", f"({_HAS.format('協働')}) <> ({_HAS.format('民活')})")
    assert answer.status == "exact" and want and _codes(answer) == want
    both = _want(db, "initiative", f"{_HAS.format('協働')} AND {_HAS.format('民活')}")
    assert both and not both & _codes(answer)


def test_one_of_two_conditions_of_other_fields_only(assistant, db):
    answer = assistant.ask("担当部署の自己評価がAか、委員評価が4.0以上か、どちらか一方だけに当てはまる取組項目")
    want = _want(db, "initiative", "(coalesce(self_overall, '') = 'A') <> (coalesce(committee_score, 0) >= 4.0)")
    assert answer.status == "exact" and want and _codes(answer) == want


def test_one_of_the_years_said_before_only(assistant, db):
    answer = assistant.ask("R3とR4の両方に評価がある実践項目のうち、どちらか一方の年度だけA評価のもの")
    want = _want(db, "practice", "r3 IN ('A', 'B', 'C', 'D') AND r4 IN ('A', 'B', 'C', 'D') AND (r3 = 'A') <> (r4 = 'A')")
    assert answer.status == "exact" and want and _codes(answer) == want


def test_either_of_two_scores(assistant, db):
    answer = assistant.ask("進捗度か創造性のどちらかが3の実践項目は何件？")
    assert answer.status == "exact" and answer.count == len(_want(db, "practice", "progress = 3 OR creativity = 3"))


def _remarks(db) -> dict[str, tuple[str, str]]:
    return {r["code"]: (r["initiative"], r["text"]) for r in db.query("SELECT code, initiative, text FROM comment")}


def _on(remarks, word: str) -> set[str]:
    """The records some remark on which holds the word (the remarks on one record read together)."""
    return {i for i, t in remarks.values() if word in t}


def test_one_word_but_not_the_other(assistant, db):
    """The remarks on an item read together: 負担 among them, 削減 nowhere among them."""
    answer = assistant.ask("「負担」には触れているけど「削減」には触れていない委員の意見")
    remarks = _remarks(db)
    items = _on(remarks, "負担") - _on(remarks, "削減")
    want = {c for c, (i, t) in remarks.items() if i in items and "負担" in t}
    assert answer.status == "exact" and want and _codes(answer) == want
    assert any("まとめて" in n for n in answer.notes)


def test_one_of_two_words_only(assistant, db):
    answer = assistant.ask("「外国人」と「安全」、どちらか一方だけが出てくる委員の意見はどれ？")
    remarks = _remarks(db)
    items = _on(remarks, "外国人") ^ _on(remarks, "安全")
    want = {c for c, (i, t) in remarks.items() if i in items and ("外国人" in t or "安全" in t)}
    assert answer.status == "exact" and want and _codes(answer) == want


def test_a_side_not_read_is_never_answered_as_read(assistant):
    answer = assistant.ask("協働とふわふわ、どちらか一方のテーマだけに入っている取組項目")
    assert answer.status != "exact"
