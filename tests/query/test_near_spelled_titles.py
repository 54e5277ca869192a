"""A compound said in a spelling no record writes (「コンビニ納付」) is read as the one title whose words are near it (its
head as said, its tail in place of the title's two-kanji word sharing a kanji: 収納), and the answer says so first
(partial); a tail near no word of the title is no such reading (the word stays unused)."""
from __future__ import annotations

import pytest

from assistant.text.normalize import nfkc


def _title_with(db, *words: str) -> str:
    for code, title in db.execute("SELECT code, title FROM joint_project"):
        if all(w in nfkc(str(title)) for w in words):
            return str(code)
    pytest.skip(f"no joint project titled with {words}")


def test_tail_near_a_title_word_reads_that_title_and_says_so(assistant, db):
    code = _title_with(db, "コンビニ", "収納")
    answer = assistant.ask("岡山倉敷のコンビニ納付の連携事業")
    assert [r["code"] for r in answer.rows] == [code], answer.summary
    assert answer.status == "partial" and answer.summary.startswith("「コンビニ納付」は本文に見当たらない表記"), answer.summary
    assert not answer.unused


def test_tail_sharing_no_kanji_is_no_reading(assistant, db):
    _title_with(db, "コンビニ", "収納")
    answer = assistant.ask("岡山倉敷のコンビニ撤退の連携事業")
    assert answer.status != "exact" and "見当たらない表記" not in answer.summary, answer.summary
