"""Questions over the tables of documents no kind was written for (assistant/query/tables.py).

Two made documents of towns the loaders never saw, indexed beside the shipped corpus: a workbook of
two sheets with planned and achieved values per fiscal year and costs in 千円, and a tab-separated
list whose completion dates are calendar months. Each question names its answer's kind of reading.
"""
from __future__ import annotations

import shutil

import pytest
from openpyxl import Workbook

from assistant.query.conversation import Assistant
from tests.conftest import SHARED
from tests.conversation_helpers import ask, assistant_over, titles

HEADER = ["番号", "取組", "担当課", "指標", "単位", "令和6年度計画値", "令和6年度実績値", "令和7年度計画値",
          "令和7年度実績値", "事業費(千円)", "完了予定"]
SHEETS = {
    "財政": [
        [1, "市税収納率の向上", "収税課", "収納率", "%", 97, 98, 98, "", 4200, "令和8年度"],
        [2, "使用料の見直し", "財政課", "改定件数", "件", 5, 3, 5, "", 800, "令和7年度"],
        [3, "未利用地の売却", "管財課", "売却件数", "件", 4, 6, 4, "", 15600, "令和9年度"],
    ],
    "行政サービス": [
        [4, "オンライン申請の拡大", "情報政策課", "手続数", "件", 50, 62, 80, "", 23000, "令和8年度"],
        [5, "窓口の混雑緩和", "市民課", "平均待ち時間", "分", 15, 18, 12, "", 1200, "令和7年度"],
        [6, "公文書の電子化", "財政課", "電子化率", "%", 60, 60, 80, "", 9800, "令和10年度"],
    ],
}
LIST = """港南町 行政改革 取組一覧（令和7年10月）

番号\t取組名\t所管課\t進捗\t完了予定
1\t公用車の削減\t総務課\t完了\t2025年3月
2\t指定管理者制度の導入\t生涯学習課\t実施中\t2027年3月
3\t電子決裁の導入\t総務課\t実施中\t2026年3月
4\t下水道使用料の改定\t上下水道課\t未着手\t2028年3月
5\t保育所の統合\t子ども課\t実施中\t2027年3月
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("tables")
    book = Workbook()
    book.remove(book.active)
    for name, rows in SHEETS.items():
        sheet = book.create_sheet(name)
        sheet.append(["川西市行財政改革推進計画 取組状況一覧"])
        sheet.append([])
        sheet.append(HEADER)
        for row in rows:
            sheet.append(row)
    book.save(folder / "kawanishi_plan.xlsx")
    (folder / "konan_list.txt").write_text(LIST, encoding="utf-8")
    for path in (SHARED / "corpus").glob("*.txt"):
        shutil.copy(path, folder / path.name)
    return assistant_over(folder)


# (question, the rows' names): conditions on values, years, numbers and two columns.
LISTINGS = [
    ("川西市の財政課の取組は？", ["使用料の見直し", "公文書の電子化"]),  # a value; both sheets are one table
    ("川西市の令和6年度の実績値が計画値を上回った取組は？", ["オンライン申請の拡大", "市税収納率の向上", "未利用地の売却", "窓口の混雑緩和"]),
    ("川西市で令和6年度の実績値が計画値に届かなかった取組は？", ["使用料の見直し"]),
    ("川西市の事業費が1,000万円以上の取組は？", ["オンライン申請の拡大", "未利用地の売却"]),  # 万円 over a 千円 column
    ("川西市の取組で完了予定が令和8年度までのものは？", ["オンライン申請の拡大", "使用料の見直し", "市税収納率の向上", "窓口の混雑緩和"]),
    ("港南町の取組で完了予定が2026年度までのものは？", ["保育所の統合", "公用車の削減", "指定管理者制度の導入", "電子決裁の導入"]),
    ("港南町の進捗が実施中以外の取組は？", ["下水道使用料の改定", "公用車の削減"]),
]


@pytest.mark.parametrize("question,names", LISTINGS)
def test_rows_by_condition(assistant, question, names) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact", answer.summary
    assert titles(answer) == sorted(names), answer.summary


# (question, the value): aggregates and one row's value.
VALUES = [
    ("川西市の取組の事業費の合計は？", 54600),
    ("川西市の財政課の取組の事業費の平均は？", 5300),
    ("川西市で事業費がいちばん大きい取組は？", "オンライン申請の拡大"),  # (the row asked: its name; 23,000 said beside it)
    ("川西市で事業費がいちばん大きい取組の事業費はいくら？", 23000),
    ("川西市の未利用地の売却の令和6年度の実績値は？", 6),
    ("港南町の電子決裁の導入の完了予定は？", "2026年3月"),
    ("港南町で実施中の取組は何件？", 3),
]


@pytest.mark.parametrize("question,value", VALUES)
def test_values(assistant, question, value) -> None:
    answer = ask(assistant, question)
    assert (answer.status, answer.value) == ("exact", value), answer.summary


def test_follow_ups_keep_the_table_and_its_conditions(assistant) -> None:
    answer = ask(assistant, "川西市の財政課の取組は？", "そのうち令和6年度の実績値が計画値に届かなかったものは？")
    assert titles(answer) == ["使用料の見直し"], answer.summary
    assert ask(assistant, "港南町の総務課の取組は？", "何件？").value == 2
    answer = ask(assistant, "港南町の電子決裁の導入の所管課は？", "完了予定は？")
    assert answer.value == "2026年3月", answer.summary


def test_a_town_without_documents_is_no_answer(assistant) -> None:
    answer = ask(assistant, "川北町の財政課の取組は何件？")
    assert answer.status in ("no_match", "search", "partial") or answer.count == 0, answer.summary


def test_a_word_no_column_holds_is_said(assistant) -> None:
    answer = ask(assistant, "川西市の財政課の取組の満足度は？")
    assert answer.status != "exact", answer.summary


def test_counts_by_a_column(assistant) -> None:
    answer = ask(assistant, "港南町の取組の進捗ごとの件数は？")
    assert {r["group"]: r["count"] for r in answer.rows} == {"実施中": 3, "完了": 1, "未着手": 1}, answer.summary
    assert answer.status == "exact"


def test_rows_in_order_of_a_column(assistant) -> None:
    answer = ask(assistant, "川西市の取組を事業費の大きい順に")
    assert [r["title"] for r in answer.rows[:2]] == ["オンライン申請の拡大", "未利用地の売却"], answer.summary
    assert answer.status == "exact"


def test_every_row_listed(assistant) -> None:
    answer = ask(assistant, "港南町の取組の一覧")
    assert len(answer.rows) == 5 and answer.status == "exact", answer.summary


def test_how_many_of_a_column_counts_its_values(assistant) -> None:
    """「所管課はいくつある？」: how many departments, not how many rows (総務課 holds two)."""
    answer = ask(assistant, "港南町の所管課はいくつある？")
    assert (answer.status, answer.value) == ("exact", 4), answer.summary
    assert answer.count == 4 and "総務課" in answer.summary


def test_the_largest_group_after_counts_by_a_column(assistant) -> None:
    """「いちばん多い課はどこ？」 after counts by 所管課: the department with the most rows."""
    answer = ask(assistant, "港南町の所管課ごとの取組の数は？", "いちばん多い課はどこ？")
    assert (answer.status, answer.value) == ("exact", "総務課"), answer.summary
