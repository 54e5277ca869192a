"""「令和8年度に予算がついていない事業」 beside an indicator table whose year columns hold a measure of their own
(実績値令和8年度): the money word said of a year is no condition on those cells (year_cost_present), so the budget
table's own 予算額 column answers — never the indicator table read as 「実績値に予算なし」 and the question left to
a passage search. Another region's workbook written here: a budget table and a KPI table in one sheet."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

BUDGET = [
    ["北浜圏域連携中枢都市圏ビジョン 連携事業別の事業費（単位：千円）"],
    ["事業番号", "事業名", "決算額", "", "予算額", "計画額"],
    ["事業番号", "事業名", "令和５年度", "令和６年度", "令和８年度", "令和９年度"],
    ["医-1", "圏域小児救急医療支援事業", 12400, 12800, 13100, 13300],
    ["医-2", "広域看護人材確保事業", 5200, 5400, "－", "－"],
    ["交-1", "圏域公共交通IC化事業", 30100, 18000, 9000, 9000],
    ["交-2", "広域観光周遊バス運行事業", 8800, 9100, "－", 9500],
    ["人-1", "圏域合同就職説明会事業", 2100, 2300, 2300, 2400],
    [],
    ["連携事業の成果指標"],
    ["事業番号", "指標名", "実績値", "", "目標値"],
    ["事業番号", "指標名", "令和６年度", "令和８年度", "令和９年度"],
    ["医-1", "小児救急の受診者数（人）", 1520, 1610, 1700],
    ["交-1", "ICカード利用率（％）", 42, "－", 60],
    ["人-1", "説明会参加者数（人）", 310, 350, 400],
]


@pytest.fixture(scope="module")
def region(tmp_path_factory) -> Assistant:
    from openpyxl import Workbook

    folder = tmp_path_factory.mktemp("money_word_of_indicator_years")
    wb = Workbook()
    ws = wb.active
    ws.title = "事業費"
    for row in BUDGET:
        ws.append(row)
    wb.save(folder / "北浜圏域_連携事業_事業費と成果指標.xlsx")
    return assistant_over(folder)


def test_budget_word_of_a_year_is_the_budget_tables(region) -> None:
    a = ask(region, "令和8年度に予算がついていない事業ってある？")
    assert a.status == "exact"
    assert sorted(str(r.get("事業番号")) for r in a.to_dict()["rows"]) == sorted(["医-2", "交-2"])
