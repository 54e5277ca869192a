"""「※３ 指標のうち「紙使用量」「設置台数」は、値が小さいほど良い指標である」: a note naming in quotes the values of
the 指標 column whose rows are better lower (tables/quoted_lower.py). 「実績値がもう目標値に届いている」 then reaches
those rows' targets from above, and a 「－」 result is no number at all. Over the made162 workbook and a txt table of
another town, whose quoted word is a part of another row's 指標 (that row keeps the usual direction)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

MADE162 = Path(__file__).parents[1] / "questions" / "made162" / "docs"

PLAN = """西原村 窓口改善計画 取組状況
取組番号\t取組名\t担当課\t指標\t単位\t目標値\t令和7年度実績
W-01\t窓口の待ち時間短縮\t住民課\t平均待ち時間\t分\t10\t8
W-02\t申請書の簡素化\t住民課\t平均待ち時間の削減率\t％\t30\t35
W-03\t証明書コンビニ交付\t税務課\t交付件数\t件\t2,000\t1,500
W-04\t来庁者アンケート\t総務課\t回答数\t件\t300\t－

※１ 指標のうち「平均待ち時間」は、値が小さいほど良い指標である。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("quoted_lower")
    shutil.copy(next(MADE162.glob("*.xlsx")), folder)
    (folder / "nishihara_madoguchi.txt").write_text(PLAN, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_reached_target_of_the_workbook_minds_the_direction(assistant):
    assistant.reset()
    answer = assistant.ask("ペーパーレス化・電子決裁推進計画で、R7の実績値がもう目標値（R8）に届いている取組は？")
    assert answer.status == "exact"
    # (P-2-05 紙使用量 11,200 against 5,000, P-4-04 設置台数 41 against 25: better lower, not reached)
    assert sorted(r["number"] for r in answer.rows) == ["P-1-06", "P-2-02", "P-4-03"]


def test_reached_target_of_another_town(assistant):
    assistant.reset()
    answer = assistant.ask("西原村の窓口改善計画で、令和7年度実績がもう目標値に届いている取組は？")
    assert answer.status == "exact"
    # W-01: 8 minutes against 10, better lower, reached; W-02's 削減率 is not the quoted 指標: 35 ≥ 30;
    # W-04's 「－」 is no result
    assert sorted(r["title"] for r in answer.rows) == ["申請書の簡素化", "窓口の待ち時間短縮"]
