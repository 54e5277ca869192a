"""「成果指標が％で表されている施策」 over another town's list of indicators whose 単位 column prints each row's unit:
the unit said with で and a verb of measuring is that column's value, the rows whose indicator is in it (was a search
leaving 表されている unread)."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

PAGE = """<html><head><title>杉並台町 まち・ひと・しごと創生総合戦略 成果指標一覧</title></head><body>
<h1>杉並台町 まち・ひと・しごと創生総合戦略 成果指標一覧</h1>
<table><tr><th>施策番号</th><th>施策名</th><th>成果指標</th><th>単位</th><th>基準値</th><th>目標値</th></tr>
<tr><td>1-1</td><td>移住相談窓口の充実</td><td>移住相談件数</td><td>件</td><td>42</td><td>80</td></tr>
<tr><td>1-2</td><td>空き家バンクの活用</td><td>空き家バンク成約率</td><td>％</td><td>18.5</td><td>30.0</td></tr>
<tr><td>2-1</td><td>子育て世帯の定住促進</td><td>転入子育て世帯数</td><td>世帯</td><td>25</td><td>40</td></tr>
<tr><td>2-2</td><td>健診受診の促進</td><td>特定健診受診率</td><td>％</td><td>41.2</td><td>60.0</td></tr>
<tr><td>3-1</td><td>観光交流の拡大</td><td>観光入込客数</td><td>千人</td><td>310</td><td>400</td></tr>
</table></body></html>
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("unit_measured_rows")
    (folder / "kpi_ichiran.html").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question, keys", [
    ("成果指標が％で表されている施策は？", ["table_row:1-2", "table_row:2-2"]),
    ("成果指標が千人で測られてる施策", ["table_row:3-1"]),
])
def test_rows_measured_in_the_unit_said(town, question, keys) -> None:
    answer = ask(town, question)
    got = sorted(str(r["key"]) for r in answer.to_dict()["rows"])
    assert (answer.status, got) == ("exact", keys), (answer.status, got, answer.summary)
