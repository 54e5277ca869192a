"""「印刷単価は１枚何円で計算してる？」: a price asked per one thing (1枚, 1件) is the figure printed with the label in
the text found (「１枚当たりの印刷単価2.8円」), read as the excerpt's value (conversation._LABEL_QUANTITY): over the
made162 prose and a memo of another town."""
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
