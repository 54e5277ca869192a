"""A table printing each 地区 on one row per kind of waste (種別 可燃/不燃/資源/粗大, 地区 and 人口 merged down) with two
groups of year columns (排出量（ｔ） by year, １人１日当たり（ｇ） of the last year): joined into one row per 地区,
the second group keeps its words (「可燃 1人1日当たり(g) R6」) and the first its unit (「可燃 令和6年度(t)」), so
「可燃ごみの1人1日当たり」 names its own column and 「10ｔを超えている」 is read in tonnes. The xlsx of
tests/questions/made172 beside a made workbook of another town with other places and years."""
from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from tests.conversation_helpers import ask

XLSX = next((Path(__file__).parent.parent / "questions" / "made172" / "docs").glob("*.xlsx"))

# 地区, 人口, then per kind: (kind, R4, R5, per-person-per-day of R5)
_OTHER = [
    ("北浜", 900, [("可燃", 200.0, 180.0, 548), ("不燃", 12.0, 11.0, 33), ("資源", 40.0, 44.0, 134)]),
    ("南浜", 1500, [("可燃", 260.0, 270.0, 493), ("不燃", 20.0, 18.0, 33), ("資源", 70.0, 66.0, 121)]),
    ("中浜", 700, [("可燃", 120.0, 110.0, 431), ("不燃", 9.0, 9.5, 37), ("資源", 30.0, 33.0, 129)]),
    ("市全体", 3100, [("可燃", 580.0, 560.0, 495), ("不燃", 41.0, 38.5, 34), ("資源", 140.0, 143.0, 126)]),
]


def _other_town(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "地区別"
    ws.append(["千鳥市 地区別ごみ排出量"])
    ws.append(["地区", "人口（人）", "種別", "排出量（ｔ）", None, "１人１日当たり（ｇ）"])
    ws.append([None, None, None, "令和４年度", "令和５年度", "Ｒ５"])
    for place, people, kinds in _OTHER:
        top = ws.max_row + 1
        for n, (kind, a, b, per) in enumerate(kinds):
            ws.append([place if n == 0 else None, people if n == 0 else None, kind, a, b, per])
        ws.merge_cells(start_row=top, end_row=top + len(kinds) - 1, start_column=1, end_column=1)
        ws.merge_cells(start_row=top, end_row=top + len(kinds) - 1, start_column=2, end_column=2)
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:B3")
    ws.merge_cells("C2:C3")
    ws.merge_cells("D2:E2")
    wb.save(path)


@pytest.fixture(scope="module")
def towns(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kind_rows")
    shutil.copy(XLSX, folder)
    _other_town(folder / "千鳥市_地区別ごみ排出量.xlsx")
    index = tmp_path_factory.mktemp("kind_rows_index") / "gyokaku.db"
    build_index([folder], index)
    return Assistant(open_index(index))


def _names(answer) -> list[str]:
    return [str(r.get("地区", "")) for r in answer.rows]


def test_the_second_group_named_by_its_words(towns) -> None:
    answer = ask(towns, "鵜ノ沢町で可燃ごみの1人1日当たりがいちばん少ない地区は？")
    assert answer.status == "exact" and _names(answer) == ["第4区"], answer.summary
    answer = ask(towns, "千鳥市で1人1日当たりの可燃ごみが一番少ない地区は？")
    assert answer.status == "exact" and _names(answer) == ["中浜"], answer.summary


def test_the_first_group_ranked(towns) -> None:
    answer = ask(towns, "鵜ノ沢町のR6の可燃ごみ排出量が多い地区、上位3つを順に")
    assert answer.status == "exact" and _names(answer) == ["新町", "桜台", "第2区"], answer.summary


def test_a_bound_in_the_first_group_unit(towns) -> None:
    answer = ask(towns, "鵜ノ沢町で令和６年度の粗大ごみが10ｔを超えている地区はいくつ？")
    assert answer.status == "exact" and answer.count == 5, answer.summary
    # (the whole town's row is their total, not one more 地区)
    answer = ask(towns, "千鳥市で令和５年度の可燃ごみが150ｔを超えている地区はいくつ？")
    assert answer.status == "exact" and answer.count == 2 and "市全体" not in _names(answer), answer.summary


def test_the_total_row_figure_by_its_label(towns) -> None:
    answer = ask(towns, "町全体の可燃ごみ、R6は何トン？")
    assert answer.status == "exact" and answer.value == 3064.1, answer.summary
    answer = ask(towns, "市全体の資源ごみ、令和5年度は何トン？")
    assert answer.status == "exact" and answer.value == 143, answer.summary
    # (a counter the column is not in: no total's figure stated)
    answer = ask(towns, "市全体の資源ごみ、令和5年度は何人？")
    assert answer.value != 143, answer.summary
