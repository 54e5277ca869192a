"""「委員の意見で高齢者への対応を求めている取組項目」: what a remark asks to be dealt with is its topic — the remarks
holding the word, the request itself no word to find (computed from the index's comments)."""
from __future__ import annotations


def test_a_request_about_a_topic_is_read_as_the_topic(assistant, db):
    want = {str(r["initiative"]) for r in db.query("SELECT initiative, text FROM comment") if "高齢者" in (r["text"] or "")}
    assert want
    answer = assistant.ask("委員の意見で高齢者への対応を求めている取組項目は？")
    assert {str(r["code"]) for r in answer.rows} == want
    assert any("高齢者" in n for n in answer.notes)
