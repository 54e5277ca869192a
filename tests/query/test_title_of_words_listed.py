"""Names listed with と that together are one title's words (「広告料収入とネーミングライツ」 for 広告料収入及び
ネーミングライツ導入の拡大) name that record, also for its yearly parts (取組上の課題 of a year)."""
from __future__ import annotations


def test_words_listed_name_one_title(assistant, db):
    code = db.execute("SELECT code FROM practice WHERE title LIKE '%広告料収入%' AND title LIKE '%ネーミングライツ%'").fetchone()[0]
    answer = assistant.ask("広告料収入とネーミングライツの、R2の課題は？")
    assert [r["practice"] for r in answer.rows] == [code], answer.summary
    assert all(r["year"] == "R2" for r in answer.rows)


def test_words_of_two_titles_name_neither(assistant):
    # (each word in a title of its own: no one title holds them both)
    answer = assistant.ask("ネーミングライツとRPAの実践項目")
    assert not any(c["field"] in ("@title", "code", "practice") and c["op"] in ("=", "~=")
                   for c in answer.query["conditions"]), answer.summary
