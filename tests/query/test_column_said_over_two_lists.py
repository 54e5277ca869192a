"""A column said with a value, printed by two documents of one town that list the same facilities (a graded
workbook of 指定管理者 and 所管課, a web page of 指定管理者 and 休館日) whose titles both hold the column's word:
the word is the column the condition is on, no word naming either document by its title, so the graded list
answers with the report's items (practice keys) as it does for any column it alone prints; a column only the
page prints (休館日) is still the page's. Over a made-up town (楓川町) of other codes, years and names."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

_ROWS = [("A1", "楓川町民体育館", "株式会社カエデスポーツ", "生涯スポーツ課", "B", "A", "月曜日"),
         ("A2", "楓川町営プール", "楓川アクア有限責任事業組合", "生涯スポーツ課", "A", "A", "火曜日"),
         ("B1", "楓川文化ホール", "一般財団法人楓川文化協会", "文化課", "A", "S", "月曜日"),
         ("B2", "楓川郷土館", "かえでミュージアムサービス株式会社", "文化課", "C", "B", "水曜日"),
         ("C1", "楓川老人福祉館", "社会福祉法人楓川町社会福祉協議会", "長寿課", "B", "B", "日曜日"),
         ("C2", "楓川障がい者支援センター", "社会福祉法人楓川町社会福祉協議会", "福祉課", "A", "B", "土曜日")]


def _workbook(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "評価一覧"
    ws["A1"] = "楓川町 指定管理者 モニタリング評価結果一覧（令和６・７年度）"
    for col, head in enumerate(["施設番号", "施設名", "指定管理者", "所管課", "令和６年度評価", "令和７年度評価"], 1):
        ws.cell(3, col, head)
    for n, row in enumerate(_ROWS, 4):
        for col, v in enumerate(row[:6], 1):
            ws.cell(n, col, v)
    wb.save(path)


def _page() -> str:
    head = "<tr><th>No.</th><th>施設名</th><th>指定管理者</th><th>休館日</th></tr>"
    body = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in (r[0], r[1], r[2], r[6])) + "</tr>" for r in _ROWS)
    return ("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>指定管理者一覧｜楓川町</title></head>"
            "<body><h1>指定管理者一覧</h1><p>楓川町の公の施設の管理を行う指定管理者です。</p>"
            f"<table>{head}{body}</table><h2>お問い合わせ</h2><p>楓川町 総務課</p></body></html>")


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("column_said_two_lists")
    _workbook(folder / "指定管理者モニタリング評価結果一覧.xlsx")
    (folder / "指定管理者一覧｜楓川町.html").write_text(_page(), encoding="utf-8")
    return assistant_over(folder)


def _keys(answer) -> list[str]:
    return sorted(str(r.get("key")) for r in answer.to_dict()["rows"])


@pytest.mark.parametrize("question,keys", [
    ("指定管理者が株式会社の施設は？", ["practice:A1", "practice:B2"]),
    ("社協が指定管理者をしている施設", ["practice:C1", "practice:C2"]),
])
def test_column_both_lists_print_is_the_graded_lists(town, question, keys) -> None:
    # (the page's shorter title took the word 指定管理者 as naming it: its rows came keyed table_row)
    answer = ask(town, question)
    assert answer.status == "exact", answer.summary
    assert _keys(answer) == keys, answer.summary


def test_column_only_the_page_prints_stays_the_pages(town) -> None:
    answer = ask(town, "休館日が月曜日の施設は？")
    assert answer.status == "exact", answer.summary
    assert sorted(_table_rows(answer)) == ["table_row:A1", "table_row:B1"], answer.summary
    # (and, after the graded list answered, a column only the page prints goes on over the page's same rows)
    answer = ask(town, "指定管理者が株式会社の施設は？", "そのうち休館日が月曜日のものは？")
    assert [k.split(":")[1] for k in _keys(answer)] == ["A1"], answer.summary


def _table_rows(answer) -> list[str]:
    """The rows' keys, as table rows: rows read as the items another table grades are keyed practice and show their
    own table row as an excerpt keyed table_row (one decision for every set, issue 12)."""
    d = answer.to_dict()
    rows = [str(r.get("key", "")) for r in d["rows"]]
    shown = [str(e.get("key", "")) for e in d.get("excerpts") or [] if str(e.get("key", "")).startswith("table_row:")]
    rekeyed = rows and not any(k.startswith("table_row:") for k in rows) and len(shown) == len(rows)
    return shown if rekeyed else rows
