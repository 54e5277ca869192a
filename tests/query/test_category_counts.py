"""A fixed-width table of a row per fiscal year with a count and an amount under each category (made95's
年度別推移.txt: 廃止 │ 縮小 │ 統合 │ 継続 │ 合計, each over 件数 │ 金額): 「廃止になったのは何件」 is the category's count of the
year said; 「廃止件数の合計」 adds that column up over the rows (the 合計 column is not said 「件数の合計」)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).resolve().parents[1] / "questions" / "made95" / "docs"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("category_counts")
    shutil.copy(DOCS / "補助金見直し結果_年度別推移.txt", folder)
    return assistant_over(folder)


@pytest.mark.parametrize("question,value", [
    ("令和5年度の見直しで廃止になったのは何件？", 4),
    ("令和6年度に縮小されたのは何件？", 8),
    ("廃止件数の合計は何件？", 16),
    ("令和3年度から令和6年度までの廃止件数の合計は？", 10),
    ("令和5年度の合計件数は？", 41),
])
def test_category_count(assistant, question, value) -> None:
    answer = ask(assistant, question)
    assert answer.value == value and answer.status in ("exact", "partial"), (answer.status, answer.summary)


def test_largest_cut_of_the_years_up_to_one(assistant) -> None:
    """「令和6年度までで、合計の削減効果額がいちばん大きかった年度」: the 合計 column of the signed amounts (▲), over the
    rows up to the year said, answered by the year of the row; 「…年度は」 with no column said is no answer."""
    answer = ask(assistant, "令和6年度までで、合計の削減効果額がいちばん大きかった年度は？")
    assert answer.status == "exact" and answer.value == "令和5年度", answer.summary
    vague = ask(assistant, "削減効果額がいちばん大きかった年度は？")
    assert vague.status != "exact" or vague.value in ("令和7年度",), vague.summary
