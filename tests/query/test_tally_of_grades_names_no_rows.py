"""A review's blocks grade each programme (【事業名】 … 【判定】縮小), and a closing tally counts them by grade (判定区分 │
件数 over 拡充, 継続, 改善, 縮小, 休止・廃止): the tally's 判定区分 divides the outcomes of an act, a verbal noun's
grades, no things its rows name (short_names._division), so 「縮小と判定された事業」 asks the programme graded so, not
the tally's row of 縮小 with its count. Another town's Word report; the rooms of a 部屋区分 are still named
(test_fee_slots_said_loosely.py)."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

_PROGRAMMES = [
    ("1", "地域子育てサロン運営事業", "こども家庭課", "拡充"),
    ("2", "ふれあい農園管理事業", "農林振興課", "縮小"),
    ("3", "町民文化祭開催事業", "生涯学習課", "改善"),
    ("4", "防犯灯LED化推進事業", "総務課", "継続"),
    ("5", "シルバー人材活用事業", "福祉課", "休止・廃止"),
]


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    import docx

    document = docx.Document()
    document.add_heading("令和7年度 北浜町 事務事業二次評価結果", level=1)
    document.add_paragraph("北浜町行政改革推進委員会は、5事業について二次評価を行った。判定区分は拡充・継続・改善・縮小・休止・廃止とした。")
    for number, name, office, grade in _PROGRAMMES:
        document.add_heading(f"対象事業 {number}", level=2)
        document.add_paragraph(f"【事業名】{name}")
        document.add_paragraph(f"【担当課】{office}")
        document.add_paragraph(f"【判定】{grade}")
        document.add_paragraph("【委員意見】事業の目的と成果を改めて整理されたい。")
    document.add_heading("判定結果の内訳", level=2)
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for row in (["判定区分", "件数"], *([g, "1"] for g in ("拡充", "継続", "改善", "縮小", "休止・廃止")), ["合計", "5"]):
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            cell.text = value
    folder = tmp_path_factory.mktemp("tally_of_grades")
    document.save(folder / "北浜町_二次評価結果_R7.docx")
    return assistant_over(folder)


def test_the_programme_graded_so_not_the_tallys_row(town) -> None:
    answer = ask(town, "北浜町の二次評価で縮小と判定された事業は？")
    assert "ふれあい農園管理事業" in answer.summary, answer.summary
