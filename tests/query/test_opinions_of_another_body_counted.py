"""「パブコメの意見は何件だった？」 beside the shipped corpus (whose comment records are its members'): the word says
whose opinions are counted, a public comment the members' comments never mention. Zero of the members' comments
is no answer (it was stated as exact); another town's account of its plan says how many opinions came, in full
words (パブリックコメント), and that is shown as read from the text."""
from __future__ import annotations

import shutil

import pytest

from tests.conversation_helpers import ask, assistant_over

ACCOUNT = """楓川町 地域公共交通計画 策定の経過

１ 策定委員会の開催
　令和６年７月から令和７年２月まで、計４回の策定委員会を開催した。

２ 住民アンケート
　町内の１，２００世帯に調査票を配布し、６３４世帯から回答を得た。

３ パブリックコメントの実施
　計画（素案）について、令和７年１月１０日から２月９日までパブリックコメントを実施し、９名から２１件の意見が寄せられた。
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory, corpus_dir):
    folder = tmp_path_factory.mktemp("public_comment_count")
    shutil.copytree(corpus_dir, folder / "docs")
    (folder / "docs" / "楓川町_計画策定の経過.txt").write_text(ACCOUNT, encoding="utf-8")
    return assistant_over(folder / "docs")


@pytest.mark.parametrize("question", ["パブコメの意見は何件だった？", "パブコメで出た意見は何件？"])
def test_opinions_of_a_body_no_comment_is_of_are_read_from_the_text(town, question) -> None:
    answer = ask(town, question)
    assert answer.status != "exact", answer.summary
    shown = answer.summary + "".join(str(e.get("text", "")) for e in answer.to_dict().get("excerpts", [])[:1])
    assert "21件" in shown or "２１件" in shown, answer.summary


def test_members_comments_on_a_word_they_hold_are_still_counted(town) -> None:
    # (a word the members' comments do hold stays their condition)
    answer = ask(town, "ふるさと納税に触れた委員の意見は何件？")
    assert answer.target == "comment" and answer.status == "exact" and answer.count > 0, answer.summary
