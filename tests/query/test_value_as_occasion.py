"""A value of a column that is also a word of the document's title, said with で before another value of the
same column (「今回の見直しで廃止になる」 over 区分 見直し | 廃止 of a 「…見直し結果」 list), names the occasion:
a row holds one value there, so it is no second choice. Said alone it stays the value."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

# Another town, other years, other words: a 使用料 review whose 判定 column prints 見直し as one of its values.
FEES = """萩ヶ丘町 使用料の見直し結果（令和９年度）

番号\t施設名\t担当課\t現行使用料（円）\t判定
11\t町民体育館\tスポーツ課\t1,200\t据置き
12\t中央公民館\t生涯学習課\t800\t見直し
13\t旧第二保育所\t子ども課\t500\t廃止
14\t町営テニスコート\tスポーツ課\t600\t見直し
15\t旧農業研修所\t農政課\t300\t廃止
16\t町民プール\tスポーツ課\t400\t据置き
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("occasion")
    (folder / "haginooka_shiyoryo.txt").write_text(FEES, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _names(answer) -> set[str]:
    return {str(r.get("施設名")) for r in answer.rows}


def test_title_word_with_de_is_the_occasion(assistant):
    assistant.reset()
    answer = assistant.ask("今回の見直しで廃止になる施設は？")
    assert answer.count == 2, answer.summary
    assert _names(answer) == {"旧第二保育所", "旧農業研修所"}, answer.summary


def test_the_value_said_alone_stays_a_value(assistant):
    assistant.reset()
    answer = assistant.ask("判定が見直しの施設は？")
    assert _names(answer) == {"中央公民館", "町営テニスコート"}, answer.summary
    assistant.reset()
    either = assistant.ask("見直しか廃止の施設は何件？")
    assert either.count == 4, either.summary
