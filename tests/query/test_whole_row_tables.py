"""A sheet of figures per 部局 (or 課) under a two-row header: measures merged over 「Ｒ５｜Ｒ６」 year
sub-columns, the first column 部局名 merged down (the second row repeats it), and a 全庁 row under the 部局
rows. The second header row is read as the measures' years (職員数R6, not a row named 部局名); the 全庁 row is
the table's total, never one of the rows filtered, ranked, counted or averaged, but its own figures answer
「全庁の…」 and 「全庁平均を上回る」 compares with them. Proven on made145 (鷭ヶ沼市) and on a workbook of
another town written here, with other measures, other years and 課 rows."""
from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

DOCS = Path(__file__).parent.parent / "questions" / "made145" / "docs"

# 鵲野町 (fictional): 課 rows, R6｜R7 under each measure (年休 also 増減, no year: the row is no run of years
# alone), 全庁 last. 平均 column: 全庁 9.0 is the
# staff-weighted figure, not the mean of the 課 (8.6), so a comparison with 全庁 differs from one with the mean.
_MEASURES = ["職員数", "年休取得日数", "一人当たり月平均"]
_ROWS = [
    ("総務課", 30, 31, 10.2, 11.0, 0.8, 9.5, 9.1),
    ("税務課", 22, 22, 12.4, 12.9, 0.5, 7.0, 6.2),
    ("住民課", 18, 19, 11.0, 11.8, 0.8, 12.5, 12.8),
    ("建設課", 40, 42, 9.1, 9.8, 0.7, 6.0, 5.0),
    ("福祉課", 35, 36, 13.0, 12.2, -0.8, 9.4, 10.1),
    ("全庁", 145, 150, 11.0, 11.4, 0.4, 8.4, 9.0),
]


@pytest.fixture(scope="module")
def towns(tmp_path_factory):
    folder = tmp_path_factory.mktemp("whole_rows")
    shutil.copy(next(DOCS.glob("*.xlsx")), folder)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "課別"
    ws.append(["鵲野町 課別の勤務状況（令和６年度・令和７年度）"])
    ws.append(["（単位：人、日、時間）"])
    ws.append([])
    ws.append(["課名", _MEASURES[0], None, _MEASURES[1], None, None, _MEASURES[2], None])
    ws.append(["課名", "Ｒ６", "Ｒ７", "Ｒ６", "Ｒ７", "増減", "Ｒ６", "Ｒ７"])
    for start, end in ((2, 3), (4, 6), (7, 8)):
        ws.merge_cells(start_row=4, start_column=start, end_row=4, end_column=end)
    for row in _ROWS:
        ws.append(list(row))
    wb.save(folder / "鵲野町_課別勤務状況.xlsx")
    index = tmp_path_factory.mktemp("whole_rows_index") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def _names(answer) -> list[str]:
    return sorted(str(r.get("title") or "") for r in answer.to_dict()["rows"])


def test_year_sub_columns_rank_the_rows_without_the_whole(towns) -> None:
    answer = ask(towns, "R6の一人当たり月平均時間外が多い順に上位3部局を教えて")
    assert answer.status == "exact" and _names(answer) == ["こども未来部", "企画財政部", "消防本部"], answer.summary


def test_whole_row_is_no_row_averaged(towns) -> None:
    answer = ask(towns, "部局（全庁を除く）のR6の一人当たり月平均を単純平均すると何時間？小数第1位で。")
    assert answer.value == 11.6, answer.summary


def test_rows_compared_with_the_whole_row(towns) -> None:
    answer = ask(towns, "部局別で見て、令和６年度の一人当たり月平均時間外が全庁平均を上回っている部局はいくつ？")
    assert answer.status == "exact" and answer.count == 6, answer.summary


def test_other_town_rows_compared_with_its_whole_row(towns) -> None:
    # 全庁 R7 9.0: 総務課 9.1, 住民課 12.8, 福祉課 10.1 (the mean of the 課, 8.64, would add none, but is not asked)
    answer = ask(towns, "Ｒ７の一人当たり月平均が全庁を上回っている課は？")
    assert answer.status == "exact" and _names(answer) == ["住民課", "福祉課", "総務課"], answer.summary


def test_other_town_whole_row_not_counted(towns) -> None:
    answer = ask(towns, "鵲野町で、R7の職員数が30人以上の課はいくつ？")
    assert answer.count == 3, answer.summary  # (総務課, 建設課, 福祉課; 全庁 150 is no 課)


def test_other_town_rows_ranked_without_the_whole(towns) -> None:
    answer = ask(towns, "鵲野町でＲ７の職員数がいちばん多い課は？")
    assert _names(answer) == ["建設課"], answer.summary


def test_other_town_year_sub_column_beside_a_label(towns) -> None:
    answer = ask(towns, "Ｒ７の年休取得日数が11.5日以上の課は？")
    assert answer.status == "exact" and _names(answer) == ["住民課", "福祉課", "税務課"], answer.summary


def test_period_of_a_merged_total_said_before_the_total(towns) -> None:
    # 「年間時間外勤務時間 合計」 said 「時間外勤務の年間合計」; R6 over R5 in こども未来部 and 上下水道局 only
    answer = ask(towns, "令和６年度に時間外勤務の年間合計が前年度より増えた部局はどこ？")
    assert answer.status == "exact" and _names(answer) == ["こども未来部", "上下水道局"], answer.summary
