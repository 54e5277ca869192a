"""A class the documents hold, named with a word of its own ending in 室 (パソコン教室, 料理教室), is no office no
record names (parse._unknown_office): the question is searched for it, never read as 「担当部署 ≈ パソコン教室（記録に
ない部署名）」 with the word dropped from the search. An office's own suffix 室 (企画調整室) is still read so."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

_REPORT = """桐生台町 生涯学習事業 実施報告（令和５年度）

１　概要
　町民の学びの機会を広げるため、公民館で各種講座を開催した。

２　主な講座
（１）料理教室　年間２４回開催し、延べ３１２人が参加した。
（２）パソコン教室　年間１８回開催し、延べ１９５人が参加した。
（３）健康体操教室　年間４０回開催し、延べ６０８人が参加した。

３　担当
　生涯学習課　公民館係
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("class_names")
    (folder / "houkoku.txt").write_text(_REPORT, encoding="utf-8")
    return assistant_over(Path(folder))


def _labels(answer) -> list[str]:
    return [u["label"] for u in answer.to_dict()["understood"]]


def test_a_class_printed_is_searched_not_an_unknown_office(town):
    answer = ask(town, "パソコン教室の参加者は何人？")
    assert not any("記録にない部署名" in label for label in _labels(answer))
    assert any("パソコン教室" in label for label in _labels(answer))
    assert "１９５人" in str(answer.to_dict()["excerpts"][0]["text"])


def test_an_office_never_printed_is_still_said_unknown(town):
    answer = ask(town, "企画調整室の取組は？")
    assert answer.status != "exact"
