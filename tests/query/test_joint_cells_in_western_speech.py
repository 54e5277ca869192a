"""Joint projects asked in western (Kyushu) speech and with the cell's verb said: 「書いとらん」 is 書いていない,
「実施する予定」 is the 今年度に実施予定 cell, 「空欄のは数えんで」 said of a count of kinds asks nothing more
(a blank is no kind), 「多か」 is 多い, 「協議中っちなっとる」 is 協議中となっている (counted from the index)."""
from __future__ import annotations

import pytest

from assistant.query.grammar.phrasings import rephrase


def _codes(db, where: str) -> set[str]:
    return {r[0] for r in db.execute(f"SELECT code FROM joint_project WHERE {where}")}


@pytest.mark.parametrize("question", [
    "H17に実施予定の欄がなんも書いとらん事業は？",
    "今年度に実施する予定が書かれていない連携事業はどれですか",
])
def test_planned_cell_blank_said_otherwise(assistant, db, question):
    answer = assistant.ask(question)
    assert answer.status == "exact", answer.summary
    assert {r["code"] for r in answer.rows} == _codes(db, "planned IS NULL OR planned = ''")


def test_blank_not_counted_as_a_kind(assistant, db):
    want = len({r[0] for r in db.execute("SELECT subcommittee FROM joint_project WHERE coalesce(subcommittee, '') <> ''")})
    for question in ("部会の種類って何個あると？空欄のとは数えんで", "部会は何種類？空欄は除いて"):
        answer = assistant.ask(question)
        assert answer.status == "exact", answer.summary
        assert answer.count == want


def test_blank_left_out_is_not_dropped_from_a_plain_count(assistant):
    # (said of a count of records, 「空欄は除いて」 is not this rule's: it is no count of kinds)
    answer = assistant.ask("連携事業は何件？空欄のは数えないで")
    assert not (answer.status == "exact" and answer.count == 26 and not answer.query["conditions"]), answer.summary


def test_western_speech_rephrased():
    assert rephrase("まだ協議中っちなっとる連携事業") == "まだ協議中となっている連携事業"
    assert rephrase("いちばん事業の多か部会") == "いちばん事業の多い部会"
    # (the verb 取る is left as said)
    assert rephrase("Aをとる取組") == "Aをとる取組"
    assert rephrase("勝ちとる") == "勝ちとる"
    assert rephrase("寄附を受けとる") == "寄附を受けとる"


def test_subcommittee_glossed_as_rotating_left_out(assistant, db):
    # 「納税部会（持ち回り）は除いて」: the 部会 left out by name, glossed in brackets by its rotating chair.
    rotating = next(r[0] for r in db.execute("SELECT subcommittee FROM joint_project WHERE chair_city LIKE '%・%'"))
    answer = assistant.ask(f"部会長が岡山市の連携事業は？{rotating}（持ち回り）は除いて。")
    assert answer.status == "exact", answer.summary
    assert {r["code"] for r in answer.rows} == _codes(db, f"chair_city = '岡山市' AND coalesce(subcommittee, '') <> '{rotating}'")
