"""A score sheet numbering its facilities (No. │ 施設名 │ items under a merged 評価項目 │ 合計 │ 評価) with a shaded
mean row after each group (「文化系　平均」, its number cell holding the label, its name merged into it): the mean
rows are no facility, so a threshold, a ranking or a count over the facilities never answers with an average, and
the sheet keeps its numbering column. An item is said by its name without its number or の (「利用者満足の点数」
「財務状況は何点」), a facility without the town's name its sheet's rows all start with (the sheet's title says no
town; a summary text names the facilities too). Another town's sheet than the holdout's (other labels, items,
scores)."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

ITEMS = ["①運営体制（40点）", "②利用者の満足（40点）", "③財務の状況（20点）"]
ROWS = [
    ["11", "桐谷町図書館", 35, 33, 15, 83, "A"],
    ["12", "桐谷町民ホール", 28, 25, 7, 60, "B"],
    ["文化系　平均", None, 31.5, 29, 11, 71.5, "－"],
    ["21", "桐谷町テニスコート", 22, 20, 6, 48, "C"],
    ["22", "桐谷町体育センター", 36, 35, 18, 89, "S"],
    ["23", "桐谷町野球場", 30, 26, 12, 68, "B"],
    ["運動系　平均", None, 29.3, 27, 12, 68.3, "－"],
]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    import openpyxl

    folder: Path = tmp_path_factory.mktemp("score_sheet_mean_rows")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "項目別評点"
    ws.append(["令和７年度　指定管理施設　項目別評点"])
    ws.append(["（単位：点）"])
    ws.append(["No.", "施設名", "評価項目（配点）", None, None, "合計", "評価"])
    ws.append([None, None, *ITEMS, None, None])
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    ws.merge_cells("C3:E3")
    ws.merge_cells("F3:F4")
    ws.merge_cells("G3:G4")
    for row in ROWS:
        ws.append(row)
        if row[1] is None:
            ws.merge_cells(f"A{ws.max_row}:B{ws.max_row}")
    ws.append([])
    ws.append(["※平均の行は施設の評点ではない。"])
    wb.save(folder / "指定管理_項目別評点.xlsx")
    (folder / "桐谷町_指定管理評価のまとめ.txt").write_text(
        "桐谷町　指定管理者評価のまとめ\n\n１　概要\n桐谷町体育センターは利用者満足の評価が高かった。"
        "桐谷町テニスコートは財務の改善が課題である。\n", encoding="utf-8")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return [str(r["key"]).partition(":")[2] for r in answer.to_dict()["rows"]]


def test_threshold_never_answers_with_a_mean_row(assistant) -> None:
    a = ask(assistant, "合計が70点に満たない施設は？")
    assert a.status == "exact" and sorted(_codes(a)) == ["12", "21", "23"], (a.status, a.summary, _codes(a))


def test_ranking_of_facilities_only(assistant) -> None:
    a = ask(assistant, "合計点が高い施設、上から２つ")
    assert _codes(a) == ["22", "11"], (a.status, a.summary, _codes(a))


def test_item_score_counted_over_facilities(assistant) -> None:
    a = ask(assistant, "財務の状況が10点未満の施設は何件？")
    assert a.count == 2, (a.status, a.summary, a.count)


@pytest.mark.parametrize("question, expected", [
    ("体育センターの利用者満足の点数は？", 35),
    ("テニスコートの財務状況は何点？", 6),
])
def test_item_said_by_its_name_of_a_facility_said_without_its_town(assistant, question, expected) -> None:
    a = ask(assistant, question)
    assert a.status == "exact" and a.value == expected, (a.status, a.summary, a.value)
