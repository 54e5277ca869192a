"""A table's 望ましい方向 column (↑ / ↓) says which figures are better lower: 「目標を達成している」 reaches a ↓
target from above, and 「望ましい方向と逆に動いた」 (a grammar phrasing the tables' reader takes too) is 悪化した."""
from __future__ import annotations

import pytest

from assistant.query.grammar.phrasings import for_tables
from tests.conversation_helpers import ask, assistant_over

T = "\t"
PAGE = "\n".join([
    "南条町 下水道事業 経営指標の推移",
    T.join(["No.", "指標名", "単位", "望ましい方向", "令和3年度実績", "令和6年度実績", "令和7年度目標"]),
    T.join(["1", "経費回収率", "%", "↑", "98.0", "95.0", "100.0"]),
    T.join(["2", "汚水処理原価", "円", "↓", "150.0", "140.0", "145.0"]),
    T.join(["3", "水洗化率", "%", "↑", "90.0", "93.0", "92.0"]),
    T.join(["4", "企業債残高", "百万円", "↓", "900", "950", "800"]),
    ""])


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("direction")
    (folder / "南条町_経営指標.txt").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


def _numbers(answer) -> set[str]:
    return {str(r.get("number", "")) for r in answer.rows}


def test_target_reached_the_way_the_column_says(town) -> None:
    answer = ask(town, "令和6年度の実績がすでに令和7年度目標を達成している指標は？")
    assert _numbers(answer) == {"2", "3"}, (answer.rows, answer.summary)


def test_against_the_desired_direction_is_worse(town) -> None:
    assert for_tables("望ましい方向と逆に動いた指標") == "悪化した指標"
    answer = ask(town, "令和3年度から令和6年度にかけて、望ましい方向と逆に動いた指標は？")
    assert _numbers(answer) == {"1", "4"}, (answer.rows, answer.summary)
