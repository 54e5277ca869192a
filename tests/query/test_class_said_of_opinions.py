"""「課題として出された意見」: a kind's word said with として is the class the opinions were given (a word they print,
【意見２】（課題）), no kind asked beside the opinions — read as a word to find, never dropped. Over a made town's
committee paper (its town and opinions are made up)."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

PAPER = """霧ヶ丘町行政評価委員会 町民意識調査の結果に対する意見

【意見１】（評価）
関連施策：１－１ 交通安全の推進
通学路の安全対策が進み、満足度が上がった。

【意見２】（課題）
関連施策：２－１ 保育サービスの充実
待機児童の解消が課題であり、満足度が伸び悩んでいる。

【意見３】（提言）
関連施策：全般
次回の調査ではＷＥＢ回答を広げられたい。

【意見４】（課題）
関連施策：２－３ 図書館サービスの向上
開館時間の短さが課題として挙がっている。
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("class_said")
    (folder / "霧ヶ丘町_行政評価委員会意見.txt").write_text(PAPER, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_the_class_said_with_toshite_is_a_word_read(town):
    town.reset()
    answer = town.ask("課題として出された意見")
    said = " ".join(str(u.get("label", "")) for u in answer.understood)
    assert "課題" in said or "課題" in answer.unused, answer.summary
    assert 0 < answer.count < 4, answer.summary
