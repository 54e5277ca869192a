"""A newcomer's wordings (paraphrases83): 「AIの活用の審議会評価平均って？」→「じゃあRPAは？」 (a word alone after one
record was named is the record whose title alone holds it, asked the same figure), 「4.0いってない」 (the bound not
reached), other kanji of a field word's reading, a city without 市, the kind said as what holds the records asked."""
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


def test_a_field_word_in_other_kanji_of_its_reading():
    from assistant.query.same_reading import read_as_words

    # (a word the documents write is kept; the first kanji must be the word's)
    assert read_as_words("倉敷の担当部所どこ？", lambda w: False)[0] == "倉敷の担当部署どこ？"
    assert read_as_words("倉敷の担当部所どこ？", lambda w: True)[0] == "倉敷の担当部所どこ？"
    assert read_as_words("倉敷の担当部所どこ？")[0] == "倉敷の担当部所どこ？"


def test_a_municipality_said_without_shi(assistant, db):
    row = db.execute("SELECT title FROM joint_project WHERE title = '観光キャンペーン事業'").fetchone()
    if row is None:
        pytest.skip("no such joint project in this index")
    answer = assistant.ask("観光キャンペーン事業の倉敷の担当部所どこ？")
    full = assistant.ask("観光キャンペーン事業の倉敷市の担当部署どこ？")
    assert answer.status == "exact", answer.summary
    assert answer.value == full.value and "岡山" not in str(answer.value)


def test_the_kind_said_as_what_holds_the_records_asked(assistant, db):
    want = {r[0] for r in db.execute("SELECT code FROM practice WHERE initiative = '20' AND departments LIKE '%行政監理室%'")}
    assistant.reset()
    assistant.ask("行政監理室が担当部署の実践項目っていくつある？")
    answer = assistant.ask("そのうちNo.20の取組に入ってるのだけだと？")
    assert answer.target == "practice", answer.summary
    assert {r["code"] for r in answer.rows} == want


def test_not_done_yet_said_with_a_te_form(assistant, db):
    if "joint_project" not in db.table_names():
        pytest.skip("no joint projects in this index")
    want = {r[0] for r in db.execute("SELECT code FROM joint_project WHERE done IS NULL OR done = ''")}
    answer = assistant.ask("連携事業で、まだ実施してなくて今年度予定だけのやつある？")
    assert any(c["field"] == "done" and c["op"] == "empty" for c in answer.understood), answer.understood
    assert {r["code"] for r in answer.rows} == want
