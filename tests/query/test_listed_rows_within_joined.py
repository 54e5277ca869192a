"""「AのうちB」 whose first clause names a whole list of rows (a table of a web page: 「実証の対象施設」), asked
plainly no list, and whose second clause says its bound in 万 before the workbook's own unit (「5万kWh以上」 over
年間電力使用量（kWh）): the first is asked whole (「…を全部」), the bound multiplied, and the two joined by the rows'
numbers (joined_clauses; made184 m184-013 is of this kind). Made up: 楓川町's solar pilot and its facility workbook."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

# (施設番号, 施設名, 年間電力使用量 kWh, in the pilot)
_FACILITIES = [("F-11", "楓川町役場本庁舎", 182400, True), ("F-12", "楓川中央公民館", 61250, False),
               ("F-21", "楓川町総合体育館", 48730, True), ("F-22", "西楓図書館", 35120, False),
               ("F-31", "楓川町保健センター", 57980, True), ("F-32", "東楓出張所", 12840, False)]


def _page() -> str:
    head = "<tr><th>施設番号</th><th>施設名</th><th>設置容量</th></tr>"
    body = "".join(f"<tr><td>{n}</td><td>{name}</td><td>20kW</td></tr>" for n, name, _, pilot in _FACILITIES if pilot)
    return ("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>公共施設の太陽光発電モデル事業について｜楓川町</title></head>"
            "<body><h1>公共施設の太陽光発電モデル事業について</h1><p>町の施設に太陽光発電設備を試験的に設置しています。</p>"
            f"<h2>実証の対象施設</h2><table>{head}{body}</table>"
            "<h2>お問い合わせ</h2><p>楓川町 環境政策課</p></body></html>")


def _book(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "施設一覧"
    ws["A1"] = "楓川町 公共施設エネルギー使用状況（令和６年度）"
    for col, head in enumerate(["施設番号", "施設名", "所管課", "年間電力使用量（kWh）"], 1):
        ws.cell(3, col, head)
    for n, (code, name, use, _) in enumerate(_FACILITIES, 4):
        for col, v in enumerate((code, name, "総務課" if n % 2 else "生涯学習課", use), 1):
            ws.cell(n, col, v)
    wb.save(path)


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("listed_rows_within_joined")
    (folder / "公共施設の太陽光発電モデル事業について｜楓川町.html").write_text(_page(), encoding="utf-8")
    _book(folder / "公共施設エネルギー使用状況.xlsx")
    return assistant_over(folder)


def _codes(answer) -> set[str]:
    return {str(r["key"]).split(":", 1)[1] for r in answer.to_dict()["rows"]}


def test_bound_in_man_before_the_tables_own_unit(town) -> None:
    a = ask(town, "年間電力使用量が5万kWh以上の施設")
    assert a.status == "exact", a.summary
    assert _codes(a) == {"F-11", "F-12", "F-31"}, a.summary


def test_rows_a_page_lists_within_which_another_document_narrows(town) -> None:
    # (was a search: 「太陽光モデル事業の実証施設は？」 is no list, and 5万kWh no number of the column)
    a = ask(town, "太陽光モデル事業の実証施設のうち、年間電力使用量が5万kWh以上のもの")
    assert a.status == "exact", a.summary
    assert _codes(a) == {"F-11", "F-31"}, a.summary
