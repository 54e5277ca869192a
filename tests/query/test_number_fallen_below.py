"""「前年度比が90％を切った課」「稼働率が50%を割り込んだ施設」: a figure fallen below a number, said of a table's
column, is less than it (grammar/phrasings.py number_fallen_below, for the tables' reader only): over the made162
PDF of paper used per 課 and a txt table of another town. The bound itself is not below it (90.0 stays out)."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

DOCS = Path(__file__).parents[1] / "questions" / "made162" / "docs"

USE = """東川町 公共施設の稼働状況（令和６年度）
施設名\t利用件数\t稼働率(%)
東川町民会館\t1,200\t62.5
東川町体育館\t980\t50.0
東川町郷土資料館\t150\t12.4
東川町研修センター\t420\t48.9
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("fallen")
    (folder / "higashikawa_kado.txt").write_text(USE, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([DOCS, folder], index).skipped
    return Assistant(open_index(index))


def test_ratio_fallen_below(assistant):
    assistant.reset()
    answer = assistant.ask("前年度比が90％を切った課を挙げて")
    assert answer.status == "exact"
    assert sorted(r["課名"] for r in answer.rows) == sorted(
        ["企画財政課", "子育て支援課", "教育委員会事務局", "福祉課", "議会事務局", "農業委員会事務局"])


def test_rate_fallen_below_of_another_town(assistant):
    assistant.reset()
    answer = assistant.ask("東川町で稼働率が50%を割り込んだ施設は？")
    assert answer.status == "exact"
    assert sorted(r["施設名"] for r in answer.rows) == ["東川町研修センター", "東川町郷土資料館"]
