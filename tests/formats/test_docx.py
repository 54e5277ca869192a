"""DOCX: paragraphs and tables in document order, tables tab-separated, 「段落N」「表N M行目」."""
from __future__ import annotations

import io

import docx

from assistant.formats import to_text
from assistant.store.places import place_of
from tests.formats.helpers import JOINT_QUESTION, ingest, joint_docx


def _document() -> bytes:
    document = docx.Document()
    document.add_heading("行政改革の取組状況", level=1)
    document.add_paragraph("所管課：情報政策課")
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate([["区分", "件数", "備考"], ["達成", "12", ""], ["未達成", "21", "次年度へ\n継続"]]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    merged = document.add_table(rows=2, cols=3)
    merged.cell(0, 0).merge(merged.cell(0, 1)).text = "結合した見出し"
    merged.cell(0, 2).text = "右"
    for c, value in enumerate(["a", "b", "c"]):
        merged.cell(1, c).text = value
    paragraph = document.add_paragraph("最後の段落")
    paragraph.add_run().add_break()
    paragraph.add_run("改行の後")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_paragraphs_and_tables_in_order():
    ft = to_text(_document(), "報告.docx")
    assert ft.format == "docx"
    lines = ft.text.split("\n")
    assert lines == [
        "行政改革の取組状況", "",  # a paragraph styled as a heading stands apart, as in text
        "所管課：情報政策課", "",  # a table stands apart from the paragraphs
        "区分\t件数\t備考", "達成\t12", "未達成\t21\t次年度へ 継続", "",
        "結合した見出し\t\t右", "a\tb\tc", "",
        "最後の段落", "改行の後",
    ]
    assert ft.place(1) == "段落1"
    assert ft.place(3) == "段落2"
    assert ft.place(6) == "表1 2行目"
    assert ft.place(10) == "表2 2行目"
    assert ft.place(13) == "段落3"


def test_joint_projects_document_is_structured_and_answers(tmp_path):
    summary, reader, assistant = ingest(tmp_path, {"連携事業.docx": joint_docx()})
    assert not summary.skipped, summary.skipped
    assert summary.documents[0]["kind"] == "joint_projects"
    answer = assistant.ask(JOINT_QUESTION)
    assert [r["code"] for r in answer.rows] == ["8"], answer.summary
    line = reader.execute("SELECT line FROM joint_project WHERE code = '8'").fetchone()[0]
    assert place_of(reader.conn, "連携事業.docx", line) == "表1 10行目"


def _auto_numbered() -> bytes:
    import io

    import docx

    document = docx.Document()
    document.add_heading("２　重点事項", level=2)
    for text in ("督促状を速やかに発送する。", "高額滞納者は担当を固定する。", "県と合同で捜索を実施する。"):
        document.add_paragraph(text, style="List Number")  # Word prints 1. 2. 3.; the text holds none
    document.add_paragraph("以上", style="List Bullet")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_auto_numbered_list_keeps_the_numbers_word_prints():
    ft = to_text(_auto_numbered(), "方針.docx")
    lines = [line for line in ft.text.split("\n") if line]
    assert lines[1:4] == ["1. 督促状を速やかに発送する。", "2. 高額滞納者は担当を固定する。", "3. 県と合同で捜索を実施する。"]
    assert lines[4] == "以上"  # a bullet prints no number


def test_auto_numbered_list_items_are_numbered_records(tmp_path):
    _, reader, _ = ingest(tmp_path, {"方針.docx": _auto_numbered()})
    rows = reader.execute("SELECT number, title FROM item WHERE title LIKE '%捜索%'").fetchall()
    assert [tuple(r) for r in rows] == [("3", "県と合同で捜索を実施する。")]
