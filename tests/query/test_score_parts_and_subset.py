"""A list of every proposal scored under a two-row header (評価点数 over ①費用対効果（40）…合計（100）) beside minutes
whose 表彰 table lists some of the same proposals (賞 │ 提案番号 │ 提案名 │ 合計点): the parts are said by their own
names (「新規性が20点未満」), the total as users say it (「合計点」), and a question saying nothing of the awards
(「合計点が70点以上の提案は何件？」「合計点が高い順に上位２件」) is about every proposal — the full list answers, not
the awarded few whose column happens to be printed 合計点. Made documents of 鷺ノ森市 (other codes, items and years
than tests/questions/made180's 椿ヶ瀬市)."""
from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from openpyxl import Workbook

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

# 提案番号, 提案名, 提案課, 費用対効果, 実現可能性, 新規性, 合計
_SCORED = [("3101", "市税の納付案内のSMS送信", "納税課", 34, 25, 22, 81),
           ("3102", "図書館の返却ポスト増設", "図書館", 22, 20, 12, 54),
           ("3103", "道路照明のLED一括更新", "道路課", 30, 24, 18, 72),
           ("3104", "庁内会議の原則オンライン化", "総務課", 28, 26, 19, 73),
           ("3105", "窓口の多言語タブレット", "市民課", 25, 18, 25, 68),
           ("3106", "庁内フリーアドレスの導入", "総務課", 18, 15, 14, 47),
           ("3107", "電子契約の導入", "契約課", 36, 22, 24, 82),
           ("3108", "健診予約のウェブ受付", "健康推進課", 27, 23, 21, 71)]
# 賞, 提案番号, 提案名, 合計点 (the awarded few only)
_AWARDED = [("最優秀賞", "3107", "電子契約の導入", "８２"), ("優秀賞", "3101", "市税の納付案内のSMS送信", "８１"),
            ("優秀賞", "3104", "庁内会議の原則オンライン化", "７３"), ("奨励賞", "3108", "健診予約のウェブ受付", "７１")]


def _scored(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "評価結果"
    ws.cell(1, 1, "令和７年度 鷺ノ森市 職員提案 評価結果一覧")
    for c, v in enumerate(["提案番号", "提案名", "提案課", "評価点数"], 1):
        ws.cell(3, c, v)
    for c, v in enumerate(["①費用対効果（40）", "②実現可能性（30）", "③新規性（30）", "合計（100）"], 4):
        ws.cell(4, c, v)
    for c in (1, 2, 3):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=4, end_row=3, end_column=7)
    for r, row in enumerate(_SCORED, 5):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    wb.save(path)


def _minutes(path: Path) -> None:
    doc = Document()
    doc.add_heading("令和７年度 鷺ノ森市職員提案評価会議 会議録", level=1)
    doc.add_heading("１　表彰候補の選定", level=2)
    table = doc.add_table(rows=len(_AWARDED) + 1, cols=4)
    for r, row in enumerate([("賞", "提案番号", "提案名", "合計点"), *_AWARDED]):
        for c, v in enumerate(row):
            table.cell(r, c).text = v
    doc.add_paragraph("以上の４件を表彰候補とすることが了承された。")
    doc.save(path)


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    docs = tmp_path_factory.mktemp("saginomori_docs")
    _scored(docs / "職員提案評価結果一覧.xlsx")
    _minutes(docs / "職員提案評価会議_会議録.docx")
    index = tmp_path_factory.mktemp("saginomori_index") / "gyokaku.db"
    build_index([docs], index)
    return Assistant(open_index(index))


def _codes(answer) -> list[str]:
    return [str(r["key"]).split(":", 1)[1] for r in answer.to_dict()["rows"]]


def test_total_score_counted_over_every_proposal(city):
    city.reset()
    answer = city.ask("合計点が70点以上の提案は何件？")
    assert answer.status == "exact", answer.summary
    assert answer.count == 5, answer.summary


def test_top_total_scores_of_every_proposal(city):
    city.reset()
    answer = city.ask("合計点が高い順に上位２件を教えて")
    assert answer.status == "exact", answer.summary
    assert _codes(answer)[:2] == ["3107", "3101"], answer.summary


def test_part_of_the_score_said_by_its_name(city):
    # (「どれ」 asks which: no word inside a name, though フリーアドレス holds its kana)
    city.reset()
    answer = city.ask("新規性が20点未満の提案はどれ？")
    assert answer.status == "exact", answer.summary
    assert set(_codes(answer)) == {"3102", "3103", "3104", "3106"}, answer.summary


def test_points_of_one_proposal_are_its_total(city):
    # (「何点」 of one row of a score printed in parts: the total, not the row's every cell with no value)
    city.reset()
    answer = city.ask("提案番号3104は何点？")
    assert answer.status == "exact" and answer.value == 73, (answer.status, answer.value, answer.summary)


def test_points_of_a_proposal_named_by_a_word_of_its_name(city):
    # (「多言語タブレットの提案」: a word of one row's 提案名, though 提案課 is headed with 提案 too; the katakana
    # word read as written, not cut at the と its hiragana form holds)
    city.reset()
    answer = city.ask("多言語タブレットの提案って何点だった？")
    assert answer.status == "exact" and answer.value == 68, (answer.status, answer.value, answer.summary)
