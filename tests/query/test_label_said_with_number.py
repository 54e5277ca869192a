"""「70歳以上って何人？」: a label said with its number (70歳以上) is the label whole. A text printing only 「20歳以上の
町民2,000人」 (the survey's sample) does not answer it: no figure is read from the excerpt (never 2,000 as the count
of those 70 and over). Made-up town, indexed alone."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

SURVEY = "\n".join([
    "桐ヶ丘町　町民意識調査の概要", "",
    "１　調査の方法",
    "　町内在住の20歳以上の町民2,000人を無作為に抽出し、令和5年9月に郵送で配布・回収した。",
    "　回収数は812件、回収率は40.6％であった。", "",
    "２　結果の概要",
    "　住み続けたいと答えた人の割合は71.2％で、前回調査を上回った。", "",
    "３　年代別の傾向",
    "　年代別では70歳代の回答が最も多く、住み続けたい割合も最も高かった。", "",
])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("survey")
    (folder / "町民意識調査の概要.txt").write_text(SURVEY, encoding="utf-8")
    index = folder / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def test_another_age_band_is_not_the_label(assistant):
    answer = assistant.ask("回答者のうち70歳以上って何人いる？")
    assert answer.value != 2000, answer.summary
    assert answer.status != "exact", answer.summary


def test_the_label_as_printed_still_reads(assistant):
    answer = assistant.ask("20歳以上の町民は何人？")
    assert answer.value == 2000, (answer.status, answer.summary)
