"""Two conditions joined by 「…で、」 each printed in another document of the same items (query/joined_clauses.py):
made129's matrix of offices (Word) and its progress sheet (Excel) joined by the items' codes; a clause that works
out an extreme is never joined (the extreme of one clause alone is not of the rows both find)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "tests" / "questions" / "made129" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("joined_clauses")
    for doc in DOCS.iterdir():
        if doc.suffix in (".docx", ".xlsx"):
            shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


def _keys(answer) -> set[str]:
    return {str(r["key"]) for r in answer.to_dict()["rows"]}


def test_conditions_of_two_documents_joined_by_code(assistant) -> None:
    a = ask(assistant, "企画財政課が担当で、令和７年度に◎か○だったもの")
    assert a.status == "exact" and _keys(a) == {f"practice:{c}" for c in ("1-2-3", "2-2-2", "3-1-1", "3-2-2")}
    b = ask(assistant, "企画財政課が担当で、R7が◎のものは何件？")
    assert b.value == 2


def test_an_extreme_of_one_clause_is_not_joined(assistant) -> None:
    a = ask(assistant, "総務課が担当で、R7の達成率が一番高いものは？")
    assert "突き合わせ" not in a.summary


# 「AのうちB」 of one town's facilities, A printed by its reorganisation plan (a web page: 再編区分) and B by its
# facility workbook (劣化度), both numbering the facilities alike. Made up (鶉野町), other words than made179's.
_FACILITIES = [("N-01", "北鶉集会所", "集会所", "維持", "B"), ("N-02", "鶉野北公民館", "公民館", "統合", "C"),
               ("C-01", "鶉野中央公民館", "公民館", "維持", "C"), ("C-02", "本町集会所", "集会所", "廃止", "C"),
               ("S-01", "南鶉公民館", "公民館", "廃止", "B"), ("S-02", "鶉台集会所", "集会所", "複合化", "D"),
               ("S-03", "鶉野南公民館分室", "公民館", "統合", "C")]


def _plan_page() -> str:
    head = "<tr><th>施設番号</th><th>施設名</th><th>再編区分</th><th>実施予定</th></tr>"
    body = "".join(f"<tr><td>{n}</td><td>{name}</td><td>{way}</td><td>令和9年度</td></tr>"
                   for n, name, _, way, _ in _FACILITIES)
    return ("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>集会施設再編計画｜鶉野町</title></head>"
            "<body><h1>鶉野町集会施設再編計画</h1><p>町内の集会施設の再編の方向を定めました。</p>"
            f"<h2>施設別の再編区分</h2><table>{head}{body}</table><h2>お問い合わせ</h2><p>鶉野町 企画課</p></body></html>")


def _facility_book(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "施設一覧"
    ws["A1"] = "鶉野町 集会施設の現況（令和７年３月末）"
    for col, head in enumerate(["施設番号", "施設名", "種別", "建築年", "劣化度"], 1):
        ws.cell(3, col, head)
    for n, (code, name, kind, _, worn) in enumerate(_FACILITIES, 4):
        for col, v in enumerate((code, name, kind, 1970 + n, worn), 1):
            ws.cell(n, col, v)
    wb.save(path)


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("rows_within_joined")
    (folder / "集会施設再編計画｜鶉野町.html").write_text(_plan_page(), encoding="utf-8")
    _facility_book(folder / "集会施設現況一覧.xlsx")
    return assistant_over(folder)


def test_rows_of_one_document_within_which_another_narrows(town) -> None:
    # (was a search: 「…公民館のうち劣化度Ｃのもの」 is no reading of one table; each clause is of its own document)
    a = ask(town, "維持しない公民館のうち劣化度Ｃのもの")
    assert a.status == "exact", a.summary
    assert {k.split(":")[1] for k in _keys(a)} == {"N-02", "S-03"}, a.summary


def test_rows_within_asked_as_places(town) -> None:
    # (「…のところ」 asks rows as もの does; the first clause is asked as said, 「統合か廃止になる公民館は？」)
    a = ask(town, "統合か廃止になる公民館のうち、劣化度がＣのところ")
    assert a.status == "exact", a.summary
    assert {k.split(":")[1] for k in _keys(a)} == {"N-02", "S-03"}, a.summary
