"""「住民説明会は何会場でやる予定？」 over 「説明会を町内５会場で開催する予定である。」: the question's words said apart
from the figure, the passage found first states one figure in the counter asked (会場) — that figure (a search)."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

PAGE = "\n".join([
    "南条町 水道料金改定に関する意見書", "",
    "意見１（山田委員）", "料金改定の必要性を丁寧に説明してほしい。",
    "【町の考え方】", "令和７年度中に料金改定案を取りまとめ、説明会を町内５会場で開催する予定である。", ""])


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("counter")
    (folder / "南条町_意見書.txt").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


def test_the_one_figure_in_the_counter_asked(town) -> None:
    answer = ask(town, "料金改定の住民説明会は何会場でやる予定？")
    assert answer.value == 5 and answer.status == "search", (answer.status, answer.value, answer.summary)
