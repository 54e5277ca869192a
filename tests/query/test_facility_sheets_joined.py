"""指定管理 monitoring documents: a workbook printing its facilities over two sheets keyed by 施設番号 (施設一覧 with
利用料金制, 評価結果 with the five 評価項目, 総合評価 and 前年度総合評価) read as one row per facility; 上がった/下がった
comparing 総合評価 with the year before's column; a web page's 募集時期 of months asked by a month (令和７年10月に);
and the words no table can apply (a month bound inside a fiscal year, 改善指示の件数) never answered as certain.
Over made147's documents and a made-up town's workbook of other headers, codes and years."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

MADE147 = Path(__file__).resolve().parents[1] / "questions" / "made147" / "docs"


def _workbook(path) -> None:
    """柊野町: 施設コード A-1…A-5 over a sheet 施設概要 and a sheet 評価, the items under 評価項目, evaluations of 令和７年度."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "施設概要"
    ws["A1"] = "柊野町 指定管理施設の概要（令和７年度）"
    for col, head in enumerate(["施設コード", "施設名", "所管課", "指定管理者", "利用料金制"], 1):
        ws.cell(3, col, head)
    rows = [("A-1", "柊野町民会館", "文化課", "一般財団法人ひいらぎの文化財団", "○"),
            ("A-2", "柊野体育センター", "体育課", "株式会社スポーツネット", "○"),
            ("A-3", "柊野福祉の家", "福祉課", "社会福祉法人柊野町社会福祉協議会", "－"),
            ("A-4", "柊野キャンプ村", "観光課", "一般社団法人ひいらぎの観光協会", "○"),
            ("A-5", "柊野児童センター", "こども課", "特定非営利活動法人ひいらぎキッズ", "－")]
    for n, row in enumerate(rows, 4):
        for col, v in enumerate(row, 1):
            ws.cell(n, col, v)
    ws = wb.create_sheet("評価")
    ws["A1"] = "モニタリング評価結果"
    heads = ["施設コード", "施設名", "評価項目", None, None, "総合評価", "前年度総合評価（Ｒ６実施）"]
    for col, head in enumerate(heads, 1):
        ws.cell(3, col, head)
    for col, head in enumerate(["安全管理", "経営", "利用者対応"], 3):
        ws.cell(4, col, head)
    ws.merge_cells("C3:E3")
    for col in (1, 2, 6, 7):
        ws.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    grades = [("A-1", "柊野町民会館", "A", "B", "A", "A", "B"),
              ("A-2", "柊野体育センター", "S", "A", "A", "S", "S"),
              ("A-3", "柊野福祉の家", "B", "C", "B", "B", "A"),
              ("A-4", "柊野キャンプ村", "A", "A", "S", "A", "A"),
              ("A-5", "柊野児童センター", "B", "B", "A", "B", "B")]
    for n, row in enumerate(grades, 5):
        for col, v in enumerate(row, 1):
            ws.cell(n, col, v)
    wb.save(path)


@pytest.fixture(scope="module")
def made147(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("facility_sheets")
    for doc in MADE147.iterdir():
        shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("facility_sheets_town")
    _workbook(folder / "指定管理施設評価結果.xlsx")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r.get("number") or r.get("key", "")) for r in answer.rows)


@pytest.mark.parametrize("question,codes", [
    ("前年度より総合評価が上がった施設", ["11", "2-1", "5", "9"]),
    ("総合評価が前年度から下がったところを教えて", ["10", "12", "3"]),
    ("収支の評価がBかCだった施設は", ["10", "12", "2-2", "3", "5", "7-1", "7-2"]),
    ("利用料金制を採用していない施設を全部", ["10", "11", "13", "4", "5", "7-2", "8"]),
])
def test_one_row_per_facility(made147, question, codes) -> None:
    answer = ask(made147, question)
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == codes, answer.summary


def test_fields_of_both_sheets_in_one_question(made147) -> None:
    # 利用料金制 of 施設一覧 and 総合評価 of 評価結果: one row
    answer = ask(made147, "前年度より総合評価が下がった施設", "そのうち利用料金制を採用しているのは？")
    assert _codes(answer) == ["12", "3"], answer.summary


def test_body_said_by_what_it_is(made147) -> None:
    answer = ask(made147, "観光協会が管理している施設は？", "そのうち利用料金制を採用してるのは")
    assert _codes(answer) == ["6", "7-1"], answer.summary


@pytest.mark.parametrize("question,codes", [
    ("前年度より総合評価が上がった施設", ["A-1"]),
    ("総合評価が前年度から下がった施設", ["A-3"]),
    ("経営の評価がBかCの施設", ["A-1", "A-3", "A-5"]),
    ("利用料金制を採用していない施設", ["A-3", "A-5"]),
    ("観光協会が指定管理者の施設", ["A-4"]),
])
def test_another_towns_workbook(town, question, codes) -> None:
    answer = ask(town, question)
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == codes, answer.summary


def test_two_sheets_one_question_in_another_town(town) -> None:
    answer = ask(town, "利用料金制を採用していて総合評価がAの施設")
    assert _codes(answer) == ["A-1", "A-4"], answer.summary


def test_month_of_a_column_of_months(made147) -> None:
    answer = ask(made147, "令和７年10月に公募する施設", "そのうち前年度の総合評価がAだったのは？")
    assert _codes(answer) == ["1", "8"], answer.summary
    answer = ask(made147, "募集時期が令和７年９月以前の施設")
    assert _codes(answer) == ["10", "4", "6"], answer.summary
    # (募集予定: the words of 募集時期（予定） said after the month, read with it)
    answer = ask(made147, "令和７年10月に募集予定になってる施設は？")
    assert answer.status == "exact" and _codes(answer) == ["1", "3", "8", "9"], answer.summary


@pytest.mark.parametrize("question", [
    # a month inside the fiscal year, over tables of no days: never the whole year's rows
    "令和６年10月以降に改善指示が出された施設",
    "令和６年12月に改善指示が出された施設",
    # how many instructions each facility had: no cell counts them (not the 有／無 most rows hold)
    "改善指示の件数が一番多い施設は？",
])
def test_not_answered_as_certain(made147, question) -> None:
    answer = ask(made147, question)
    assert answer.status != "exact" or {"3", "10", "12", "7-1"} >= set(_codes(answer)), answer.summary


@pytest.mark.parametrize("question,value", [
    # 「R6」 over 指定管理料 R5年度 | R6年度 beside 指定期間 (a span of days): the year's column, no calendar year
    ("R6の指定管理料の合計はいくら？（千円）", 199850),
    ("スポーツ施設のＲ６指定管理料って平均でいくら？", 19400),
    ("文化会館の指定管理料はR5からR6でいくら増えた？（千円）", 800),
])
def test_letter_year_picks_year_columns(made147, question, value) -> None:
    answer = ask(made147, question)
    assert answer.status == "exact" and answer.value == value, answer.summary
    assert not any(c["field"] == "指定期間" for c in answer.understood), answer.understood


def test_letter_year_compared_not_a_period(made147) -> None:
    answer = ask(made147, "R6の利用者がR5より減った施設")
    assert _codes(answer) == ["11", "13", "3", "5", "8"], answer.summary
    assert not any(c["field"] == "指定期間" for c in answer.understood), answer.understood


@pytest.mark.parametrize("question,codes", [
    # the spanning header 評価項目 names its five columns together: every one, or any one — never 総合評価
    ("評価項目５つが全部A以上の施設はどこ？", ["1", "11", "14", "2-1", "4", "6", "9"]),
    ("評価項目に一つでもCがついた施設は？", ["12", "3"]),
    ("評価項目のどれかがCの施設", ["12", "3"]),
])
def test_columns_under_one_header(made147, question, codes) -> None:
    answer = ask(made147, question)
    assert answer.status == "exact" and _codes(answer) == codes, answer.summary
    assert not any(c["field"] == "総合評価" for c in answer.understood), answer.understood


@pytest.mark.parametrize("question,codes", [
    ("評価項目がすべてA以上の施設", ["A-2", "A-4"]),
    ("評価項目にCがある施設", ["A-3"]),
])
def test_columns_under_one_header_in_another_town(town, question, codes) -> None:
    answer = ask(town, question)
    assert answer.status == "exact" and _codes(answer) == codes, answer.summary


def test_columns_under_one_header_some_of_them(made147) -> None:
    # 「３つ」 of five: which three is not said; never read as all five or as 総合評価
    answer = ask(made147, "評価項目３つが全部A以上の施設")
    assert answer.status != "exact", answer.summary
