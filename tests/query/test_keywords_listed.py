"""A word listed beside a word that holds it (「デジタル化とかデジタル関係に言及した」) asks for the broader
word: requiring both found only the narrower word's records, stated as the whole answer."""
from __future__ import annotations


def test_the_broader_of_two_listed_words_is_sought(assistant, db):
    answer = assistant.ask("デジタル化とかデジタル関係に言及した委員意見")
    expected = sorted(r[0] for r in db.execute("SELECT key FROM comment WHERE instr(text, 'デジタル') > 0"))
    assert answer.status == "exact" and answer.target == "comment", answer.summary
    narrower = db.execute("SELECT count(*) FROM comment WHERE instr(text, 'デジタル化') > 0").fetchone()[0]
    assert len(expected) > narrower
    assert sorted(r["key"] for r in answer.rows) == expected
    assert any("広いほう" in n for n in answer.notes)


def test_one_word_alone_is_that_word(assistant, db):
    answer = assistant.ask("デジタル化に言及した委員意見")
    expected = sorted(r[0] for r in db.execute("SELECT key FROM comment WHERE instr(text, 'デジタル化') > 0"))
    assert sorted(r["key"] for r in answer.rows) == expected
