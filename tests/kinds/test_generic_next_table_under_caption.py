"""A numbered caption and a unit line right under a table's last row, then the two-row header of another table
(| 課 | 防災研修 | | リーダー研修 | over | | R5 | R6 | R5 | R6 |, blanks where a label spans its years): the next
table of its own, not a section of the first going on (generic/loader._header_of_its_own); and 「参加者数」 said of
it, its caption naming 参加 and its figures counts of people, names those figures (tables/people_word)."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

TEXT = "\n".join([
    "みなと町 人材育成報告書", "",
    "２ 取組の状況",
    "番号\t取組名\t担当課\t評価",
    "J-01\t防災リーダーの養成\t危機管理課\tA",
    "J-02\t研修の電子化\t人事課\tB",
    "J-03\t資格取得の支援\t人事課\tC",
    "３ 職員研修の参加状況（課別）",
    "単位：人",
    "課\t防災研修\t\tリーダー研修",
    "\tR5\tR6\tR5\tR6",
    "総務課\t12\t9\t2\t3",
    "税務課\t8\t11\t1\t1",
    "福祉課\t15\t13\t0\t2",
    "合計\t35\t33\t3\t6",
    "※合計は課の計",
    ""])


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("next_table_under_caption")
    (folder / "みなと町_人材育成報告書.txt").write_text(TEXT, encoding="utf-8")
    return assistant_over(folder)


def test_the_first_table_keeps_its_own_rows(town) -> None:
    answer = ask(town, "評価がBの取組は？")
    assert len(answer.rows) == 1 and "J-02" in answer.summary, answer.summary


def test_a_cell_of_the_second_table(town) -> None:
    answer = ask(town, "福祉課の防災研修、R5は何人？")
    assert answer.value == 15, answer.summary


def test_its_figures_named_by_the_doers(town) -> None:
    answer = ask(town, "税務課の防災研修、令和6年度の参加者数は？")
    assert answer.value == 11, answer.summary


def test_a_fall_between_years(town) -> None:
    answer = ask(town, "防災研修でR6がR5より減った課は？")
    assert len(answer.rows) == 2 and "総務課、福祉課" in answer.summary, answer.summary
