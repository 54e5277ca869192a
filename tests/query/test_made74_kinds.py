"""Kinds of document the fresh holdout made74 found misread, in small documents of made-up towns whose names,
years and rows are not made74's: a Word record of a meeting whose head lines (日　時／場　所／出席者) arrive run
together; a workbook of subsidies reviewed, two years' budgets with 「―」 for none; a text table of a row per
year; and (from the set's own PDF) an evaluation sheet whose result is stated in numbered sections after its
tables. Each test names the value a wrong reading would give."""
from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.query.meeting_lines import head_lines, people_of, spelled_meeting
from tests.conversation_helpers import ask, assistant_over

MADE74 = Path(__file__).resolve().parents[1] / "questions" / "made74" / "docs"
PEOPLE = ["会長（町長） 山本 一郎", "副会長（副町長） 川村 二郎", "総務課長 佐藤 花子", "財政課長 鈴木 三郎"]


def _minutes(path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("令和9年度 第1回 北見原町行財政改革推進会議 会議録", 1)
    doc.add_paragraph("日\u3000時：令和9年6月3日（木） 午前10時00分～午前11時30分")
    doc.add_paragraph("場\u3000所：北見原町役場 2階 大会議室")
    doc.add_paragraph("出席者：" + "、".join(PEOPLE))
    doc.add_paragraph("欠席者：教育長 田中 四郎")
    doc.add_paragraph("説明員：企画課長 ／ 事務局：企画課")
    doc.add_heading("（1）公共施設の見直しについて", 3)
    doc.add_paragraph("【企画課長】\u3000資料1により説明。")
    doc.save(path)


# (補助金名, 所管課, 前年度, 今年度, 区分)
GRANTS = [
    ("自治会活動補助金", "住民課", 5000, 5200, "継続"),
    ("防犯カメラ設置補助金", "住民課", 2000, 1500, "縮小"),
    ("地域行事支援補助金", "住民課", 1200, "―", "統合"),
    ("雨水貯留タンク購入補助金", "環境課", 300, 200, "縮小"),
    ("合併浄化槽設置補助金", "環境課", 8000, 8000, "継続"),
    ("生垣設置奨励補助金", "環境課", 400, "―", "廃止"),
]


def _workbook() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "一覧"
    ws.append(["令和10年度 補助金見直し一覧（西川原市）"])
    ws.append(["金額の単位は千円。"])
    ws.append(["No.", "補助金名", "所管課", "令和9年度予算額（千円）", "令和10年度予算額（千円）", "見直し区分"])
    for n, (name, dept, before, after, kind) in enumerate(GRANTS, 1):
        ws.append([n, name, dept, before, after, kind])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


YEARS = "\n".join([
    "東浜村 ふるさと納税 寄附実績",
    "年度        寄附件数（件）  寄附額（円）",
    "--------------------------------------",
    "令和2年度         1,200     15,000,000",
    "令和3年度         1,500     18,000,000",
    "2022年度          2,100     25,000,000",
    "2023年度          2,600     31,000,000",
    "--------------------------------------",
    "※令和4年度以降は西暦で表記しています。",
])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made74_kinds")
    _minutes(folder / "北見原町_行財政改革推進会議_会議録.docx")
    (folder / "西川原市_補助金見直し一覧.xlsx").write_bytes(_workbook())
    (folder / "東浜村_ふるさと納税.txt").write_text(YEARS, encoding="utf-8")
    shutil.copy(MADE74 / "03_久米ヶ原町_指定管理者モニタリング評価_R6.pdf", folder)
    return assistant_over(folder)


def _exact(answer) -> None:
    assert answer.status == "exact", (answer.status, answer.unused, answer.summary)


# -- the meeting's head lines ---------------------------------------------------------------------------

def test_head_lines_run_together_are_read_by_label() -> None:
    said = head_lines("日 時：令和9年6月3日（木）場 所：役場出席者：会長 山本、副会長 川村欠席者：教育長 田中"
                      "説明員：企画課長 ／ 事務局：企画課")
    assert said["日時"].startswith("令和9年6月3日")
    assert said["場所"] == "役場"
    assert people_of(said["出席者"]) == ["会長 山本", "副会長 川村"]
    assert said["説明員"] == "企画課長"  # (not 「企画課長 ／」)


def test_a_short_meeting_number_and_gyokaku_are_spelled_out() -> None:
    assert "令和9年度の第1回" in spelled_meeting("推進会議（R9第1回）の出席者")
    assert spelled_meeting("行革推進会議はいつ").startswith("行政改革")


def test_when_the_meeting_was_held(assistant) -> None:
    a = ask(assistant, "北見原町の行財政改革推進会議、令和9年度の第1回っていつやった？")
    assert "令和9年6月3日" in a.summary  # (not a speaker's turn read as a table)


def test_how_many_attended(assistant) -> None:
    a = ask(assistant, "北見原町の行財政改革推進会議（R9第1回）の出席者は何人？")
    _exact(a)
    assert a.value == len(PEOPLE)  # 欠席者 and 説明員 are not counted


# -- two years' totals, 「―」 for none -----------------------------------------------------------------

def test_a_dash_beside_the_other_years_figure_is_none_in_the_totals(assistant) -> None:
    a = ask(assistant, "西川原市の住民課の補助金、令和9年度から令和10年度で合計は何千円減った？")
    _exact(a)
    # 5000+2000+1200 = 8200 → 5200+1500+0 = 6700 (not 200 more, the 統合 row left out of both)
    assert a.value == 1500
    assert "―" in a.summary


def test_a_row_called_by_the_start_of_its_name_and_its_kind(assistant) -> None:
    a = ask(assistant, "西川原市の雨水貯留タンクの補助金はもう廃止になったの？")
    _exact(a)
    assert a.value == "縮小"
    assert a.summary.startswith("いいえ")


# -- a row per year --------------------------------------------------------------------------------------

def test_the_column_asked_goes_on_to_another_year(assistant) -> None:
    ask(assistant, "東浜村のふるさと納税、令和3年度の寄附件数は？")
    a = assistant.ask("じゃあ2023年度は？")
    _exact(a)
    assert a.value == 2600  # (not the row without a value)


# -- an evaluation sheet's result in numbered sections --------------------------------------------------

def test_sections_after_the_tables_are_the_sheets_fields(assistant) -> None:
    rows = {r["title"]: json.loads(r["fields"]) for r in assistant.db.query(
        "SELECT title, fields FROM item WHERE source LIKE '%モニタリング%'")}
    culture = next(f for t, f in rows.items() if "文化センター" in t)
    assert culture["総合評価"] == "S"
    assert culture["所見"].endswith("運営である。")  # the paragraph's lines joined, the legend left out


def test_facilities_counted_not_the_kinds_of_a_column_named_after_them(assistant) -> None:
    a = ask(assistant, "久米ヶ原町でNPO法人が指定管理者になってる施設はいくつ？")
    _exact(a)
    assert a.count == 3  # (not 2, the kinds of 施設の維持管理 among them)
