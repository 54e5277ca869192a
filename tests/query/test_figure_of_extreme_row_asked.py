"""「剪定枝が一番少なかった年度の量は何トン？」 over a report's space-aligned table (年度 │ 剪定枝 │ 生ごみ, in t): the
year is said only to name the row; 「の量は何トン」 asks that row's figure (3.0-style value), not its 年度
(tables/when_of_extreme.ask_figure_of_extreme). 「…が一番少なかった年度は？」 still asks the year."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

REPORT = """榛名台市たい肥化事業の実績報告（令和６年度）

令和６年７月　榛名台市清掃課

１　事業の概要
　本市では、家庭から出る剪定枝と生ごみを分別収集し、たい肥化している。

２　収集量の推移
　年度別の収集量は次のとおりである。

　　　　　　　　　　　　　　　　　　　　　（単位：t）
  年度          剪定枝        生ごみ
  ----------  ------------  ------------
  平成30年度         412.6         233.1
  令和元年度         398.2         241.7
  令和2年度          377.9         250.4
  令和3年度          381.4         262.0
  令和4年度          405.3         259.8

３　今後の課題
　収集拠点の増設が課題である。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("compost_report")
    (folder / "たい肥化事業の実績.txt").write_text(REPORT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_figure_of_the_extreme_row_asked_by_its_year(assistant):
    assistant.reset()
    answer = assistant.ask("剪定枝が一番少なかった年度の量は何トン？")
    assert answer.status == "exact"
    assert answer.value == pytest.approx(377.9)


def test_year_of_the_extreme_row_still_asked(assistant):
    assistant.reset()
    answer = assistant.ask("剪定枝が一番少なかった年度は？")
    assert "令和2年度" in str(answer.value)
