"""A staffing table of groups (部門 | 区分 | years) whose parts are followed by the group's 小計（実績）, 計画値
and 差（実績－計画） rows: those are no parts (the total of a year is the parts' sum), and the groups
compare their own result with their plan; a word of the document's title (計画) is no column's. A made-up
city, indexed alone."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

T = "\t"
_ROWS = [
    ("一般行政部門", "総務", "100", "98", "97"), ("一般行政部門", "福祉", "80", "82", "85"),
    ("一般行政部門", "小計（実績）", "180", "180", "182"), ("一般行政部門", "計画値", "181", "179", "178"),
    ("一般行政部門", "差（実績－計画）", "▲1", "1", "4"),
    ("教育部門", "学校教育", "50", "48", "47"), ("教育部門", "社会教育", "20", "20", "19"),
    ("教育部門", "小計（実績）", "70", "68", "66"), ("教育部門", "計画値", "71", "69", "67"),
    ("教育部門", "差（実績－計画）", "▲1", "▲1", "▲1"),
    ("消防部門", "消防", "90", "91", "93"), ("消防部門", "計画値", "90", "90", "91"),
    ("消防部門", "差（実績－計画）", "0", "1", "2"),
    ("合計", "実績", "340", "339", "341"), ("合計", "計画値", "342", "338", "336"),
]
PAGE = "\n".join(["東原市定員管理計画 進捗状況", "（各年度4月1日現在　単位：人）",
                  T.join(["部門", "区分", "令和4年度", "令和5年度", "令和6年度"]),
                  *(T.join(r) for r in _ROWS), ""])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("group_roles")
    (folder / "東原市_定員管理.txt").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


def test_a_years_total_is_the_parts_sum(assistant) -> None:
    answer = ask(assistant, "東原市の定員管理計画で、令和6年度の職員の合計は何人？")
    # (職員, no word of the table's, is said unused: partial)
    assert answer.status in ("exact", "partial") and answer.value == 341, answer.summary


def test_a_group_of_one_part_is_that_part(assistant) -> None:
    answer = ask(assistant, "東原市の定員管理計画、令和5年度の消防部門の職員は何人？")
    assert answer.status in ("exact", "partial") and answer.value == 91, answer.summary


def test_groups_compare_their_result_with_their_plan(assistant) -> None:
    answer = ask(assistant, "東原市の定員管理計画で、令和6年度に実績が計画値を上回っている部門はいくつ？")
    assert (answer.status, answer.count) == ("exact", 2), answer.summary
