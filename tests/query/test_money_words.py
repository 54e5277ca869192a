"""「令和６年度に交付金が出てる事業」 over made154's 交付額 by year, and 「補助金が出ていない」 over a town's 補助額: an
amount granted is said by the money's own word (交付金, 補助金) where no other column is said so."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

XLSX = Path(__file__).parent.parent / "questions" / "made154" / "docs" / "R4-R6_市民提案型協働事業_採択事業一覧.xlsx"

_OTHER = """<html><head><title>楓台町 地域活動補助 交付実績</title></head><body><h1>楓台町 地域活動補助 交付実績</h1>
<table><tr><th>番号</th><th>活動名</th><th>令和5年度補助額</th><th>令和6年度補助額</th></tr>
<tr><td>K-1</td><td>通学路見守り隊</td><td>120000</td><td>150000</td></tr>
<tr><td>K-2</td><td>高齢者サロン運営</td><td>250000</td><td></td></tr>
<tr><td>K-3</td><td>花いっぱい運動</td><td>60000</td><td>60000</td></tr>
</table></body></html>
"""


@pytest.fixture(scope="module")
def grants(tmp_path_factory):
    folder = tmp_path_factory.mktemp("money_words")
    shutil.copy(XLSX, folder)
    (folder / "地域活動補助交付実績.html").write_text(_OTHER, encoding="utf-8")
    return assistant_over(folder)


def _codes(answer) -> set[str]:
    return {str(r["key"]).split(":", 1)[1] for r in answer.to_dict()["rows"] if str(r["key"]).startswith("table_row:")}


def test_granted_money_is_the_amount_column(grants) -> None:
    answer = ask(grants, "令和６年度に交付金が出てる事業はどれ？")
    assert answer.status == "exact" and _codes(answer) == {
        "R4-01", "R4-05", "R5-01", "R5-03", "R5-04", "R6-01", "R6-02", "R6-03", "R6-04", "R6-05"}, answer.summary
    answer = ask(grants, "令和6年度に補助金が出ている活動は？")
    assert answer.status == "exact" and _codes(answer) == {"K-1", "K-3"}, answer.summary
