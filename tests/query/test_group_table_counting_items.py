"""A made-up town's staff improvement scheme (no set's words, years or codes): a workbook grading each 改善案
(改善案番号 101… │ 判定) and, in the committee's minutes, a table grading the 領域 they were filed under by year
(領域番号 │ 領域名 │ 改善案件数 │ 平均点 │ 委員会評価 merged over 令和4/5/6年度). The 領域 are the groups of the graded
改善案 — the 件数 column counts them by their own word — so the rows are keyed as initiatives (initiative:<n>),
though the items' codes do not begin with the groups'. Asked beside the shipped corpus, a grade of a year said of
those groups is no field of the plan report's 実践項目 sheets, and is never turned into an index error."""
from __future__ import annotations

import shutil

import pytest

from tests.conversation_helpers import ask, assistant_over

# (code, name, 判定)
ITEMS = [("101", "来庁予約のオンライン化", "A"), ("102", "窓口番号札の電子化", "B"), ("103", "申請書様式の統一", "C"),
         ("104", "会議資料のペーパーレス化", "A"), ("105", "公用車の共同利用", "B"), ("106", "庁内便の削減", "D"),
         ("107", "時差出勤の拡大", "C"), ("108", "残業申請の電子化", "B")]
# (no, name, 件数, 平均点, R4, R5, R6)
GROUPS = [("1", "住民サービス", "3", "66.0", "C", "B", "B"), ("2", "事務の簡素化", "3", "71.3", "B", "A", "A"),
          ("3", "働き方の見直し", "2", "52.5", "A", "A", "C")]


def _workbook(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "審査結果"
    ws.append(["鷺沼町 令和７年度 改善案審査結果"])
    ws.append([])
    ws.append(["改善案番号", "改善案名", "判定"])
    for row in ITEMS:
        ws.append(list(row))
    wb.save(path)


def _minutes(path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("令和７年度 鷺沼町改善案審査会 議事要旨", level=1)
    doc.add_heading("３ 領域別の評価", level=2)
    table = doc.add_table(rows=2 + len(GROUPS), cols=7)
    head = ["領域番号", "領域名", "改善案件数", "平均点", "委員会評価"]
    for i, text in enumerate(head):
        table.cell(0, i).text = text
    table.cell(0, 4).merge(table.cell(0, 6))
    for i in range(4):
        table.cell(0, i).merge(table.cell(1, i))
    for i, year in enumerate(["令和４年度", "令和５年度", "令和６年度"]):
        table.cell(1, 4 + i).text = year
    for r, row in enumerate(GROUPS, start=2):
        for i, text in enumerate(row):
            table.cell(r, i).text = text
    doc.add_paragraph("委員会評価はＡ（優れている）、Ｂ（概ね妥当）、Ｃ（改善を要する）の３段階です。")
    doc.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, corpus_dir):
    folder = tmp_path_factory.mktemp("group_table_counting_items")
    shutil.copytree(corpus_dir, folder / "docs")
    _workbook(folder / "docs" / "改善案審査結果.xlsx")
    _minutes(folder / "docs" / "改善案審査会議事要旨.docx")
    return assistant_over(folder / "docs")


def _keys(answer) -> list[str]:
    return sorted(str(r["key"]) for r in answer.to_dict()["rows"])


@pytest.mark.parametrize("question,keys", [
    ("前の年より評価が下がった領域（R6）", ["initiative:3"]),
    # (the shipped corpus grades its 実践項目 sheets of 令和6年度 too: no error asking its plan items of the grade)
    ("令和６年度の委員会評価がＡの領域は？", ["initiative:2"]),
])
def test_groups_of_graded_items_are_initiatives(assistant, question, keys) -> None:
    answer = ask(assistant, question)
    assert answer.error is None and answer.status == "exact" and _keys(answer) == keys, \
        (answer.status, answer.error, _keys(answer), answer.summary)


def test_groups_ranked_keep_their_numbers(assistant) -> None:
    answer = ask(assistant, "平均点が高い順に領域を並べて")
    assert [str(r["key"]) for r in answer.to_dict()["rows"]][:3] == ["initiative:2", "initiative:1", "initiative:3"]


def test_grade_of_a_year_said_of_themes_is_no_index_error(assistant) -> None:
    # (テーマ is a field of the plan report's 実践項目: the grade is first read of their 進捗状況シート, whose link to
    # the item no other kind's records carry; trying those kinds must not break the query)
    answer = ask(assistant, "令和６年度の委員会評価がＢのテーマは？")
    assert answer.error is None, answer.error
