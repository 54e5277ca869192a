"""Questions over measures other cities print in shapes of their own: a Word table of label | value
per measure, a web page's <ol> with status badges, two captioned tables each with a 計 row, and a
workbook whose 評価年度 column is in 西暦 (2024年度) while users say 令和6年度."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conftest import SHARED
from tests.formats.helpers import xlsx_bytes
from tests.kinds.test_generic_record_lists import STATUS_PAGE, _pair_tables_docx

# The two tables of a 財政健全化計画's report as a ruled PDF gives them (one tab row a line).
PLAN = """湊川市財政健全化計画 進捗報告（令和6年度実績）
財政健全化計画に掲げる歳入確保策と歳出削減策の効果額の実績を報告します。
1 歳入確保策
（単位：百万円）
取組\t目標額\t実績額
市税収納率の向上\t120\t135
ふるさと納税の推進\t300\t412
使用料の見直し\t80\t52
計\t500\t599
2 歳出削減策
（単位：百万円）
取組\t目標額\t実績額
人件費の抑制\t400\t385
事務事業の見直し\t250\t270
公共施設の統廃合\t180\t95
計\t830\t750
"""

EVALUATIONS = [["湊川市 事務事業評価一覧（令和6年度・令和7年度評価）"], [], ["No", "事業名", "所管課", "評価区分", "評価年度"]] + [
    [1, "防災無線維持管理事業", "防災課", "継続", "2025年度"],
    [2, "庁舎清掃委託事業", "総務課", "継続", "2024年度"],
    [3, "窓口案内業務委託事業", "市民課", "廃止", "2025年度"],
    [4, "敬老祝金支給事業", "福祉課", "廃止", "2024年度"],
    [5, "公用車管理事業", "総務課", "縮小", "2025年度"],
    [6, "広報紙発行事業", "企画課", "廃止", "2025年度"],
]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("shapes")
    (folder / "湊川市_推進計画_進捗状況.docx").write_bytes(_pair_tables_docx())
    (folder / "湊川市_取組状況.html").write_text(STATUS_PAGE, encoding="utf-8")
    (folder / "湊川市_財政健全化計画_進捗報告.txt").write_text(PLAN, encoding="utf-8")
    (folder / "湊川市_事務事業評価一覧_令和7年度.xlsx").write_bytes(xlsx_bytes({"評価一覧": EVALUATIONS}))
    for path in (SHARED / "corpus").glob("*.txt"):  # beside the shipped documents, as users run it
        shutil.copy(path, folder / path.name)
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.mark.parametrize("question, count", [
    ("湊川市の推進計画の取組は全部で何件？", 3),
    ("湊川市の推進計画で進捗がCの取組は何件？", 1),
    ("湊川市の推進計画で進捗がCではない取組は何件？", 2),
    ("湊川市の行財政改革の取組で完了したものは何件？", 1),
    ("湊川市の行財政改革の取組で完了していないものは何件？", 2),
])
def test_measures_each_printed_on_their_own_are_counted(assistant, question, count):
    assistant.reset()
    answer = assistant.ask(question)
    assert (answer.status, answer.value) == ("exact", count), answer.summary


@pytest.mark.parametrize("question, said", [
    ("湊川市の推進計画で補助金の見直しの担当課は？", "財政課"),
    ("湊川市の保育所の民営化の状況は？", "実施中"),
    ("湊川市の支所機能の再編の担当は？", "地域振興課"),
])
def test_a_measures_field_is_answered(assistant, question, said):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact" and said in answer.summary, answer.summary


@pytest.mark.parametrize("question, value", [
    ("湊川市の財政健全化計画で歳入確保策の実績額の計は？", 599),
    ("湊川市の財政健全化計画で歳出削減策の目標額の計は？", 830),
    ("湊川市の財政健全化計画で歳出削減策の実績額の合計は？", 750),
])
def test_the_total_of_a_table_named_by_its_caption(assistant, question, value):
    assistant.reset()
    answer = assistant.ask(question)
    assert (answer.status, answer.value) == ("exact", value), answer.summary


@pytest.mark.parametrize("question, count", [
    ("湊川市で令和6年度に評価された事務事業は何件？", 2),
    ("湊川市の令和7年度評価で廃止となった事業は何件？", 2),
])
def test_a_wareki_year_said_matches_a_western_year_cell(assistant, question, count):
    assistant.reset()
    answer = assistant.ask(question)
    assert (answer.status, answer.value) == ("exact", count), answer.summary


def test_who_does_what_the_table_is_of_is_not_the_tables_rows(assistant):
    # 「事務事業評価は誰が行っているのですか」: the title's words, and a question no column answers; the
    # table's 6 rows are no answer to it (the text that says who may be elsewhere)
    assistant.reset()
    answer = assistant.ask("湊川市の事務事業評価は誰が行っているのですか")
    assert answer.target != "table_row" or answer.status != "exact", answer.summary
