"""A bulletin of several issues in one text, each under a rule and a masthead 「第N号」, its topics under ◆ headings
(made69's newsletter layout, a made-up town's figures): one figure stated in two issues and its change (「応募件数、
第3号と第5号で何件増えた」), and the topic stating the lowest or highest figure of a word (「満足度がいちばん低かった
研修」, a scale's 「5点満点」 being no figure). Both answered as searches, the value read from the lines shown."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_RULE = "━" * 20


def _issue(n: int, month: str, training: str, people: int, score: str, entries: int, adopted: int) -> str:
    return "\n".join([_RULE, f"さくらだ 改革だより　第{n}号", f"発行：令和9年{month}　編集：桜田町 総務課", _RULE, "",
                      f"◆ {training}を開催しました", f"職員を対象に{training}を開催しました。",
                      f"参加者は{people}名で、アンケートによる満足度は5点満点で平均{score}点でした。", "",
                      "◆ 職員提案の審査結果", f"今期の職員提案には{entries}件の応募があり、審査の結果{adopted}件を採用しました。", ""])


def text() -> str:
    return "\n".join([_issue(3, "4月", "文書事務研修", 25, "4.4", 30, 6), _issue(4, "7月", "接遇研修", 40, "3.6", 35, 5),
                      _issue(5, "10月", "会計事務研修", 33, "4.1", 41, 8)])


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("bulletin")
    (folder / "さくらだ改革だより_第3号-第5号.txt").write_text(text(), encoding="utf-8")
    return assistant_over(folder)


def test_a_figure_of_two_issues(town) -> None:
    answer = ask(town, "改革だよりの職員提案の応募件数、第3号のときと第5号のときで何件増えた？")
    assert (answer.status, answer.value) == ("search", 11), answer.summary
    answer = ask(town, "改革だよりの職員提案の応募件数、第3号と第4号で何件違う？")
    assert answer.value == 5, answer.summary


def test_the_topic_of_the_lowest_figure(town) -> None:
    answer = ask(town, "改革だよりに載ってる研修で、満足度がいちばん低かったのはどの研修？")
    assert answer.status == "search" and "接遇研修" in answer.summary, answer.summary
    answer = ask(town, "改革だよりで満足度がいちばん高かったのはどの研修？")
    assert "文書事務研修" in answer.summary, answer.summary
