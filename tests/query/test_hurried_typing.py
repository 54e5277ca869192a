"""Hurried questions (paraphrases134): an era clipped to one character (令3), a field explained in brackets
(合計点（平均値の合計）), a parent's field ordering its parts (comments by their 取組項目's 委員評価), bureau marks
said of the department without 部, an amount word ending the question, and what one record introduced.
Expected values are computed from the index's own cells."""
from __future__ import annotations

import json

import pytest

_RANK = {"A": 3, "B": 2, "C": 1}


def test_an_era_clipped_to_one_character_is_the_era(assistant, db):
    want = {r["code"] for r in db.query("SELECT code, r3, r4 FROM practice")
            if r["r3"] in _RANK and r["r4"] in _RANK and _RANK[r["r4"]] > _RANK[r["r3"]]}
    answer = assistant.ask("令3より令4で評価上がった実践項目どれ")
    assert answer.status == "exact", answer.summary
    assert {r["code"] for r in answer.rows} == want


def test_words_that_are_no_clipped_era_are_left_as_said():
    from assistant.query.grammar.phrasings import PHRASINGS

    clipped = next(p for p in PHRASINGS if p.name == "era_clipped")
    for said in ("平均3以上", "令和4年度", "命令3件", "平成30年"):
        assert clipped.apply(said) == said


def test_a_field_explained_in_brackets_is_the_field(assistant, db):
    lowest = min(float(r["total"]) for r in db.query("SELECT total FROM initiative WHERE total IS NOT NULL"))
    answer = assistant.ask("取組項目の合計点（平均値の合計）が一番低いのは")
    assert answer.status == "exact", answer.summary
    assert [float(r["total"]) for r in answer.rows] == [lowest]
    assert any("説明" in n for n in answer.notes)


def test_comments_are_ordered_by_their_initiatives_committee_score(assistant, db):
    assistant.reset()
    first = assistant.ask("委員意見で外国人に触れてるのどれ")
    scores = {r["initiative"]: float(db.execute("SELECT committee_score FROM initiative WHERE code = ?",
                                                [r["initiative"]]).fetchone()[0]) for r in first.rows}
    assert len(set(scores.values())) >= 2
    best = max(scores.values())
    answer = assistant.ask("その中で委員表価が高いほうは")
    assert any("委員評価" in n and "読み替え" in n for n in answer.notes)  # the typo corrected, and said
    assert answer.status == "exact", answer.summary
    assert {r["initiative"] for r in answer.rows} == {i for i, s in scores.items() if s == best}
    assert {e["key"].split(":")[1].split("-")[0] for e in answer.excerpts if e["key"].startswith("comment:")} \
        <= {i for i, s in scores.items() if s == best}


@pytest.mark.parametrize("question", ["実践項目の担当部署、略号の種類は何種類", "実践項目の担当部署の略称はいくつ"])
def test_bureau_marks_said_of_the_department(assistant, db, question):
    marks = set()
    for r in db.query("SELECT departments FROM practice"):
        for d in json.loads(r["departments"] or "[]"):
            if d[:1] in "(（" and d[2:3] in ")）":
                marks.add(d[1])
    answer = assistant.ask(question)
    assert answer.status == "exact", answer.summary
    assert answer.count == len(marks)


def test_an_amount_word_ending_the_question_asks_the_amount(assistant):
    answer = assistant.ask("実践項目3の広告とネーミングライツ、R6の合計金額")
    assert answer.value is not None and answer.value > 0, answer.summary
    assert "合計" in answer.summary and "千円" in answer.summary


def test_what_one_record_introduced_is_read_from_its_entries(assistant, db):
    rows = [r for r in db.query("SELECT practice_key, result FROM sheet_entry WHERE result LIKE '%」を導入した%'")]
    assert rows
    key, text = rows[0]["practice_key"], rows[0]["result"]
    name = text.split("」を導入した")[0].rsplit("「", 1)[1]
    code = key.split(":", 1)[1]
    answer = assistant.ask(f"実践項目{code}で何を導入した？")
    assert name in answer.summary
    assert answer.excerpts and name in answer.excerpts[0]["text"]
