"""A table whose rows are months (月 │ 令和6年4月 … 令和7年3月): a month said is that row, a span of months
those rows, month by month; 「令和7年3月」 is not the whole of 令和6年度 (month_rows.py). Another edition
prints its months in 西暦 and keys its columns otherwise."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

WAREKI = """令和７年度 北浦市滞納整理実施方針

３ 令和６年度の月別実施状況
（単位：件）
| 月 | 催告書発送件数 | 財産調査件数 | 差押件数 |
|---|---|---|---|
| 令和６年４月 | 1,210 | 410 | 38 |
| 令和６年５月 | 980 | 455 | 42 |
| 令和６年６月 | 1,020 | 502 | 51 |
| 令和６年１０月 | 870 | 512 | 60 |
| 令和６年１２月 | 1,105 | 498 | 71 |
| 令和７年１月 | 760 | 430 | 44 |
| 令和７年２月 | 940 | 460 | 57 |
| 令和７年３月 | 1,050 | 520 | 49 |
| 合計 | 7,935 | 3,787 | 412 |
"""

SEIREKI = """2025年度 南浜町徴収事務の実施状況

２ 月別の納付相談の状況
（単位：件）
| 月 | 窓口相談件数 | 電話相談件数 |
|---|---|---|
| 2024年10月 | 120 | 80 |
| 2024年11月 | 140 | 95 |
| 2024年12月 | 160 | 70 |
| 2025年1月 | 110 | 60 |
| 2025年2月 | 130 | 75 |
"""


def _assistant(tmp_path, name: str, text: str) -> Assistant:
    folder = tmp_path / "資料"
    folder.mkdir()
    (folder / name).write_text(text, encoding="utf-8")
    build_index([folder], tmp_path / "g.db")
    return Assistant(open_index(tmp_path / "g.db"))


@pytest.fixture()
def wareki(tmp_path):
    return _assistant(tmp_path, "滞納整理実施方針.txt", WAREKI)


def test_span_of_months_adds_those_rows_only(wareki):
    answer = wareki.ask("令和７年１月から３月までの財産調査件数を合計すると？")
    assert answer.status == "exact" and answer.value == 430 + 460 + 520, answer.summary


def test_one_month_is_its_row_not_the_fiscal_year(wareki):
    answer = wareki.ask("令和７年３月の財産調査件数は？")
    assert answer.value == 520 and answer.count == 1, answer.summary


def test_month_bound_keeps_the_months_after_it(wareki):
    answer = wareki.ask("令和６年１０月以降で差押件数が一番多かった月は？")
    assert "12月" in str(answer.value) and answer.status == "exact", answer.summary


def test_seireki_months_of_another_edition(tmp_path):
    answer = _assistant(tmp_path, "徴収事務.txt", SEIREKI).ask("2024年11月から2025年1月までの窓口相談件数の合計は？")
    assert answer.value == 140 + 160 + 110, answer.summary


def test_rows_are_keyed_by_their_month(wareki):
    answer = wareki.ask("差押件数が一番多かった月は？")
    assert [r["key"] for r in answer.to_dict()["rows"]][:1] == ["table_row:令和6年12月"], answer.summary
