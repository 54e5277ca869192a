"""Questions over the plan report of tests/kinds/test_plan_report_named_committee (川辺町, a 推進会議):
the committee's score asked by the body's own name (推進会議評価), a year before an item's start
(まだ始まってなかった), 実施中 said of practice items, another name of a theme that is one
initiative's title (市民サービスの向上 is no theme the report prints), a practice item's title said by
its words when the committee's remarks are asked (the words sought in the remarks), and 「Xのは？」
after a search of the remarks (the topic replaced)."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.kinds.test_plan_report_named_committee import document_text


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kawabe")
    (folder / "川辺町_推進会議報告書.txt").write_text(document_text(), encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _codes(answer) -> list[str]:
    return sorted(str(r["code"]) for r in answer.rows)


@pytest.mark.parametrize("question, expected", [
    ("推進会議評価が4以上の取組項目", ["2"]),
    ("推進会議の評価がいちばん低い取組項目", ["1"]),
    ("令和4年度にはまだ始まってなかった実践項目", ["3"]),
    ("実践項目で実施中のもの", ["2", "4"]),
    ("市民サービスの向上の実践項目", ["3", "4"]),
    # said as a theme, the same words are the theme (both initiatives)
    ("住民サービスがテーマの実践項目", ["1", "2", "3", "4"]),
])
def test_conditions(assistant, question, expected):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert _codes(answer) == expected


def test_a_title_said_by_its_words_is_sought_in_the_remarks(assistant):
    assistant.reset()
    answer = assistant.ask("時間外勤務について委員は何て言ってる？")
    assert answer.target == "comment"
    assert [r["text"] for r in answer.rows] == ["時間外勤務が窓口の職員に偏っている。"]


def test_a_word_alone_replaces_the_topic_of_the_remarks_searched(assistant):
    assistant.reset()
    first = assistant.ask("滞納整理に触れた推進会議の意見")
    assert [r["text"] for r in first.rows] == ["滞納整理は着実に進んだ。"]
    answer = assistant.ask("使用料のは？")
    assert answer.target == "comment" and answer.status == "exact", (answer.summary, answer.unused)
    assert [r["text"] for r in answer.rows] == ["使用料の見直しは利用者に丁寧に説明してほしい。"]
