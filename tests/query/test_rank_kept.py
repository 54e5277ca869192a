"""A question asked again (in another conversation, after others) is ranked from the work kept for it
(Ranker._kept): the same excerpts in the same order, and the same answer, as the first time and as on a
fresh Ranker."""
from __future__ import annotations

from assistant.query.conversation import Assistant
from assistant.query import rank
from assistant.query.rank import Ranker, ranker

QUESTIONS = [
    "モデル事業紹介のインタビューに答えている市職員は誰？",
    "大阪城公園のパークマネジメント事業はどこの自治体の事例？",
    "公共施設等総合管理基金をつくった自治体は？",
    "投票率に言及した委員意見はどれ？",
    "広報紙の紙面交流で「広報くらしき」に載ったのはどの号？",
]


def _answer(db, question: str) -> dict:
    return Assistant(db).ask(question).to_dict()


def _fresh(db, question: str) -> list[dict]:
    r = Ranker(db)  # nothing kept: the question ranked as for the first time
    return r.rank(r.need(question), [])


def test_ranked_again_from_the_kept_work_as_the_first_time(db):
    first = {q: _fresh(db, q) for q in QUESTIONS}
    assert all(first.values())
    kept = Ranker(db)
    for q in QUESTIONS + QUESTIONS[::-1]:  # the second time each from its kept work, the others ranked between
        assert kept.rank(kept.need(q), []) == first[q], q
    assert len(kept._kept) == len(QUESTIONS)


def test_answers_asked_again_are_the_answers_of_the_first_time(db):
    first = {}
    for q in QUESTIONS:
        rank._RANKERS.pop(db, None)  # a fresh Ranker for each: nothing kept
        first[q] = _answer(db, q)
    rank._RANKERS.pop(db, None)
    for q in QUESTIONS + QUESTIONS[::-1]:
        assert _answer(db, q) == first[q], q
    assert ranker(db)._kept
