"""Words joined by ・ as a title joins them (「交流・派遣」 of 「人事交流・派遣の実績」) name the document even when
one of them is a value of its rows (区分 派遣): every row is asked, not those of that value. Said alone, the
word is still the value. A column's figure said with 実績 (「人数の実績がある」) is that cell written, not a dash."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

EXCHANGES = """北山市 人事交流・派遣の実績

番号\t区分\t相手団体\t内容\t人数（令和7年度）\t人数（令和8年度）\t担当課
交-1\t派遣\t県\t県庁での実務研修\t1\t－\t総務課
交-2\t相互交流\t南町\t税務課職員の相互交流\t－\t2\t税務課
交-3\t受入\t県\t県職員の受入\t1\t1\t企画課
交-4\t派遣\t広域連合\t介護認定事務\t1\t1\t福祉課
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("dot_title")
    (folder / "北山市_人事交流派遣.txt").write_text(EXCHANGES, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.mark.parametrize("said", ["交流・派遣", "人事交流・派遣"])
def test_words_joined_as_the_title_joins_them_name_the_document(assistant, said):
    assistant.reset()
    answer = assistant.ask(f"北山市の{said}は何件？")
    assert answer.count == 4 and answer.status == "exact", answer.summary


def test_the_value_said_alone_is_still_the_rows_value(assistant):
    assistant.reset()
    answer = assistant.ask("北山市の派遣は何件？")
    assert answer.count == 2 and answer.status == "exact", answer.summary


@pytest.mark.parametrize(("said", "count"), [("実績がある", 3), ("実績がない", 1)])
def test_a_figure_said_with_its_record_is_the_cell_written(assistant, said, count):
    assistant.reset()
    answer = assistant.ask(f"北山市で令和8年度に人数の{said}交流・派遣は何件？")
    assert answer.count == count and answer.status == "exact", answer.summary
