"""A table whose header's lower row fills every column — the rows' word under the first cell (merged down) and a year
under each measure's merged label (| | 満足の割合（％） | | 定住意向（％） | over | 年齢層 | 令和３年度 | 令和６年度 |
令和６年度 |): that row is the header's lower half, not a row of the table, so 「定住意向が6割に届かない年齢層」 reads the
measure of its year. Over a made town's report (its town and figures are made up)."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

REPORT = """令和６年度 霧ヶ丘町 町民意識調査 報告書

表４ 年齢層別 満足の割合と定住意向
\t満足の割合（％）\t\t定住意向（％）
年齢層\t令和３年度\t令和６年度\t令和６年度
20代以下\t61.0\t64.2\t52.3
30代\t66.4\t65.0\t57.9
40代\t70.1\t72.8\t66.0
50代以上\t74.5\t76.0\t78.4
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("years_under_blanks")
    (folder / "霧ヶ丘町_町民意識調査報告書.txt").write_text(REPORT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_the_years_row_is_the_headers_lower_half(town):
    town.reset()
    answer = town.ask("定住意向が6割に届かない年齢層は？")
    assert answer.status == "exact", answer.summary
    assert sorted(str(r.get("年齢層")) for r in answer.rows) == ["20代以下", "30代"], answer.summary
