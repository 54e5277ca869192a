"""A word the question quotes (「検証」という言葉) is sought as written: inside a longer word too (再検証), and not
widened to the words of its stance (「懸念」 alone)."""
from __future__ import annotations


def _initiatives_whose_comments_hold(db, word: str) -> set[str]:
    return {str(r["initiative"]) for r in db.query("SELECT initiative, text FROM comment") if word in (r["text"] or "")}


def test_a_quoted_short_word_is_found_inside_a_compound(assistant, db):
    want = _initiatives_whose_comments_hold(db, "検証")
    assert want
    answer = assistant.ask("委員の意見で「検証」という言葉が出てくる取組項目はどれ？")
    assert answer.status == "exact", answer.summary
    assert {str(r["code"]) for r in answer.rows} == want


def test_a_quoted_word_is_not_widened_to_its_stance(assistant, db):
    want = _initiatives_whose_comments_hold(db, "懸念")
    assert want
    answer = assistant.ask("委員の意見で「懸念」という言葉が出てくる取組項目は？")
    assert {str(r["code"]) for r in answer.rows} == want
