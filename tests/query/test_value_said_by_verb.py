"""「本庁サーバに集める予定の端末は何台？」 over a ledger whose 今後の方針 prints 「本庁サーバへ集約」: the place said, then
a verb written with the verbal noun's first kanji (集める of 集約), is that value; and a table explaining each 方針
(今後の方針 │ 内容) glosses the value, no thing holding it, so its row is not counted. Every town, name and figure
is made up."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

LEDGER = """東浦町 庁内端末台帳（令和６年４月１日現在）

管理番号\t所属課\t機種\t導入年度\t今後の方針
T01\t企画課\tノート\t令和２年度\t継続
T02\t企画課\tデスクトップ\t平成２９年度\t本庁サーバへ集約
T03\t税務課\tデスクトップ\t平成３０年度\t本庁サーバへ集約
T04\t福祉課\tノート\t令和４年度\t継続
T05\t建設課\tデスクトップ\t平成２８年度\t廃棄予定

方針区分の説明
今後の方針\t内容
継続\t現在の所属課で引き続き使用する
本庁サーバへ集約\t情報政策課の本庁サーバに集めて共同で管理する
廃棄予定\t令和７年度中に廃棄する
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("value_said_by_verb")
    (folder / "東浦町_庁内端末台帳.txt").write_text(LEDGER, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def ask(assistant, question):
    assistant.reset()
    return assistant.ask(question)


def test_the_value_said_as_a_plan_by_its_verb(assistant):
    answer = ask(assistant, "本庁サーバに集める予定の端末は何台？")
    assert (answer.status, answer.count) == ("exact", 2), answer.summary  # T02, T03


def test_the_gloss_of_a_value_is_no_thing_holding_it(assistant):
    answer = ask(assistant, "本庁サーバへ集約の端末は何台？")
    assert (answer.status, answer.count) == ("exact", 2), answer.summary
