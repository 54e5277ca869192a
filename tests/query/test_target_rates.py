"""A year's result beside the same year's target implies its rate of achievement (tables/target_rates.py): 「R4の実績の
目標に対する割合が低い順に2つ」「目標をいちばん大きく上回った事業は？（達成率で）」 over 令和4年度目標 | 令和4年度実績,
though no column prints a rate. Over a real index of another town's KPI sheet (other years, other words)."""
from __future__ import annotations

import openpyxl
import pytest

from tests.conversation_helpers import ask, assistant_over

# (番号, 事業名, 担当課, 指標, 単位, R3目標, R3実績, R4目標, R4実績): R4 rates 50.0, 110.0, 95.0, 125.0, 62.5
_ROWS = [
    ("K-01", "移住相談窓口の設置", "企画課", "相談件数", "件", 40, 35, 60, 30),
    ("K-02", "空き家バンクの運営", "建設課", "成約件数", "件", 8, 9, 10, 11),
    ("K-03", "子育て広場の開設", "福祉課", "利用者数", "人", 1500, 1400, 2000, 1900),
    ("K-04", "ふるさと納税の推進", "財政課", "寄附件数", "件", 300, 320, 400, 500),
    ("K-05", "健康ポイント事業", "保健課", "参加者数", "人", 200, 150, 320, 200),
]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("target_rates")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "KPI進捗"
    ws.append(["桐ヶ原町まち・ひと・しごと創生総合戦略　KPI進捗表（令和４年度）"])
    ws.append(["番号", "事業名", "担当課", "指標", "単位", "令和3年度目標", "令和3年度実績", "令和4年度目標", "令和4年度実績"])
    for row in _ROWS:
        ws.append(list(row))
    wb.save(folder / "桐ヶ原町総合戦略KPI進捗表.xlsx")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return [str(r["key"]).rpartition(":")[2] for r in answer.to_dict()["rows"]]


def test_the_rate_of_a_year_ranks_the_rows(assistant) -> None:
    answer = ask(assistant, "R4の実績の目標に対する割合が低い順に2つ")
    assert answer.status == "exact" and _codes(answer)[:2] == ["K-01", "K-05"], (answer.status, answer.summary)
    high = ask(assistant, "令和4年度の目標達成率が一番高い事業は？")
    assert high.status == "exact" and _codes(high) == ["K-04"], (high.status, high.summary)


def test_furthest_over_the_target_by_the_rate(assistant) -> None:
    # (by the difference K-04 is over by 100 and K-02 by 1 — the rate said picks the rate: K-04 125.0%)
    answer = ask(assistant, "令和４年度、目標をいちばん大きく上回った事業は？（達成率で）")
    assert answer.status == "exact" and _codes(answer) == ["K-04"], (answer.status, answer.summary)
    under = ask(assistant, "令和３年度、目標を最も大きく下回った事業は？（達成率で）")
    # (R3 rates 87.5, 112.5, 93.3, 106.7, 75.0)
    assert under.status == "exact" and _codes(under) == ["K-05"], (under.status, under.summary)
