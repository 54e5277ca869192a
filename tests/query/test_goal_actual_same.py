"""A workbook of items whose figures of each year sit under a merged year heading over 目標 │ 実績 (another town's
table than the holdout's): 「実績が目標とぴったり同じ」 compares the two columns of the year said, the adverb
(ぴったり, ちょうど) only stressing the sameness."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

ROWS = [
    ["K-01", "窓口予約の導入", "市民課", 40, 40, 60, 55],
    ["K-02", "電子契約の拡大", "契約課", 10, 12, 20, 20],
    ["K-03", "公用車の削減", "管財課", 5, 5, 8, 6],
    ["K-04", "ペーパーレス会議", "総務課", 30, 18, 40, 41],
]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    import openpyxl

    folder: Path = tmp_path_factory.mktemp("goal_actual_same")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "改革項目"
    ws.append(["楡ノ木町行財政改革　改革項目の目標と実績"])
    ws.append([])
    ws.append(["項目番号", "項目名", "担当課", "2023年度", None, "2024年度", None])
    ws.append([None, None, None, "目標", "実績", "目標", "実績"])
    for col in "ABC":
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("D3:E3")
    ws.merge_cells("F3:G3")
    for row in ROWS:
        ws.append(row)
    wb.save(folder / "楡ノ木町_改革項目.xlsx")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return sorted(str(r["key"]).partition(":")[2] for r in answer.to_dict()["rows"])


@pytest.mark.parametrize("said", ["ぴったり同じ", "ちょうど同じ", "同じ"])
def test_actual_same_as_goal_of_the_year_said(assistant, said) -> None:
    a = ask(assistant, f"2023年度の実績が目標と{said}だった項目")
    assert a.status == "exact" and _codes(a) == ["K-01", "K-03"]
    a = ask(assistant, f"2024年度の実績が目標と{said}だった項目")
    assert a.status == "exact" and _codes(a) == ["K-02"]
