"""Evaluation sheets typed into a workbook (another city's edition): each label beside its value in a
row, an indicator's name beside its 活動指標/成果指標 heading, and its plan/actual/rate by fiscal
year under column headings in any order, or with the fiscal years as columns."""
from __future__ import annotations

from pathlib import Path

import openpyxl

from assistant.formats import to_text
from assistant.kinds import registry
from assistant.model import ParsedDocument


def _sheet(tmp_path: Path, rows: list[list[object]]) -> ParsedDocument:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "評価シート"
    for row in rows:
        sheet.append(row)
    path = tmp_path / "sheet.xlsx"
    book.save(path)
    return registry.parse(to_text(path.read_bytes(), path.name).text, path.name)


_HEAD: list[list[object]] = [
    ["事務事業評価シート", None, "青葉市（令和7年度決算）"],
    [],
    ["事務事業コード", "3100207"],
    ["事業名", "図書館相互貸借事業"],
    ["担当部名", "教育部"],
    ["担当課名", "中央図書館"],
    ["総事業費(合計)", 2500000],
    ["特定財源計", 400000],
    ["市の実質負担額(=総事業費−特定財源)", 2100000],
    ["人員(フルタイム)", 2],
    ["人員(パートタイム)", 1],
    ["業務割合推計", "20%"],
    [],
]


def _indicators(doc: ParsedDocument) -> list[tuple[object, ...]]:
    return [(r.fields["type"], r.fields["indicator"], r.fields["year"], r.fields["plan"], r.fields["actual"],
             r.fields["rate"], r.fields["unit"]) for r in doc.records if r.kind == "indicator"]


def test_labels_beside_values(tmp_path: Path) -> None:
    doc = _sheet(tmp_path, _HEAD + [["評価", "貸借件数は計画どおり。"]])
    assert doc.kind == "program_sheet"
    program = doc.records[0].fields
    assert (program["code"], program["name"], program["section"]) == ("3100207", "図書館相互貸借事業", "中央図書館")
    assert (program["total_cost"], program["specific_revenue"], program["city_burden"]) == (2500000, 400000, 2100000)
    assert (program["staff_fulltime"], program["staff_parttime"]) == (2, 1)
    assert program["staff"] == "フルタイム 2 / パートタイム 1"
    assert program["workload_share"] == "20%"
    assert program["evaluation"] == "貸借件数は計画どおり。"


def test_indicator_rows_read_by_their_column_headings(tmp_path: Path) -> None:
    """Columns in another order than the shipped sheet's (実績値 before 計画値) and one the loader has
    no field for, a future year with no actual value, and the name beside the heading rather than
    after 指標名."""
    doc = _sheet(tmp_path, _HEAD + [
        ["活動指標", "相互貸借の協定館数"],
        ["単位", "館", "指標数値のめざす方向", "増加", "目標値", 12],
        ["年度", "実績値", "計画値", "単位", "達成率(%)", "前年度比"],
        ["令和6年度", 9, 10, "館", 90, 1.2],
        ["令和7年度", None, 11, "館"],
        [],
        ["成果指標", "※市民がどうなるか", "相互貸借の貸出冊数"],
        ["年度", "計画値", "実績値", "達成率(%)"],
        ["令和6年度", 5000, 5400, 108],
        ["評価", "貸出冊数は計画を上回った。"],
    ])
    assert _indicators(doc) == [
        ("活動指標", "相互貸借の協定館数", "R6", 10, 9, 90, "館"),
        ("活動指標", "相互貸借の協定館数", "R7", 11, None, None, "館"),
        ("成果指標", "相互貸借の貸出冊数", "R6", 5000, 5400, 108, ""),
    ]
    first = next(r for r in doc.records if r.kind == "indicator")
    assert (first.fields["goal"], first.fields["direction"]) == (12, "増加")
    assert next(r for r in doc.records if r.code.endswith("-3")).fields["type_note"] == "市民がどうなるか"
    assert doc.records[0].fields["evaluation"] == "貸出冊数は計画を上回った。"


def test_fiscal_years_as_columns(tmp_path: Path) -> None:
    doc = _sheet(tmp_path, _HEAD + [
        ["成果指標", "相互貸借の貸出冊数"],
        ["単位", "冊"],
        ["年度", "令和5年度", "令和6年度", "令和7年度"],
        ["計画値", 4800, 5000, 5200],
        ["実績値", 4700, 5400],
        ["達成率(%)", 97.9, 108],
        ["評価", "貸出冊数は計画を上回った。"],
    ])
    assert _indicators(doc) == [
        ("成果指標", "相互貸借の貸出冊数", "R5", 4800, 4700, 97.9, "冊"),
        ("成果指標", "相互貸借の貸出冊数", "R6", 5000, 5400, 108, "冊"),
        ("成果指標", "相互貸借の貸出冊数", "R7", 5200, None, None, "冊"),
    ]
    assert doc.records[0].fields["evaluation"] == "貸出冊数は計画を上回った。"


def test_the_title_row_names_the_city(tmp_path: Path) -> None:
    doc = _sheet(tmp_path, _HEAD)
    assert doc.title == "青葉市（令和7年度決算） 事務事業評価シート 3100207 図書館相互貸借事業"


def test_the_kind_name_in_the_title_row_is_not_repeated(tmp_path: Path) -> None:
    doc = _sheet(tmp_path, [["事務事業評価シート（令和7年度決算）"]] + _HEAD[1:])
    assert doc.title == "令和7年度決算 事務事業評価シート 3100207 図書館相互貸借事業"


def test_a_label_with_the_year_of_its_figure(tmp_path: Path) -> None:
    """「総事業費(合計) 令和5年度決算」: the label is 総事業費(合計), the year only says which figure."""
    head = [["総事業費(合計) 令和5年度決算", 4860000] if row and row[0] == "総事業費(合計)" else row for row in _HEAD]
    doc = _sheet(tmp_path, head)
    assert doc.records[0].fields["total_cost"] == 4860000


def test_a_money_table_by_fiscal_year_gives_the_settled_year_of_the_title(tmp_path: Path) -> None:
    # 「歳出 │ 年度 │ 総事業費」 over one row per year: the sheet's figures are those of the settled year
    # its title names (令和7年度決算 here, not the last settled row), the other years stay passages.
    head = [r for r in _HEAD if not (r and str(r[0]).startswith(("総事業費", "特定財源", "市の実質")))]
    doc = _sheet(tmp_path, head + [
        ["歳出", "年度", "総事業費", "特定財源"],
        [None, "令和6年度決算", 2300000, 300000],
        [None, "令和7年度決算", 2500000, 400000],
        [None, "令和8年度決算", 2600000, 500000],
        [None, "令和9年度予算", 2700000, 500000],
        ["評価", "計画どおり。"],
    ])
    program = doc.records[0].fields
    assert (program["settlement_year"], program["total_cost"], program["specific_revenue"]) == ("R7", 2500000, 400000)
    assert program["evaluation"] == "計画どおり。"
    costs = [p.text for p in doc.passages if p.field == "total_cost"]
    assert any("令和6年度決算" in t and "2300000" in t for t in costs)
    assert any("令和9年度予算" in t and "2700000" in t for t in costs)
    # every settled year's figures, as a table with a column per settled year keeps them
    assert program["costs_by_year"] == {"R6": {"total_cost": 2300000, "specific_revenue": 300000},
                                        "R7": {"total_cost": 2500000, "specific_revenue": 400000},
                                        "R8": {"total_cost": 2600000, "specific_revenue": 500000}}


def test_costs_with_a_column_per_settled_year(tmp_path: Path) -> None:
    """「歳出・歳入 │ 令和6年度決算 │ 令和7年度決算」 over the cost rows: the sheet's year is the last column
    (its figures are the program's, with 決算年度), the year before is kept as passages; a minus
    written as a hyphen (－ in a Word table) still labels 実質負担額."""
    rows = [r for r in _HEAD if not (r and str(r[0]).startswith(("総事業費", "特定財源", "市の実質")))]
    rows += [["歳出・歳入", "令和6年度決算", "令和7年度決算"],
             ["総事業費（合計）", "2,300,000", "2,500,000"],
             ["特定財源計", "300,000", "400,000"],
             ["市の実質負担額（＝総事業費－特定財源）", "2,000,000", "2,100,000"]]
    doc = _sheet(tmp_path, rows)
    program = next(r.fields for r in doc.records if r.kind == "program")
    assert (program["total_cost"], program["specific_revenue"], program["city_burden"]) == (2500000, 400000, 2100000)
    assert program["settlement_year"] == "R7"
    earlier = [p.text for p in doc.passages if p.text.startswith("令和6年度決算")]
    assert any("総事業費" in t and "2,300,000" in t for t in earlier), earlier
    assert program["costs_by_year"] == {"R6": {"total_cost": 2300000, "specific_revenue": 300000, "city_burden": 2000000},
                                        "R7": {"total_cost": 2500000, "specific_revenue": 400000, "city_burden": 2100000}}


# A sheet as a PDF's text gives it: one label and its value a line, 「|」 between the cells.
_ONE_PAIR_A_LINE = """事務事業評価シート (令和7年度決算)
事務事業コード | 3100207
事業名 | 図書館相互貸借事業
担当課名 | 中央図書館
歳出 | 総事業費(合計)
令和6年度決算 | 2,300,000 円
令和7年度決算 | 2,500,000 円
令和8年度予算 | 2,700,000 円
成果指標 | 指標名 | 相互貸借の件数 | 単位 | 件
年度 | 計画値 | 実績値 | 達成率
令和6年度 | 400 | 380 | 95.0
令和7年度 | 420 | 441 | 105.0
"""


def test_a_money_table_one_pair_a_line_under_its_section_heading() -> None:
    """「歳出 | 総事業費(合計)」 over 「令和6年度決算 | 2,300,000 円」: each line is a row, the heading
    stands over the column of years, the figures carry their unit; the title's year is the sheet's."""
    doc = registry.parse(_ONE_PAIR_A_LINE, "sheet.pdf")
    program = next(r.fields for r in doc.records if r.kind == "program")
    assert (program["settlement_year"], program["total_cost"]) == ("R7", 2500000)
    assert program["costs_by_year"] == {"R6": {"total_cost": 2300000}, "R7": {"total_cost": 2500000}}
    assert any("令和8年度予算" in p.text and "2,700,000" in p.text for p in doc.passages if p.field == "total_cost")
    assert _indicators(doc) == [("成果指標", "相互貸借の件数", "R6", 400, 380, 95.0, "件"),
                                ("成果指標", "相互貸借の件数", "R7", 420, 441, 105.0, "件")]
