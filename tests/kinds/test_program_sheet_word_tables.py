"""An evaluation sheet of another city written in Word tables (事務事業評価表): 事業コード beside its value,
a numbered cost table (「1 コストの推移（単位：千円）」) whose columns are western years settled or
budgeted (2022年度 決算 │ 2023年度 決算 │ 2024年度 予算) over rows 事業費, うち一般財源, 人件費 and
総コスト（事業費＋人件費）, an indicator table headed 指標名（単位） with 目標値/実績値/達成率 rows per
indicator and the next year's targets in a sentence under it, and an evaluation printed as a row of labels over a row of values (有効性 │ 効率性 │ 今後の方向性
over A │ B │ 縮小). The town, its program and figures are made up."""
from __future__ import annotations

import io

import pytest
from docx import Document

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.kinds.program_sheet import loader as program_sheet
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index


def _table(document, rows):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


def sheet() -> bytes:
    document = Document()
    document.add_paragraph("青葉町 事務事業評価表(令和6年度評価)")
    _table(document, [["事業コード", "2-1-07", "事業名", "公園遊具更新事業"],
                      ["所管部", "建設部", "所管課", "公園緑地課"],
                      ["事業開始年度", "令和元年度(2019年度)", "根拠計画", "青葉町公園施設長寿命化計画"]])
    document.add_paragraph("事業の目的:老朽化した遊具を計画的に更新し、子どもが安全に遊べる公園を保つ。")
    document.add_paragraph("1 コストの推移(単位:千円)")
    _table(document, [["区分", "2022年度 決算", "2023年度 決算", "2024年度 予算"],
                      ["事業費", "7,400", "9,100", "8,000"],
                      ["うち一般財源", "3,700", "4,550", "4,000"],
                      ["人件費", "2,200", "2,300", "2,300"],
                      ["総コスト(事業費+人件費)", "9,600", "11,400", "10,300"]])
    document.add_paragraph("2 指標の推移")
    _table(document, [["指標区分", "指標名(単位)", "区分", "2022年度", "2023年度"],
                      ["活動指標", "遊具の更新基数(基)", "目標値", "6", "8"],
                      ["活動指標", "遊具の更新基数(基)", "実績値", "6", "7"],
                      ["活動指標", "遊具の更新基数(基)", "達成率", "100.0%", "87.5%"],
                      ["成果指標", "公園の平均利用者数(人/日)", "目標値", "120", "130"],
                      ["成果指標", "公園の平均利用者数(人/日)", "実績値", "126", "141"],
                      ["成果指標", "公園の平均利用者数(人/日)", "達成率", "105.0%", "108.5%"]])
    document.add_paragraph("2024年度目標値:遊具の更新基数 10基、公園の平均利用者数 1,150人/日")
    document.add_paragraph("3 評価")
    _table(document, [["有効性", "効率性", "今後の方向性"], ["A", "B", "縮小"]])
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_read_as_a_program_sheet():
    text = to_text(sheet(), "hyoka.docx").text
    assert registry.detect(text) is program_sheet
    doc = program_sheet.parse(text, "hyoka.docx")
    program = doc.records[0].fields
    assert (program["code"], program["name"], program["section"]) == ("2-1-07", "公園遊具更新事業", "公園緑地課")
    # The latest settled column is the sheet's own; the budget column is kept apart.
    assert (program["settlement_year"], program["total_cost"], program["full_cost"]) == ("R5", 9100, 11400)
    assert program["costs_by_year"]["R4"] == {"total_cost": 7400, "general_revenue": 3700, "personnel_cost": 2200,
                                              "full_cost": 9600}
    assert "R6" not in program["costs_by_year"] and program["budgets_by_year"]["R6"]["full_cost"] == 10300
    assert program["cost_unit"] == "千円"
    # each value under its label, never the next cell across the line
    assert program["future_policy"] == "縮小" and program["evaluation"] == "有効性 A、効率性 B"
    indicators = {(r.fields["indicator"], r.fields["year"]): r.fields for r in doc.records if r.kind == "indicator"}
    assert len(indicators) == 6
    # a later year's targets said in a sentence under the table: that year's 目標値, numbered after the table's
    later = indicators[("公園の平均利用者数(人/日)", "R6")]
    assert (later["goal"], later["actual"], later["unit"]) == (1150, None, "人/日")
    assert [r.code for r in doc.records if r.kind == "indicator"][-2:] == ["2-1-07-5", "2-1-07-6"]
    visits = indicators[("公園の平均利用者数(人/日)", "R5")]
    assert (visits["type"], visits["goal"], visits["actual"], visits["rate"]) == ("成果指標", 130, 141, 108.5)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("word_sheet")
    (folder / "hyoka.docx").write_bytes(sheet())
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.mark.parametrize("question, value", [
    ("公園遊具更新事業の2022年度の事業費は？", 7400),
    ("公園遊具更新事業の2024年度予算の総コストは？", 10300),
    # a year printed only as a budget: that budget, said to be one
    ("公園遊具更新事業の令和6年度の事業費はいくら？", 8000),
    ("公園遊具更新事業の今後の方向性は？", "縮小"),
    ("遊具の更新基数の2023年度の達成率は？", 87.5),
    # 平均 in the indicator's name asks no average
    ("公園の平均利用者数の2022年度の実績値は？", 126),
    ("遊具の更新基数の2024年度の目標値は？", 10),
])
def test_asked(assistant, question, value):
    assistant.reset()
    answer = assistant.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert answer.value == value
    if "予算" in question or "令和6年度" in question:
        assert "予算" in answer.summary


@pytest.mark.parametrize("question, expected", [
    # the start year as the sheet prints it (令和元年度(2019年度)) compares as a year
    ("令和元年度に始まった事務事業は？", ["2-1-07"]),
    ("2020年度以前に開始した事務事業は？", ["2-1-07"]),
    ("令和2年度以降に始まった事務事業は？", []),
])
def test_started(assistant, question, expected):
    assistant.reset()
    answer = assistant.ask(question)
    assert [r["code"] for r in answer.rows] == expected, (answer.summary, answer.understood)
    assert answer.status == ("exact" if expected else "no_match")
