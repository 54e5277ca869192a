"""A table of public comments (No. | 該当箇所 | 意見の要旨 | 町の考え方 | 反映) with marks ◯/△/×/－ under
a legend: a numbered row about the plan 「全体」 is one of the comments, not a total; ◯ asked or printed
is the mark ○. A made-up town, indexed alone."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

T = "\t"
_ROWS = [("1", "全体", "用語が難しい。", "用語解説を付けました。", "◯"),
         ("2", "全体", "期間が長い。", "原案のとおりとします。", "×"),
         ("3", "第1章", "目的を明記すべき。", "追記しました。", "◯"),
         ("4", "第2章1人口推計", "数値が古い。", "一部更新しました。", "△"),
         ("5", "第2章2財政状況", "グラフがほしい。", "既に掲載しています。", "－"),
         ("6", "第2章2財政状況", "基金の残高を示して。", "追記しました。", "◯")]
PAGE = "\n".join([
    "川辺町第3次行政改革大綱（案）に対する意見募集の結果",
    "反映区分：◯ 意見を反映し、案を修正したもの　△ 意見の一部を反映したもの　× 案を修正しないもの", "",
    "意見の概要と町の考え方",
    T.join(["No.", "該当箇所", "意見の要旨", "町の考え方", "反映"]),
    *(T.join(r) for r in _ROWS), ""])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("comment_marks")
    (folder / "川辺町_意見募集結果.txt").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


def test_a_numbered_row_about_the_whole_is_one_of_the_rows(assistant) -> None:
    answer = ask(assistant, "川辺町の意見募集で、意見は何件？")
    assert (answer.status, answer.count) == ("exact", 6), answer.summary


def test_the_large_circle_asked_is_the_mark(assistant) -> None:
    answer = ask(assistant, "川辺町の意見募集で、反映が◯の意見は何件？")
    assert (answer.status, answer.count) == ("exact", 3), answer.summary


def test_a_legend_clause_said_without_its_mono(assistant) -> None:
    answer = ask(assistant, "川辺町の意見募集で、町が「案を修正しない」とした意見は何件？")
    assert (answer.status, answer.count) == ("exact", 1), answer.summary
    answer = ask(assistant, "川辺町の意見募集で、一部反映は何件？")
    assert (answer.status, answer.count) == ("exact", 1), answer.summary


def test_a_share_of_the_whole_said_in_katakana_is_no_value_全体(assistant) -> None:
    # (「全体」 is a value of 該当箇所 too: 「全体の何パーセント」 is the whole the share is of)
    answer = ask(assistant, "川辺町の意見募集で、◯か△で反映された意見は全体の何パーセント？")
    assert (answer.status, answer.value) == ("exact", 66.7), answer.summary


def test_a_section_said_by_the_code_its_cell_opens_with(assistant) -> None:
    # 「第2章2財政状況」 (a wrapped cell joined): 「第2章2」 says it
    answer = ask(assistant, "川辺町の意見募集で、第2章2に出た意見は何件？")
    assert (answer.status, answer.count) == ("exact", 2), answer.summary
