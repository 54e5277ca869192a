"""A cross table's columns turned into rows (crosstab.py), another town's edition as a text table: each row keyed
by the name printed over its column (no line of its own), asked as the 税目 its names all are, the part of the
figures (現年度分) said apart from the measure (「R6の現年度分で、収納率が…」: part_said_apart.py)."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

TEXT = """南浜町 町税等収納状況（令和５年度～令和６年度決算）

（単位：千円、％）
| 年度・区分 |  |  | 個人町民税 | 法人町民税 | 固定資産税 | 軽自動車税 |
|---|---|---|---|---|---|---|
| 令和５年度 | 現年度分 | 調定額 | 1,200,000 | 300,000 | 1,500,000 | 60,000 |
| 令和５年度 | 現年度分 | 収納率 | 98.7 | 99.4 | 98.9 | 97.5 |
| 令和５年度 | 滞納繰越分 | 収納率 | 25.1 | 30.2 | 22.4 | 18.0 |
| 令和６年度 | 現年度分 | 調定額 | 1,210,000 | 310,000 | 1,520,000 | 61,000 |
| 令和６年度 | 現年度分 | 収納率 | 98.9 | 99.1 | 99.3 | 97.9 |
| 令和６年度 | 滞納繰越分 | 収納率 | 26.0 | 28.5 | 23.9 | 19.2 |
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ct") / "資料"
    folder.mkdir()
    (folder / "町税収納状況.txt").write_text(TEXT, encoding="utf-8")
    build_index([folder], folder.parent / "g.db")
    return open_index(folder.parent / "g.db")


def _keys(answer) -> list[str]:
    return [r["key"] for r in answer.to_dict()["rows"]]


def test_part_said_apart_and_rows_keyed_by_name(town):
    answer = Assistant(town).ask("R6の現年度分で、収納率が一番低い税目は？")
    assert answer.status == "exact" and _keys(answer)[:1] == ["table_row:軽自動車税"], answer.summary


def test_rows_asked_as_their_tax_word(town):
    answer = Assistant(town).ask("Ｒ６年度の現年度分で収納率99％以上の税目はいくつ？")
    assert answer.count == 2, answer.summary
    answer = Assistant(town).ask("現年度分の収納率がR5よりR6で下がった税目は？")
    assert _keys(answer) == ["table_row:法人町民税"], answer.summary


def test_all_rows_said_by_their_count_and_word(town):
    answer = Assistant(town).ask("R6の現年度分の調定額、表に載ってる４税目を全部足すといくら（千円）？")
    assert answer.status == "exact" and answer.value == 1_210_000 + 310_000 + 1_520_000 + 61_000, answer.summary
    answer = Assistant(town).ask("R6の現年度分の調定額、３税目を全部足すといくら？")
    assert answer.status != "exact", answer.summary  # (not the table's count of rows: not read as all of them)
