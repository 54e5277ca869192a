"""「終期は原則何年以内？」 over a guideline whose table has a 終期 column (３年, 整備計画の期間 …) and whose prose says
「終期は原則として３年以内とする」: the asking words (原則何年以内) are no value the document lacks, so the table's
reading never answers 「記載がありません」; the figure is read from the prose. Over made146's HTML guideline and a
made-up town's text of another shape (補助期間, ５年), so nothing is one file's."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

MADE146 = Path(__file__).resolve().parents[1] / "questions" / "made146" / "docs"
GUIDELINE = "補助金等見直し基準（ガイドライン）.html"

TOWN = """柊野町 補助金交付の指針

１ 補助期間
補助期間は原則として５年以内とし、延長する場合は改めて審査する。

２ 類型別の扱い
類型\t補助期間\t上限
運営費補助\t５年\t１/２
事業費補助\t３年\t１/２
施設整備補助\t整備計画の期間\t１/３
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("figure_in_prose")
    shutil.copy(MADE146 / GUIDELINE, folder / GUIDELINE)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("figure_in_prose_town")
    (folder / "補助金交付の指針.txt").write_text(TOWN, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("fixture,question,value", [
    ("assistant", "見直し基準では終期は原則何年以内？", 3),
    ("town", "補助期間は原則何年以内？", 5),
])
def test_figure_asked_is_read_from_prose(request, fixture, question, value) -> None:
    answer = ask(request.getfixturevalue(fixture), question)
    assert answer.value == value, (answer.status, answer.summary)
    assert "記載がありません" not in answer.summary
