"""「見直し方針が継続の法人で職員数がいちばん少ないのは？」: rows named by one document (a web page of each body's
見直し方針), the extreme among them by another (a workbook of staff), both numbering the bodies alike: asked as the
two turns it stands for (query/joined_clauses.py). A made-up town (萩野台町), indexed alone."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

# (番号, 法人名, 略称, 見直し方針, 職員数)
_BODIES = [("01", "一般財団法人萩野台町公園協会", "公園協会", "継続", 14), ("02", "萩野台町開発株式会社", "町開発", "解散", 2),
           ("03", "社会福祉法人萩野台福祉会", "福祉会", "継続", 52), ("04", "萩野台温泉株式会社", "温泉", "民営化", 60),
           ("05", "公益社団法人萩野台町シルバー人材センター", "シルバー人材センター", "継続", 3)]


def _page() -> str:
    body = "".join(f"<tr><td>{n}</td><td>{short}</td><td>{way}</td></tr>" for n, _, short, way, _ in _BODIES)
    return ("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>出資法人の見直し方針｜萩野台町</title>"
            "</head><body><h1>出資法人の見直し方針</h1><p>町が出資する法人の見直し方針を定めました。</p><h2>法人別の方針</h2>"
            f"<table><tr><th>番号</th><th>法人名</th><th>見直し方針</th></tr>{body}</table></body></html>")


def _book(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "職員"
    ws["A1"] = "萩野台町 出資法人の職員数（令和6年4月1日現在）"
    for col, head in enumerate(["番号", "法人名", "職員数"], 1):
        ws.cell(3, col, head)
    for row, (n, name, _, _, staff) in enumerate(_BODIES, 4):
        for col, v in enumerate((n, name, staff), 1):
            ws.cell(row, col, v)
    wb.save(path)


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("extreme_within_rows")
    (folder / "出資法人の見直し方針｜萩野台町.html").write_text(_page(), encoding="utf-8")
    _book(folder / "出資法人の職員数.xlsx")
    return assistant_over(folder)


@pytest.mark.parametrize("question,code", [
    ("見直し方針が継続の法人で職員数がいちばん少ないのは？", "05"),
    ("見直し方針が継続の法人のうち職員数が一番多いのは？", "03"),
])
def test_extreme_among_rows_another_document_names(town, question, code) -> None:
    # (the whole town's least and most staffed bodies, 02 and 04, are not 継続)
    a = ask(town, question)
    assert a.status == "exact", (a.status, a.unused, a.summary)
    assert [str(r["key"]).split(":")[-1] for r in a.to_dict()["rows"]] == [code], a.summary
