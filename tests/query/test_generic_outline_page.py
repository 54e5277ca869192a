"""A plan's outline page (a web page's text): short headings over one line each (計画の期間, 基本理念), and
measures listed 「1. 取組1 …」 under each policy, the list's marker counting again in every section. A
heading asked about is shown with the line it heads; a measure is called by its own number (取組8), and
「取組8 人材育成」 counts no people. The town and its plan are made up."""
from __future__ import annotations

import pytest

from assistant.kinds import registry
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

PAGE = """第3次東山町行政改革大綱（概要）

計画の期間

令和7年度（2025年度）から令和10年度（2028年度）までの4年間

基本理念

「町民とともに、しなやかな役場へ」

基本方針1 町民サービスの向上

1. 取組1 窓口の一本化
転入・転出の手続を一つの窓口で受け付けます。
所管：住民課
2. 取組2 電子申請の拡充
申請件数の多い手続をオンラインで受け付けます。
所管：企画課

基本方針2 組織力の強化

1. 取組3 人材育成の推進
研修の受講を年2回以上とします。
所管：総務課
2. 取組4 働き方の見直し
時間外勤務を令和6年度比で20％削減します。
所管：総務課
"""


def test_the_measures_keep_their_own_numbers():
    doc = registry.parse(PAGE, "higashiyama_outline.txt")
    items = [r.fields for r in doc.records if r.kind == "item"]
    assert [(i["number"], i["title"]) for i in items] == [
        ("1", "窓口の一本化"), ("2", "電子申請の拡充"), ("3", "人材育成の推進"), ("4", "働き方の見直し")]
    # 「取組3 人材育成」: 3 人 is no count of people.
    assert not [r for r in doc.records if r.kind == "count_fact" and r.fields.get("count") == 3]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("outline")
    (folder / "東山町_行政改革大綱_概要.txt").write_text(PAGE, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.mark.parametrize("question, said", [
    ("東山町の大綱の基本理念を教えて", "しなやかな役場へ"),
    ("東山町の行革大綱って計画の期間はいつまで？", "令和10年度"),
])
def test_a_heading_asked_is_shown_with_what_it_heads(assistant, question, said):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.excerpts and said in answer.excerpts[0]["text"], answer.excerpts[:2]


def test_a_measure_by_its_own_number(assistant):
    assistant.reset()
    answer = assistant.ask("東山町の大綱の取組4って何？")
    assert [r["title"] for r in answer.rows] == ["働き方の見直し"], answer.summary
    answer = assistant.ask("それの所管は？")
    assert "総務課" in answer.summary
