"""「…っていつやったの？」 said of a column of grades (健全度 R6再調査 A–D, 劣化度 R7再点検): no cell says when, so the
rows are no answer (they were listed as if they were); the text stating when is (tables/answer.py). Another town's
words and years than any holdout set's."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

REPORT = """椋木村 橋りょう長寿命化修繕計画 点検結果の概要（令和７年度）

１　点検の概要
　令和７年度は、令和7年5月から8月にかけて全橋りょうの劣化度再点検を実施し、その結果を一覧に反映した。

２　橋りょう別の劣化度
橋りょう番号\t橋りょう名\t所管課\t劣化度R3点検\t劣化度R7再点検
橋01\t椋木大橋\t建設課\tB\tC
橋02\t川向橋\t建設課\tA\tB
橋03\t宮前橋\t農林課\tC\tD
橋04\t北沢橋\t農林課\tB\tB
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("mukunoki_bridges")
    (folder / "椋木村_橋りょう点検結果の概要.txt").write_text(REPORT, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_when_of_a_grade_column_is_read_from_the_text(assistant):
    assistant.reset()
    answer = assistant.ask("劣化度の再点検っていつやったの？")
    assert "令和7年5月から8月" in answer.summary, answer.summary
    assert answer.target != "table_row", answer.summary


def test_the_grades_are_still_asked_of_the_column(assistant):
    assistant.reset()
    answer = assistant.ask("R7再点検で劣化度がDの橋りょうは？")
    assert answer.count == 1, answer.summary
