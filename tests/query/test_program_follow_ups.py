"""An evaluation sheet's figure by settled year, asked in a follow-up that names no kind (「事業費の推移を
教えて」→「令和3年度から令和5年度で何千円増えた？」), and an amount asked as 何千円 (a question word, never
a word the sheet must print)."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.kinds.test_program_sheet_printed import TEXT


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sheet_follow_ups")
    (folder / "hyoka_R5-0112.txt").write_text(TEXT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.mark.parametrize("turns, value", [
    (["図書館ボランティア育成事業の事業費は令和3年度から令和5年度で何千円増えた？"], 620),
    (["図書館ボランティア育成事業の事業費の推移を教えて", "令和3年度から令和5年度で何千円増えた？"], 620),
    (["図書館ボランティア育成事業の事業費の推移を教えて", "令和4年度は？"], 3350),
])
def test_a_sheets_figure_by_year(assistant, turns, value):
    assistant.reset()
    for turn in turns:
        answer = assistant.ask(turn)
    assert (answer.status, answer.value) == ("exact", value), (answer.summary, answer.unused)


def test_a_follow_up_naming_another_kind_is_not_the_sheet(assistant):
    assistant.reset()
    assistant.ask("図書館ボランティア育成事業の事業費の推移を教えて")
    answer = assistant.ask("令和3年度から令和5年度で実践項目は何件増えた？")
    assert answer.value != 620
