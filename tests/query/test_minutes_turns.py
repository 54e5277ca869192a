"""Minutes whose speakers' turns are lines in a row (「【渡辺委員】　…」): each turn is its own passage, and
「ふるさと納税に触れた委員の意見」 shows first the turn about ふるさと納税, not one that only says 意見 and
委員会 more often (a passage without the topic the question names is ranked below those with it). The
town and its minutes are made up."""
from __future__ import annotations

import pytest

from assistant.kinds import registry
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

MINUTES = """令和6年度 第2回 北川市行政改革推進委員会 会議録

議題（1）事務事業評価について

【事務局（行政改革推進課長）】　資料1に基づき、評価結果を説明します。
【佐藤委員長】　ありがとうございました。ご意見のある方はお願いします。
【渡辺委員】　ふるさと納税は寄附額が伸びているが、返礼品の経費率が高い。経費の検証をお願いしたい。
【小林委員】　イベントの廃止はやむを得ない。

議題（2）推進計画の進捗状況について

【高橋委員】　市民プールの廃止が遅れている。
【佐藤委員長】　本日の意見は事務局で整理し、次回の委員会で対応方針を示してください。委員の皆様の意見に感謝します。
"""


def test_each_turn_is_a_passage():
    doc = registry.parse(MINUTES, "kitagawa_minutes.txt")
    texts = [p.text for p in doc.passages if p.field == "text"]
    assert any(t.startswith("【渡辺委員】") and "小林" not in t for t in texts)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("minutes")
    (folder / "北川市_行政改革推進委員会_会議録.txt").write_text(MINUTES, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_the_turn_about_the_topic_comes_first(assistant):
    assistant.reset()
    answer = assistant.ask("北川市の委員会の会議録で、ふるさと納税に触れた委員の意見は？")
    assert answer.status == "search"
    assert "返礼品の経費率" in answer.excerpts[0]["text"]
