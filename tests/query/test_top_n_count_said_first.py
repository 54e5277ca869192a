"""「改定案の金額が高い手数料を2つ、高い順に」: the count of rows said before the order (tables/question.py _TOP_N), and
「改定案の金額」 the amount column restated with the word for its figures (tables/answer.py). made130's PDF of fees, and
another town's page of its own columns."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

PDF = Path(__file__).resolve().parents[2] / "tests" / "questions" / "made130" / "docs" / "資料２_証明書等手数料の見直し（案）.pdf"

_PAGE = """<html><head><title>白鷺町 貸出物品の料金表</title></head><body><h1>白鷺町 貸出物品の料金表</h1>
<table><tr><th>No.</th><th>物品名</th><th>担当課</th><th>貸出料金</th></tr>
<tr><td>1</td><td>テント</td><td>総務課</td><td>2,000</td></tr>
<tr><td>2</td><td>長机</td><td>総務課</td><td>300</td></tr>
<tr><td>3</td><td>音響セット</td><td>生涯学習課</td><td>5,000</td></tr>
<tr><td>4</td><td>プロジェクター</td><td>生涯学習課</td><td>1,500</td></tr>
</table></body></html>
"""


@pytest.fixture(scope="module")
def fees(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("fees_top_n")
    shutil.copy(PDF, folder / PDF.name)
    (folder / "shirasagi_kashidashi.html").write_text(_PAGE, encoding="utf-8")
    return assistant_over(folder)


def _numbers(answer) -> list[str]:
    return [str(r["key"]).split(":", 1)[1] for r in answer.to_dict()["rows"]]


def test_count_said_before_the_order(fees):
    a = ask(fees, "改定案の金額が高い手数料を2つ、高い順に")
    assert a.status == "exact" and _numbers(a)[:2] == ["22", "17"] and len(a.rows) == 2


def test_another_tables_amount_restated(fees):
    a = ask(fees, "貸出料金の金額が高い物品を3つ、高い順に")
    assert a.status == "exact" and len(a.rows) == 3
    assert [r.get("物品名") for r in a.rows] == ["音響セット", "テント", "プロジェクター"]
