"""Kinds of question a fresh holdout (paraphrases23) and made21's minutes found misread, each asked in
its own wording."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index


def keys(answer) -> list[str]:
    return sorted(r["key"] for r in answer.rows)


def test_two_scores_of_an_item_compared_with_the_second_said_first(assistant):
    answer = assistant.ask("進捗度よりも創造性の点数のほうが高い実践項目はどれ？")
    assert answer.status == "exact" and answer.rows
    assert all(r["creativity"] > r["progress"] for r in answer.rows)


def test_the_largest_group_of_a_distribution_asked_after_it(assistant):
    answer = assistant.ask("総合評価の内訳を見たいんだけど、いちばん多い評価は何件ある？")
    assert answer.status == "exact" and answer.value == 58


@pytest.mark.parametrize("question", ["市民協働ニュースレターのVol.8に載っている記事", "ニュースレターVol.8のモデル事業",
                                      "第8号の記事は？"])
def test_an_issue_the_index_has_not_is_no_match(assistant, question):
    answer = assistant.ask(question)
    assert answer.status == "no_match" and answer.count == 0


def test_an_issue_the_index_has_scopes_every_kind_of_the_newsletter(assistant):
    assert assistant.ask("Vol.7のQ&Aは何件").value == assistant.ask("Q&Aは何件").value > 0


MINUTES = """令和7年度第2回 西山市行政改革推進委員会 会議録

議題1 行財政改革実施計画の進捗状況について

事務局：資料1により進捗を説明します。

大野委員：未利用地の売却が遅れている理由を伺いたい。

事務局：入札の1件が不調となりました。令和8年度に価格を見直して再入札します。

佐藤委員：職員定員の適正化は、退職者の補充が追いついていないのではないか。

事務局：技術職の採用が届いていないためです。令和8年度は社会人経験者枠を設けます。
"""


@pytest.fixture(scope="module")
def minutes(tmp_path_factory):
    root = tmp_path_factory.mktemp("minutes")
    (root / "docs").mkdir()
    (root / "docs" / "西山市_行政改革推進委員会_会議録.txt").write_text(MINUTES, encoding="utf-8")
    build_index([root / "docs"], root / "index.db")
    return Assistant(open_index(root / "index.db"))


def test_a_why_found_as_a_members_question_is_answered_by_the_reply(minutes):
    minutes.reset()
    answer = minutes.ask("西山市の委員会で、未利用地の売却が遅れている理由は？")
    assert answer.status == "search" and "不調" in answer.excerpts[0]["text"]


def test_how_the_office_answered_the_question_just_shown(minutes):
    minutes.reset()
    first = minutes.ask("西山市の委員会で職員定員の適正化について質問したのは誰？")
    assert "佐藤委員" in first.excerpts[0]["text"]
    answer = minutes.ask("事務局はどう答えた？")
    assert "社会人経験者枠" in answer.excerpts[0]["text"] and answer.status == "search"
