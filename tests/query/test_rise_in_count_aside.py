"""A table of a figure per year for each place (another city's counts of visitors, 2021年度 … 2024年度): 「いちばん
伸びた館（人数の増加）」 — the aside says the rise asked is of the count itself, as 伸びた is read; it is no
condition, and the answer stays exact."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

ROWS = [
    ["101", "椎名台図書館", 52000, 54100, 55800, 57000],
    ["102", "椎名台郷土館", 8000, 9100, 12500, 14900],
    ["103", "椎名台市民ホール", 120000, 118000, 121500, 123000],
]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    import openpyxl

    folder: Path = tmp_path_factory.mktemp("rise_in_count_aside")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "入館者数"
    ws.append(["椎名台市　文化施設の入館者数の推移（単位：人）"])
    ws.append([])
    ws.append(["施設番号", "施設名", "2021年度", "2022年度", "2023年度", "2024年度"])
    for row in ROWS:
        ws.append(row)
    wb.save(folder / "椎名台市_入館者数.xlsx")
    return assistant_over(folder)


@pytest.mark.parametrize("aside", ["（人数の増加）", "（人数の増加で）", ""])
def test_rise_asked_with_an_aside_saying_it_is_the_count(assistant, aside) -> None:
    a = ask(assistant, f"2021年度から2024年度で入館者数がいちばん伸びた施設{aside}")
    assert a.status == "exact" and a.value == "椎名台郷土館", a.summary
