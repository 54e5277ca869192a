"""A town's plan table with codes of two numbers, ※ notes under it and minutes after it: what a row's
cells cannot say (why it is behind, what comes next) is answered by the note or the reply that names the
row; a follow-up sums the rows it narrowed; 0 and － are told apart where the column prints both."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

PLAN = """浜北町行政改革実施計画 2024年度取組状況

取組番号\t取組名\t主管課\t期間\t進捗状況\t効果額（千円）
1-1\t行政手続のオンライン化\tデジタル推進課\t2024～2027年度\t概ね達成\t2,300
1-2\tAI-OCRの導入\tデジタル推進課\t2024～2025年度\t達成\t5,800
2-1\t使用料の見直し\t財政課\t2024年度\t達成\t12,000
2-2\t市営住宅の集約化\t住宅課\t2025～2027年度\t－\t－
2-3\t下水道使用料の見直し\t下水道課\t2024～2026年度\t概ね達成\t18,000
3-1\t職員提案制度\t人事課\t2024年度\t達成\t0

※ 取組2-2は2025年度から着手するため、2024年度は評価していません。
※ 効果額の「0」は効果額が生じていない取組です。
※ 「－」は効果額を算定していない取組です。

会議録（抜粋）
委員A：下水道使用料の見直しが概ね達成にとどまった理由を伺いたい。
事務局（下水道課）：料金改定の周知に時間を要したため、改定時期を半年遅らせました。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("told")
    (folder / "hamakita_2024.txt").write_text(PLAN, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_a_code_of_two_numbers_is_one_row(assistant):
    assistant.reset()
    answer = assistant.ask("浜北町の取組2-3は何？")
    assert answer.status == "exact" and [r["title"] for r in answer.rows] == ["下水道使用料の見直し"]


def test_why_is_answered_by_the_note_naming_the_row(assistant):
    assistant.reset()
    answer = assistant.ask("浜北町の取組2-2はなぜ評価されていないの？")
    assert answer.status == "search" and "2025年度から着手" in answer.summary


def test_why_in_minutes_is_the_reply_after_the_question(assistant):
    assistant.reset()
    answer = assistant.ask("浜北町の下水道使用料の見直しが概ね達成にとどまった理由は？")
    assert answer.status == "search" and "改定時期を半年遅らせました" in answer.summary


def test_a_dash_is_not_zero_where_the_column_prints_zero(assistant):
    assistant.reset()
    answer = assistant.ask("浜北町で効果額が0の取組はいくつ？")
    assert answer.status == "exact" and answer.value == 1


def test_the_sum_of_the_rows_narrowed_before(assistant):
    assistant.reset()
    assistant.ask("浜北町の取組で効果額が5,000千円以上のもの")
    answer = assistant.ask("その合計は？")
    assert answer.status == "exact" and answer.value == 5800 + 12000 + 18000


def test_a_year_an_item_ends_in_over_a_span_written_in_western_years(assistant):
    assistant.reset()
    assistant.ask("浜北町でデジタル推進課の取組")
    answer = assistant.ask("そのうち2025年度に終わるもの")
    assert answer.status == "exact" and [r["title"] for r in answer.rows] == ["AI-OCRの導入"]


def test_a_note_naming_a_mark_is_a_condition(assistant):
    assistant.reset()
    answer = assistant.ask("浜北町で効果額を算定していない取組は？")
    assert answer.status == "exact" and [r["title"] for r in answer.rows] == ["市営住宅の集約化"]



# (番号, 取組名, 令和7年度の実績, 担当部局, 達成度): a Word report, each measure a heading over its paragraphs and a small table.
MEASURES = [
    (1, "学校給食調理業務の民間委託", "委託先の公募を行ったが応募がなく、令和8年度に再公募する。", "学校管理課", "2"),
    (2, "未利用地の売却", "7区画を公告し、5区画が落札された。", "管財課", "4"),
    (3, "保育所の統合", "保護者への説明の準備を行った。", "こども保育課", "1"),
]


def test_why_of_a_measure_under_its_own_heading_is_its_paragraph(tmp_path):
    """「…が進まなかった理由は？」 of a measure whose heading is its name: the paragraphs under that
    heading are what the document says of it (the heading alone says nothing)."""
    from docx import Document

    doc = Document()
    doc.add_heading("南砺市行政改革実施計画 令和7年度取組状況報告書", level=0)
    doc.add_heading("Ⅰ 効率的な行財政運営", level=1)
    for no, title, result, dept, grade in MEASURES:
        doc.add_heading(f"{no}　{title}", level=2)
        doc.add_paragraph(f"（令和7年度の実績）{result}")
        table = doc.add_table(rows=3, cols=2)
        for row, (label, value) in enumerate((("担当部局", dept), ("実施期間", "令和7年度～令和9年度"), ("達成度", grade))):
            table.cell(row, 0).text = label
            table.cell(row, 1).text = value
    doc.add_heading("達成度の集計", level=1)
    summary = doc.add_table(rows=4, cols=2)
    for row, (grade, count) in enumerate((("達成度", "件数"), ("4", "1"), ("2", "1"), ("1", "1"))):
        summary.cell(row, 0).text, summary.cell(row, 1).text = grade, count
    doc.save(tmp_path / "nanto_r7.docx")
    index = tmp_path / "gyokaku.db"
    assert not build_index([tmp_path], index).skipped
    answer = Assistant(open_index(index)).ask("南砺市の学校給食調理業務の民間委託が進まなかった理由は？")
    assert answer.status == "search" and "応募がなく" in answer.summary, answer.summary
