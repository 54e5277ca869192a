"""A follow-up narrowing a count read from a tally table (tests/questions/made142: 「建設課の答弁は何件？」 read from the
総括's 担当課別 table, no rows): 「そのうち…」 keeps the earlier condition over the 進捗管理表's rows, or says it could not."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.tally_then_narrowed import said_together
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).parent.parent / "questions" / "made142" / "docs"


@pytest.fixture(scope="module")
def made142(tmp_path_factory):
    folder = tmp_path_factory.mktemp("made142")
    for path in DOCS.iterdir():
        shutil.copy(path, folder / path.name)
    return assistant_over(folder)


def test_earlier_condition_said_in_the_follow_up():
    assert said_together("建設課の答弁は何件？", "そのうち「研究する」と答えたものは？") == "建設課の答弁のうち「研究する」と答えたものは?"
    assert said_together("総務課の答弁って全部でいくつある？", "その中で完了したのは？") == "総務課の答弁のうち完了したのは?"
    assert said_together("建設課の答弁を見せて", "そのうち完了したのは？") is None  # (no count asked before)


def test_count_of_a_tally_then_narrowed_keeps_its_condition(made142):
    count = ask(made142, "建設課の答弁は何件？")
    assert count.target == "count_fact" and not count.rows[1:]  # (the tally's cell: no rows to narrow)
    answer = ask(made142, "建設課の答弁は何件？", "そのうち「研究する」と答えたものは？")
    assert answer.status == "exact", answer.summary
    # (the 進捗管理表's rows of 建設課 answered 「研究する」, not the document's every 「研究する」 row)
    assert answer.count == 3 and "建設課" in answer.summary, answer.summary
    assert all(t in answer.summary for t in ("町道の包括管理委託", "下水道事業の広域化", "水道料金の改定")), answer.summary


def test_a_follow_up_that_cannot_keep_it_says_so_first(made142):
    answer = ask(made142, "建設課の答弁は何件？", "そのうちふわふわなものは？")
    assert answer.status == "partial"
    assert answer.summary.startswith("前の質問（「建設課の答弁は何件?」）の件数は集計表から読んだもので"), answer.summary
