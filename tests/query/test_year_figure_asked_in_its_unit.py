"""「令和５年度の使用料収入は何千円？」 over a report's prose printing the measure by year, each year right before its
figure (「使用料収入は、令和４年度が12,345千円、令和５年度が13,020千円であった。」): 何千円 asks a figure in that
unit, the one printed right after the year asked (year_labelled_figure.year_figure); a figure in another unit
than the one asked is no answer."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

REPORT = """柚木原市下水道事業の経営状況（令和６年度）

令和６年９月　柚木原市上下水道課

１　事業の概要
　本市の下水道事業は、昭和58年に供用を開始し、現在の普及率は92.4%である。

２　使用料収入
　使用料収入は、令和４年度が12,345千円、令和５年度が13,020千円であった。
使用料収入は、施設の維持管理費に充当している。

３　今後の課題
　老朽化した管路の更新が課題である。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("sewer_report")
    (folder / "下水道事業の経営状況.txt").write_text(REPORT, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_year_figure_asked_in_thousands_of_yen(assistant):
    assistant.reset()
    answer = assistant.ask("令和５年度の使用料収入は何千円？")
    assert answer.value == 13020


def test_year_figure_in_another_unit_than_asked_is_not_read(assistant):
    assistant.reset()
    answer = assistant.ask("令和５年度の使用料収入は何件？")
    assert answer.value is None
