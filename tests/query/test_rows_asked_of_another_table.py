"""「３年連続でＢ以上だったテーマは？」 beside the shipped plan report, whose 実践項目 each print a テーマ (a field of
theirs, graded item by item): a made-up town's minutes (docx) hold a table whose rows are テーマ (テーマ番号 │ テーマ名 │
事業数 │ 評価 by year), which reads the whole question. The question ends on what it asks, and only that table's rows
are テーマ: its rows answer, not the records' themes listed (made180 m180-031 over 椿ヶ瀬市's テーマ別評価)."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

CORPUS = Path(__file__).parent.parent.parent / "corpus"

# (number, name, projects, R3, R4, R5)
THEMES = [("1", "子育て世帯の定住促進", "4", "Ｂ", "Ａ", "Ｂ"),
          ("2", "観光交流の拡大", "3", "Ｃ", "Ｂ", "Ｂ"),
          ("3", "公共交通の確保", "5", "Ａ", "Ａ", "Ａ"),
          ("4", "防災体制の強化", "2", "Ｂ", "Ｃ", "Ａ")]


def _minutes(path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("令和５年度 柚ノ木町総合戦略推進会議 会議録", 1)
    doc.add_paragraph("日時　令和６年２月１５日（木）午前１０時から")
    doc.add_heading("３　テーマ別の評価", 2)
    header = ["テーマ番号", "テーマ名", "事業数", "令和３年度評価", "令和４年度評価", "令和５年度評価"]
    table = doc.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    for row in THEMES:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    doc.add_paragraph("評価はＡ（順調）、Ｂ（おおむね順調）、Ｃ（遅れ）の３段階とした。")
    doc.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("rows_asked_of_another_table")
    _minutes(folder / "総合戦略推進会議_会議録.docx")
    # (beside the shipped plan report, as users have them: its 実践項目 print テーマ as a field of each)
    index = folder / "gyokaku.db"
    build_index([CORPUS, folder], index)
    return Assistant(open_index(index))


def test_the_rows_a_table_calls_by_the_word_asked_answer(assistant) -> None:
    answer = ask(assistant, "３年連続でＢ以上だったテーマは？")
    assert answer.status == "exact", (answer.status, answer.summary)
    names = sorted(str(r.get("title") or r.get("テーマ名")) for r in answer.rows)
    assert names == ["公共交通の確保", "子育て世帯の定住促進"], (names, answer.summary)
    # (every year's column read: no note says the latest year's alone was)
    assert not any("最新の" in n for n in answer.notes), answer.notes


def test_the_records_kind_said_keeps_the_records(assistant) -> None:
    # (「実践項目」 said: the records' own items are asked, their テーマ a field of theirs)
    answer = ask(assistant, "３年連続でＢ以上だった実践項目のテーマは？")
    assert all(str(r.get("key", "")).startswith("practice:") for r in answer.rows), answer.summary
