"""A web page's matrix of ways of paying marked ○ or － under a legend 「（○：利用可、－：利用不可）」, one column a
way of paying printed with its tool (電子マネー決済アプリ), and a workbook of the same rows' figures: 「アプリを
除いた名で払えない」 is the legend's 不可 (the dash), said without the tool and in everyday short form (made182
m182-010 is of this kind), then joined by the rows' names with the other document's condition (joined_clauses).
Made up: 桐ヶ丘町's 使用料 of its facilities, other rows, other words."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

# (施設, 窓口, クレジットカード決済システム, 利用率 R6)
_ROWS = [("中央体育館", "○", "○", 71.2), ("桐ヶ丘公民館", "○", "－", 64.0), ("北部運動場", "○", "－", 38.5),
         ("文化ホール", "○", "○", 55.1), ("南テニスコート", "○", "－", 80.3)]


def _page() -> str:
    head = "<tr><th>施設</th><th>窓口</th><th>クレジットカード決済システム</th></tr>"
    body = "".join(f"<tr><td>{n}</td><td>{a}</td><td>{b}</td></tr>" for n, a, b, _ in _ROWS)
    return ("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>施設使用料の支払方法｜桐ヶ丘町</title></head>"
            "<body><h1>施設使用料の支払方法</h1><p>町の施設の使用料は次の方法で支払うことができます。</p>"
            f"<table><caption>施設別の支払方法（○：利用可、－：利用不可）</caption>{head}{body}</table>"
            "<h2>お問い合わせ</h2><p>桐ヶ丘町 生涯学習課</p></body></html>")


def _book(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "利用状況"
    ws["A1"] = "桐ヶ丘町 施設別利用状況（令和６年度）"
    for col, head in enumerate(["施設", "利用件数", "利用率（％）"], 1):
        ws.cell(3, col, head)
    for n, (name, _, _, rate) in enumerate(_ROWS, 4):
        for col, v in enumerate((name, 1000 + n, rate), 1):
            ws.cell(n, col, v)
    wb.save(path)


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("marks_barred_by_legend")
    (folder / "施設使用料の支払方法｜桐ヶ丘町.html").write_text(_page(), encoding="utf-8")
    _book(folder / "施設別利用状況.xlsx")
    return assistant_over(folder)


def _names(answer) -> set[str]:
    return {str(r["key"]).split(":", 1)[1] for r in answer.to_dict()["rows"]}


def test_cannot_pay_is_the_legends_barred_dash(town) -> None:
    # (was a search: クレカ決済 said no column, and 払えない over ○／－ was left unread)
    a = ask(town, "クレカ決済で払えない施設は？")
    assert a.status == "exact", a.summary
    assert _names(a) == {"桐ヶ丘公民館", "北部運動場", "南テニスコート"}, a.summary


def test_cannot_pay_joined_with_another_documents_figure(town) -> None:
    a = ask(town, "クレカ決済で払えない施設のうち、利用率が60%以上のもの")
    assert a.status == "exact", a.summary
    assert _names(a) == {"桐ヶ丘公民館", "南テニスコート"}, a.summary
