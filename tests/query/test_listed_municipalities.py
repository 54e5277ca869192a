"""「…を構成している市町は？」 asks for the municipalities themselves: the passage that lists them
(3市1町（青葉市、…）) comes first, not one that only says 各市町 beside the question's words.
A made document no loader was written for."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.query.rank import kind_score, read_question
from assistant.store.build import build_index
from assistant.store.search import open_index

DOCUMENT = """\
みどり地域連絡会議の活動報告

評価: 行政課題が複雑化する中で、調査研究課題を各市町から提示し、連絡会議での議論を通して構成団体の職員の意識改革が進んだ。

概要: みどり地域に位置する3市1町（青葉市、緑川市、若葉市、花野町）は、広域的な課題について連携を図るため、みどり地域連絡会議を設立し、調査研究を行っている。
"""


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    folder = tmp_path_factory.mktemp("members")
    (folder / "midori_renraku.txt").write_text(DOCUMENT, encoding="utf-8")
    index = folder / "made.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def test_the_passage_listing_the_municipalities_comes_first(made):
    made.reset()
    answer = made.ask("みどり地域連絡会議を構成している市町は？")
    assert answer.excerpts, answer.summary
    assert "青葉市、緑川市" in answer.excerpts[0]["text"]
    assert answer.status == "search"


@pytest.mark.parametrize("text, holds", [
    ("3市1町（青葉市、緑川市、若葉市、花野町）は", True),
    ("調査研究課題を各市町から提示し", False),
    ("高度化・複雑化・多様化する中で", False),
])
def test_municipalities_are_a_kind_of_thing_asked_for(text, holds):
    need = read_question("連絡会議を構成している市町は？")
    assert need.kind == "municipalities"
    assert (kind_score(need, text) == 1.0) is holds
