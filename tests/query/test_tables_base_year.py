"""A table of staff by department whose columns are years, one labelled as the plan's base (令和2年度（基準）),
the rows under a heading of the document: 「基準年から令和6年度までにいちばん減った部門」 reads the base
year's column as the table labels it, and the row found is called by its department (not its key), though
the names are short words (税務, 消防). The town and its figures are made up."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

REPORT = """西山市定員適正化計画 進捗状況

3 部門別職員数

部門\t区分\t令和2年度（基準）\t令和6年度（実績）\t令和7年度（目標）
総務\t一般行政\t120\t115\t112
税務\t一般行政\t40\t38\t37
消防\t消防\t90\t89\t89
水道\t公営企業等\t30\t22\t24
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("base_year")
    (folder / "西山市_定員適正化計画_進捗状況.txt").write_text(REPORT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_the_base_year_is_the_column_labelled_so(assistant):
    assistant.reset()
    answer = assistant.ask("西山市で基準年から令和6年度までにいちばん減った部門はどこ？")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert answer.value == "水道"
