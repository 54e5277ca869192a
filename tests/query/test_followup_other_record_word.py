"""「AIの活用の審議会評価平均って？」→「じゃあRPAは？」: a word alone after one record was named is the record
whose title alone holds it, asked the same figure; 「じゃあ4.0いってないのは？」 is the bound not reached."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("first", ["AIの活用の審議会評価平均って？", "AIの活用の委員評価は？"])
def test_a_word_of_one_title_names_that_record(assistant, db, first):
    code, score = db.execute("SELECT code, committee_score FROM initiative WHERE title LIKE '%RPA%'").fetchone()
    assistant.reset()
    assistant.ask(first)
    answer = assistant.ask("じゃあRPAは？")
    assert answer.status == "exact", answer.summary
    assert [r["code"] for r in answer.rows] == [code]
    assert answer.value == score


def test_a_number_not_reached(assistant, db):
    want = {r[0] for r in db.execute("SELECT code FROM initiative WHERE committee_score < 4.0")}
    assistant.reset()
    assistant.ask("審議会の評価平均が4.0いじょうの取組っていくつ？")
    answer = assistant.ask("じゃあ4.0いってないのは？")
    assert answer.status == "exact", answer.summary
    assert {r["code"] for r in answer.rows} == want


def test_a_year_not_reached_is_no_score():
    from assistant.query.grammar.phrasings import PHRASINGS

    phrasing = next(p for p in PHRASINGS if p.name == "number_not_reached_spoken")
    assert phrasing.apply("R5までいってない") == "R5までいってない"
    assert phrasing.apply("No.5いってない") == "No.5いってない"
