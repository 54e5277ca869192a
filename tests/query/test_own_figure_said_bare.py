"""A made-up town's bodies with 出資額 and 町出資比率: 「いくら出資してる」 says the 出資額 (the deed said for its
amount, as 交付 for 交付額), and 「出資比率は？」 the town's own ratio, said without the town (町出資比率), asked of
the row named before. Indexed alone."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

T = "\t"
PAGE = "\n".join([
    "西ヶ丘町 出資法人一覧", "",
    T.join(["番号", "法人名", "出資額（千円）", "町出資比率（％）"]),
    T.join(["1", "株式会社西ヶ丘観光公社", "30,000", "60.0"]),
    T.join(["2", "西ヶ丘ふるさと振興株式会社", "12,000", "24.0"]),
    T.join(["3", "一般財団法人西ヶ丘町文化事業団", "5,000", "100.0"]), ""])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("own_figure_said_bare")
    (folder / "西ヶ丘町_出資法人一覧.txt").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


def test_amount_said_by_the_deed(assistant) -> None:
    answer = ask(assistant, "ふるさと振興に町はいくら出資してる？")
    assert answer.status == "exact" and float(answer.value) == 12000, (answer.status, answer.value, answer.summary)


def test_ratio_said_without_the_town_after_the_row(assistant) -> None:
    answer = ask(assistant, "ふるさと振興に町はいくら出資してる？", "出資比率は？")
    assert answer.status == "exact" and float(answer.value) == 24.0, (answer.status, answer.value, answer.summary)
