"""「印刷単価は１枚何円で計算してる？」: a price asked per one thing (1枚, 1件) is the figure printed with the label in
the text found (「１枚当たりの印刷単価2.8円」), read as the excerpt's value (conversation._LABEL_QUANTITY): over the
made162 prose and a memo of another town. So is a span of hours asked by its label and period alone (「事務時間は年間どのくらい」:
_QUANTITY_LABEL_ALONE), printed before the label (「年間約３，２００時間の事務時間」)."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

DOCS = Path(__file__).parents[1] / "questions" / "made162" / "docs"

MEMO = """北原町 郵送事務の見直しについて

１　郵送料の削減
　通知の電子化により、郵送件数は年間12,400件減りました。１件当たりの郵送料84円で試算すると、年間1,041,600円の削減です。

２　窓口の予約制
　窓口の予約制により、令和６年度は年間約1,150時間の残業時間が減りました。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("per_unit")
    (folder / "kitahara_yuso.txt").write_text(MEMO, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([DOCS, folder], index).skipped
    return Assistant(open_index(index))


def test_price_per_sheet(assistant):
    assistant.reset()
    answer = assistant.ask("印刷単価は１枚何円で計算してる？")
    assert answer.value == 2.8


def test_postage_per_item_of_another_town(assistant):
    assistant.reset()
    answer = assistant.ask("北原町の郵送料は１件何円？")
    assert answer.value == 84


def test_hours_asked_by_label_and_period(assistant):
    assistant.reset()
    answer = assistant.ask("R6に削減できた事務時間は年間どのくらい？")
    assert answer.value == 3200
    assistant.reset()
    answer = assistant.ask("北原町の残業時間は年間どのくらい？")
    assert answer.value == 1150
