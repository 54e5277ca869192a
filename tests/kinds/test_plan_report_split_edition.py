"""A plan report published as two documents, each made here: an evaluation list workbook (practice items
coded 1-1 … under 「取組N <名称>（<基本方針>）」 rows, yearly points in 西暦 year columns, 完了年度 in 和暦,
所管課 as 「部 課」; a sheet of the initiatives with their own grade) and a Word opinion paper (per 取組 its
基本方針／所管部, the committee's judgement in words 十分 / 概ね十分 / やや不十分, the opinions). Each is read
as a plan report; in the index the initiatives both print under one number are one record. The city,
plan and items are made up."""
from __future__ import annotations

import io

import pytest
from docx import Document
from openpyxl import Workbook

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

PLAN = "北浜町行政改革実行計画"
INITIATIVES = {1: ("窓口の改善", "住民サービス", "住民部", "A", "十分"),
               2: ("財源の確保", "健全な財政", "財政部", "B", "概ね十分"),
               3: ("施設の見直し", "健全な財政", "財政部", "B", "やや不十分")}
PRACTICES = {"1-1": ("電子申請の拡大", [3, 4, 5], "", "住民部 住民課"),
             "1-2": ("窓口のキャッシュレス化", [2, 4, None], "R6", "会計室 会計課"),
             "2-1": ("ふるさと納税の推進", [4, 5, 5], "", "財政部 企画財政課"),
             "2-2": ("使用料の見直し", [None, 2, 3], "", "財政部 企画財政課"),
             "3-1": ("集会所の統合", [1, 2, 2], "", "財政部 管財課")}


def workbook() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "評価一覧"
    ws.append([f"{PLAN}　評価一覧（令和5年度～令和7年度）"])
    ws.append([])
    ws.append(["コード", "実践項目", "2023年度", "2024年度", "2025年度", "平均点", "完了年度", "所管課"])
    for no, (name, policy, *_rest) in INITIATIVES.items():
        ws.append([f"取組{no}", f"{name}（{policy}）"])
        for code, (title, points, ended, ka) in PRACTICES.items():
            if code.startswith(f"{no}-"):
                graded = [p for p in points if p is not None]
                ws.append([code, title, *("－" if p is None else p for p in points),
                           round(sum(graded) / len(graded), 1), ended, ka])
    ws.append([])
    ws.append(["注）年度欄は評価点（5段階、5が最高）。「－」は評価対象外。"])
    ws2 = wb.create_sheet("取組一覧")
    ws2.append(["取組No", "基本方針", "取組名", "所管部", "実践項目数", "担当部自己評価"])
    for no, (name, policy, dept, own, _j) in INITIATIVES.items():
        ws2.append([no, policy, name, dept, sum(c.startswith(f"{no}-") for c in PRACTICES), own])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def paper() -> bytes:
    doc = Document()
    doc.add_heading(f"{PLAN}に対する委員意見書", 0)
    doc.add_heading("1　取組ごとの判定", 1)
    for no, (name, policy, dept, _own, judgement) in INITIATIVES.items():
        doc.add_heading(f"取組{no}　{name}", 2)
        doc.add_paragraph(f"基本方針：{policy}　／　所管部：{dept}")
        doc.add_paragraph(f"委員会の判定：{judgement}")
        doc.add_paragraph("委員の意見")
        doc.add_paragraph(f"{name}の成果を検証されたい。", style="List Bullet")
        doc.add_paragraph("引き続き取り組まれたい。", style="List Bullet")
    doc.add_heading("2　委員名簿", 1)
    doc.add_paragraph("委員長　山田 花子")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_each_document_is_read_as_a_plan_report():
    listing = registry.parse(to_text(workbook(), "list.xlsx").text, "list.xlsx")
    opinions = registry.parse(to_text(paper(), "paper.docx").text, "paper.docx")
    assert (listing.kind, opinions.kind) == ("plan_report", "plan_report")
    practices = {r.code: r.fields for r in listing.records if r.kind == "practice"}
    assert sorted(practices) == sorted(PRACTICES)
    # western year columns are the 和暦 grade fields; a dash is an ungraded year
    assert (practices["1-1"]["r5"], practices["1-1"]["r7"], practices["1-2"]["r7"]) == ("3", "5", "-")
    assert practices["1-2"]["ended"] == "R6" and practices["2-2"]["initiative"] == "2"
    assert practices["3-1"]["departments"] == ["財政部 管財課"] and practices["3-1"]["average"] == pytest.approx(1.7)
    judged = {r.code: r.fields["judgement"] for r in opinions.records if r.kind == "initiative"}
    assert judged == {"1": "十分", "2": "概ね十分", "3": "やや不十分"}
    assert sum(r.kind == "comment" for r in opinions.records) == 6


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("split")
    (folder / "kitahama_list.xlsx").write_bytes(workbook())
    (folder / "kitahama_paper.docx").write_bytes(paper())
    index = folder / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index)), index, folder


def _codes(answer) -> list[str]:
    return sorted(str(r["code"]) for r in answer.rows)


@pytest.mark.parametrize("question, expected", [
    ("北浜町の実践項目で令和6年度に完了したものは？", ["1-2"]),
    ("北浜町の管財課が担当している実践項目は？", ["3-1"]),
    ("北浜町の取組2の実践項目は？", ["2-1", "2-2"]),
    ("北浜町で委員会の判定が十分だった取組は？", ["1"]),  # never 概ね十分 nor やや不十分
    ("北浜町で委員会の判定が「概ね十分」か「やや不十分」の取組は？", ["2", "3"]),
    ("北浜町で財政部が所管する取組は？", ["2", "3"]),
    # the initiatives' own grade (the list) and the committee's judgement (the paper) of one record
    ("北浜町で担当部自己評価がBで委員会の判定が概ね十分の取組は？", ["2"]),
])
def test_questions_over_both_documents(assistant, question, expected):
    a, _, _ = assistant
    a.reset()
    answer = a.ask(question)
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert _codes(answer) == expected


def test_initiatives_are_one_record_each_and_rejoin_after_reingest(assistant):
    a, index, folder = assistant
    a.reset()
    assert a.ask("北浜町で委員会の判定が概ね十分の取組は何件？").count == 1
    # the paper read again alone: the join is made afresh from the list's kept rows
    doc = Document(io.BytesIO(paper()))
    doc.add_paragraph("（追記）")
    out = io.BytesIO()
    doc.save(out)
    (folder / "kitahama_paper.docx").write_bytes(out.getvalue())
    build_index([folder], index)
    again = Assistant(open_index(index))
    answer = again.ask("北浜町で担当部自己評価がAの取組は？")
    assert _codes(answer) == ["1"] and answer.rows[0]["judgement"] == "十分"
    assert again.ask("北浜町の取組項目は何件？").count == 3
