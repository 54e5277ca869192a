"""A workbook with one sheet per fiscal year, each the same table under a header of two rows
(「令和6年度 効果額」 merged over 計画 | 実績) and a department merged down over two measures: the
sheets are one table whose grades and amounts are of each sheet's year, so 「令和7年度の進捗度」 is the
second sheet's, 「実績が計画を上回った」 compares one year's two columns, and the department fills both
rows."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

# (番号, 取組項目, 所管課, {年度: (計画, 実績, 進捗度)})
MEASURES = [
    (1, "窓口の民間委託", "市民課", {6: (1000, 1200, "S"), 7: (1500, 900, "C")}),
    (2, "手数料の改定", "財政課", {6: (3000, 2500, "B"), 7: (3000, 3100, "A")}),
    (3, "補助金の見直し", "財政課", {6: (2000, 2000, "A"), 7: (2500, 2000, "B")}),
    (4, "公用車の削減", "管財課", {6: (800, 900, "A"), 7: (800, 500, "C")}),
    (5, "施設予約の電子化", "情報課", {7: (600, 700, "A")}),
]


def _workbook() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for year in (6, 7):
        sheet = book.create_sheet(f"令和{year}年度")
        sheet["A1"] = f"南陽台市行政改革推進計画 進捗表（令和{year}年度実績）"
        sheet["A2"] = "（単位：千円）"
        for col, text in (("A", "番号"), ("B", "取組項目"), ("C", "所管課"), ("F", "進捗度")):
            sheet[f"{col}3"] = text
            sheet.merge_cells(f"{col}3:{col}4")
        sheet["D3"] = f"令和{year}年度 効果額"
        sheet.merge_cells("D3:E3")
        sheet["D4"], sheet["E4"] = "計画", "実績"
        row = 5
        for no, title, dept, years in MEASURES:
            if year not in years:
                continue  # 施設予約の電子化 begins in 令和7年度: the first sheet does not list it
            plan, actual, grade = years[year]
            for col, value in enumerate((no, title, dept, plan, actual, grade), start=1):
                sheet.cell(row, col, value)
            row += 1
        sheet.cell(5 + 2, 3).value = None  # 補助金の見直し: 財政課 merged down from 手数料の改定
        sheet.merge_cells("C6:C7")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("sheets")
    (folder / "nanyodai.xlsx").write_bytes(_workbook())
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _titles(answer) -> list[str]:
    return sorted(str(r.get("title")) for r in answer.rows)


def test_a_grade_of_the_year_said_is_that_sheets(assistant):
    assistant.reset()
    answer = assistant.ask("南陽台市の窓口の民間委託の令和7年度の進捗度は？")
    assert answer.status == "exact" and answer.value == "C"
    answer = assistant.ask("令和6年度は？")
    assert answer.value == "S"


def test_rows_of_a_grade_in_one_year_are_counted_once(assistant):
    assistant.reset()
    answer = assistant.ask("南陽台市で令和7年度の進捗度がCの取組は何件？")
    assert answer.status == "exact" and answer.value == 2 and _titles(answer) == ["公用車の削減", "窓口の民間委託"]
    answer = assistant.ask("南陽台市で令和7年度に進捗度がAではない取組は何件？")
    assert answer.status == "exact" and answer.value == 3


def test_a_department_merged_down_is_each_rows(assistant):
    assistant.reset()
    answer = assistant.ask("南陽台市で財政課の取組は何件？")
    assert answer.status == "exact" and answer.value == 2
    answer = assistant.ask("南陽台市の令和7年度の財政課の実績額の合計は？")
    assert answer.status == "exact" and answer.value == 5100


def test_actual_over_plan_compares_one_years_columns(assistant):
    assistant.reset()
    answer = assistant.ask("南陽台市で令和6年度の実績が計画を上回った取組は何件？")
    assert answer.status == "exact" and _titles(answer) == ["公用車の削減", "窓口の民間委託"]
    answer = assistant.ask("南陽台市で令和7年度の実績が計画に届かなかった取組はいくつ？")
    assert answer.status == "exact" and _titles(answer) == ["公用車の削減", "窓口の民間委託", "補助金の見直し"]


def test_an_amount_between_bounds_in_one_year(assistant):
    assistant.reset()
    answer = assistant.ask("南陽台市で令和7年度の実績が1,000千円以上3,000千円以下の取組は何件？")
    assert answer.status == "exact" and _titles(answer) == ["補助金の見直し"]


def test_a_year_said_of_no_column_is_the_sheet_listing_the_rows(assistant):
    """「令和7年度の財政課の取組」: the measures that year's sheet lists; a follow-up asking an amount of
    one of them is that year's."""
    assistant.reset()
    answer = assistant.ask("南陽台市の令和7年度の情報課の取組は？")
    assert answer.status == "exact" and _titles(answer) == ["施設予約の電子化"]
    answer = assistant.ask("その実績額は？")
    assert answer.status == "exact" and answer.value == 700
    assistant.reset()
    answer = assistant.ask("南陽台市の令和6年度の取組は何件？")
    assert answer.status == "exact" and answer.value == 4


# The other common shape: every sheet prints the same header with no year in it; the year is the
# sheet's, named by the sheet (令和6年度) or only by its title line (「…進捗表（2024年度）」 on Sheet1).
# (番号, 取組名, 担当課, {年度: (計画, 実績, 進捗状況, 備考)})
SAME_HEADER = [
    (1, "窓口の民間委託", "市民課", {6: (1000, 1200, "A", ""), 7: (1500, 900, "C", "委託先の撤退")}),
    (2, "手数料の改定", "財政課", {6: (3000, 2500, "B", "改定は翌年4月"), 7: (3000, 3100, "A", "")}),
    (3, "補助金の見直し", "財政課", {6: (2000, 2000, "A", ""), 7: (4000, 4200, "S", "")}),
    (4, "公用車の削減", "管財課", {6: (800, 900, "S", ""), 7: (800, 500, "C", "")}),
    (5, "庁舎清掃の委託", "管財課", {6: (400, 300, "C", "令和6年度で終了")}),
    (6, "施設予約の電子化", "情報課", {7: (600, 700, "A", "")}),
]
# city → (sheet names, the title line's year as printed): 和暦 in the sheet name, or 西暦 or R6 in the
# title only (南浦町's title stands alone above its table, so each sheet's rows sit under their own title).
SAME_HEADER_BOOKS = {
    "東雲市": (("令和6年度", "令和7年度"), ("", "")),
    "西峰市": (("Sheet1", "Sheet2"), ("2024年度", "2025年度")),
    "南浦町": (("進捗1", "進捗2"), ("R6", "R7")),
}


def _same_header_workbook(sheet_names: tuple[str, str], title_years: tuple[str, str], city: str) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for year, sheet_name, title_year in zip((6, 7), sheet_names, title_years):
        sheet = book.create_sheet(sheet_name)
        sheet["A1"] = f"{city}行政改革実施計画 進捗表" + (f"（{title_year}）" if title_year else "")
        if city != "南浦町":
            sheet["A2"] = "企画課"
        for col, text in (("A", "番号"), ("B", "取組名"), ("C", "担当課"), ("F", "進捗状況"), ("G", "備考")):
            sheet[f"{col}4"] = text
            sheet.merge_cells(f"{col}4:{col}5")
        sheet["D4"] = "効果額（千円）"  # no year in the header: the year is the sheet's
        sheet.merge_cells("D4:E4")
        sheet["D5"], sheet["E5"] = "計画", "実績"
        row = 6
        for no, title, dept, years in SAME_HEADER:
            if year not in years:
                continue
            plan, actual, grade, note = years[year]
            for col, value in enumerate((no, title, dept, plan, actual, grade, note or None), start=1):
                sheet.cell(row, col, value)
            row += 1
        sheet.cell(row + 1, 1, "進捗状況 S：計画以上 A：計画どおり B：やや遅れ C：遅れ")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def same_header(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("same_header")
    for n, (city, (names, years)) in enumerate(SAME_HEADER_BOOKS.items()):
        (folder / f"book{n}.xlsx").write_bytes(_same_header_workbook(names, years, city))
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


CITIES = pytest.mark.parametrize("city", list(SAME_HEADER_BOOKS))


@CITIES
def test_same_header_sheets_a_years_condition_counts_that_sheet(same_header, city):
    same_header.reset()
    answer = same_header.ask(f"{city}で令和6年度の進捗状況がAの取組は何件？")
    assert answer.status == "exact" and answer.value == 2 and _titles(answer) == ["窓口の民間委託", "補助金の見直し"]
    answer = same_header.ask(f"{city}のR7で進捗状況がCの取組はいくつ？")
    assert answer.status == "exact" and _titles(answer) == ["公用車の削減", "窓口の民間委託"]


@CITIES
def test_same_header_sheets_a_years_sum(same_header, city):
    same_header.reset()
    answer = same_header.ask(f"{city}の令和7年度の効果額の実績の合計は？")
    assert answer.status == "exact" and answer.value == 900 + 3100 + 4200 + 500 + 700
    answer = same_header.ask(f"{city}の令和6年度の効果額の計画の合計は？")
    assert answer.status == "exact" and answer.value == 1000 + 3000 + 2000 + 800 + 400


@CITIES
def test_same_header_sheets_one_items_value_in_one_year_and_the_other(same_header, city):
    same_header.reset()
    answer = same_header.ask(f"{city}で公用車の削減の令和6年度の進捗状況は？")
    assert answer.status == "exact" and answer.value == "S"
    answer = same_header.ask("令和7年度は？")
    assert answer.value == "C"


@CITIES
def test_same_header_sheets_a_note_is_of_its_year(same_header, city):
    same_header.reset()
    answer = same_header.ask(f"{city}の窓口の民間委託の令和7年度の備考は？")
    assert answer.value == "委託先の撤退"


@CITIES
def test_same_header_sheets_actual_over_plan_in_one_year(same_header, city):
    same_header.reset()
    answer = same_header.ask(f"{city}で令和7年度に効果額の実績が計画を上回った取組は何件？")
    assert answer.status == "exact" and _titles(answer) == ["手数料の改定", "施設予約の電子化", "補助金の見直し"]
    answer = same_header.ask(f"{city}で令和6年度に効果額の実績が計画を上回った取組は何件？")
    assert answer.status == "exact" and _titles(answer) == ["公用車の削減", "窓口の民間委託"]


@CITIES
def test_same_header_sheets_negation_is_of_the_rows_that_year_lists(same_header, city):
    """施設予約の電子化 is not on the 令和6年度 sheet: it has no grade that year, so it is not 「A以外」."""
    same_header.reset()
    answer = same_header.ask(f"{city}の令和6年度で進捗状況がA以外の取組は何件？")
    assert answer.status == "exact" and _titles(answer) == ["公用車の削減", "庁舎清掃の委託", "手数料の改定"]


@CITIES
def test_same_header_sheets_the_largest_in_one_year(same_header, city):
    same_header.reset()
    answer = same_header.ask(f"{city}の令和6年度で効果額の実績が最も大きい取組は？")
    assert answer.rows and answer.rows[0].get("title") == "手数料の改定"
    answer = same_header.ask(f"{city}の令和7年度で効果額の実績が最も大きい取組は？")
    assert answer.rows and answer.rows[0].get("title") == "補助金の見直し"


@CITIES
def test_same_header_sheets_a_year_said_of_no_column_is_that_sheets_rows(same_header, city):
    same_header.reset()
    answer = same_header.ask(f"{city}の令和6年度の取組は何件？")
    assert answer.status == "exact" and answer.value == 5 and "施設予約の電子化" not in _titles(answer)
    answer = same_header.ask(f"{city}の令和7年度で進捗状況がBかCの取組は？")
    assert _titles(answer) == ["公用車の削減", "窓口の民間委託"]
    answer = same_header.ask("そのうち管財課のものは何件？")
    assert answer.status == "exact" and answer.value == 1


@CITIES
def test_same_header_sheets_an_item_on_one_sheet_only(same_header, city):
    """施設予約の電子化 begins in 令和7年度: it has that year's values and none of 令和6年度, said so."""
    same_header.reset()
    answer = same_header.ask(f"{city}の施設予約の電子化の令和7年度の進捗状況は？")
    assert answer.status == "exact" and answer.value == "A"
    answer = same_header.ask(f"{city}の施設予約の電子化の令和6年度の進捗状況は？")
    assert answer.status == "no_match" and answer.value is None and "令和6年度の表に載っていません" in answer.summary
    answer = same_header.ask(f"{city}の令和7年度で進捗状況がBの取組は何件？")
    assert answer.status == "no_match" and answer.value == 0


@CITIES
def test_same_header_sheets_a_follow_up_is_of_the_year_shown(same_header, city):
    """「令和6年度の進捗表を見せて」 then 「効果額の実績が最も大きい取組は？」: that year's 実績, not the latest."""
    same_header.reset()
    answer = same_header.ask(f"{city}の令和6年度の進捗表を見せて")
    assert answer.status == "exact" and len(answer.rows) == 5
    answer = same_header.ask("効果額の実績が最も大きい取組は？")
    # (「…取組は？」 asks the row: its name is the value, the year's 実績 2,500 is said beside it)
    assert answer.rows and answer.rows[0].get("title") == "手数料の改定" and answer.value == "手数料の改定" \
        and "2,500" in answer.summary


# Sheets of one header listing different measures each year (the year's new measures): not one row
# per measure to join, but each row is still of its sheet's year (the sheets named by the year alone).
NEW_EACH_YEAR = {
    "2024": [("庁舎照明のLED化", "管財課", 1200), ("窓口アンケートの実施", "市民課", 0), ("公用車の削減", "管財課", 800)],
    "2025": [("電子契約の導入", "契約課", 300), ("施設予約の電子化", "情報課", 600),
              ("補助金の見直し", "財政課", 2000), ("ペーパーレス会議", "総務課", 150)],
}


@pytest.fixture(scope="module")
def new_each_year(tmp_path_factory) -> Assistant:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, measures in NEW_EACH_YEAR.items():
        sheet = book.create_sheet(name)
        sheet.append(["北浜市 新規取組一覧"])
        sheet.append([])
        sheet.append(["番号", "取組名", "担当課", "効果額（千円）"])
        for no, (title, dept, amount) in enumerate(measures, start=1):
            sheet.append([no, title, dept, amount])
    folder = tmp_path_factory.mktemp("new_each_year")
    book.save(folder / "kitahama.xlsx")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_sheets_of_different_measures_keep_each_rows_year(new_each_year):
    new_each_year.reset()
    answer = new_each_year.ask("北浜市の令和7年度の取組は何件？")
    assert answer.status == "exact" and answer.value == 4
    answer = new_each_year.ask("北浜市の令和6年度の管財課の取組は？")
    assert answer.status == "exact" and _titles(answer) == ["公用車の削減", "庁舎照明のLED化"]
    answer = new_each_year.ask("北浜市の令和7年度の効果額の合計は？")
    assert answer.status == "exact" and answer.value == 3050
    answer = new_each_year.ask("北浜市の取組は何件？")
    assert answer.status == "exact" and answer.value == 7


@CITIES
def test_same_header_sheets_a_years_distribution(same_header, city):
    """「令和6年度の進捗状況の内訳」: that year's grades of the rows that year's sheet lists."""
    same_header.reset()
    answer = same_header.ask(f"{city}の令和6年度の進捗状況の内訳")
    assert answer.status == "exact" and {r["group"]: r["count"] for r in answer.rows} == {"A": 2, "B": 1, "S": 1, "C": 1}
    answer = same_header.ask(f"{city}の進捗状況の内訳（R7）")
    assert {r["group"]: r["count"] for r in answer.rows} == {"A": 2, "C": 2, "S": 1}


@CITIES
def test_same_header_sheets_a_years_note_written_or_not(same_header, city):
    """「令和7年度の備考に記載のない」: of the rows that year's sheet lists (庁舎清掃の委託 is not on it)."""
    same_header.reset()
    answer = same_header.ask(f"{city}の令和6年度の備考に記載がある取組")
    assert answer.status == "exact" and _titles(answer) == ["庁舎清掃の委託", "手数料の改定"]
    answer = same_header.ask(f"{city}の令和7年度の備考に記載のない取組は何件")
    assert answer.status == "exact" and answer.value == 4 and "庁舎清掃の委託" not in _titles(answer)


PAGE = """<html><head><title>青葉市行政改革推進プランの取組状況</title></head><body>
<h1>青葉市行政改革推進プランの取組状況</h1>
<h2>令和6年度の取組状況</h2>
<table><tr><th>取組名</th><th>所管部署</th><th>評価</th></tr>
<tr><td>除雪業務の効率化</td><td>土木課</td><td>3</td></tr>
<tr><td>国保税の収納対策</td><td>保険課</td><td>4</td></tr>
<tr><td>窓口のキャッシュレス化</td><td>市民課</td><td>2</td></tr>
</table>
<h2>令和7年度の取組状況</h2>
<table><tr><th>取組名</th><th>所管部署</th><th>評価</th></tr>
<tr><td>除雪業務の効率化</td><td>土木課</td><td>2</td></tr>
<tr><td>国保税の収納対策</td><td>保険課</td><td>3</td></tr>
<tr><td>窓口のキャッシュレス化</td><td>市民課</td><td>4</td></tr>
<tr><td>生成AIの業務活用</td><td>情報政策課</td><td>3</td></tr>
</table></body></html>"""


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("page_years")
    (folder / "aoba_torikumi.html").write_text(PAGE, encoding="utf-8")
    assert not build_index([folder], folder / "gyokaku.db").skipped
    return Assistant(open_index(folder / "gyokaku.db"))


def test_a_pages_tables_of_one_header_under_each_years_heading(page):
    page.reset()
    assert page.ask("青葉市で令和7年度に評価が3の取組は何件？").value == 2
    page.reset()
    assert page.ask("青葉市で令和6年度に評価が3の取組は何件？").value == 1
    page.reset()
    fell = page.ask("青葉市で令和6年度より令和7年度の評価が下がった取組は？")
    assert sorted(r["title"] for r in fell.rows) == ["国保税の収納対策", "除雪業務の効率化"]


MARKS = PAGE.replace("<td>3</td>", "<td>○</td>").replace("<td>4</td>", "<td>◎</td>").replace("<td>2</td>", "<td>△</td>")


@pytest.fixture(scope="module")
def marks_page(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("page_marks")
    (folder / "aoba_torikumi.html").write_text(MARKS, encoding="utf-8")
    assert not build_index([folder], folder / "gyokaku.db").skipped
    return Assistant(open_index(folder / "gyokaku.db"))


def test_a_span_of_years_is_every_year_and_either_mark_in_each(marks_page):
    marks_page.reset()
    answer = marks_page.ask("青葉市で令和6年度から令和7年度まで◎か○の取組は？")
    assert sorted(r["title"] for r in answer.rows) == ["国保税の収納対策"]
    assert sum("令和6年度" in c["label"] for c in answer.understood) == 1
