"""A village's 中期財政計画 documents beside the shipped corpus (tests/questions/made164): its 財政健全化の取組 are
headings 「取組１ …」 each over a two-column key-value table (所管課, 開始年度, 効果額, 状況), read as the table's rows."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).parent.parent / "questions" / "made164" / "docs"


@pytest.fixture(scope="module")
def village(tmp_path_factory, corpus_dir):
    folder = tmp_path_factory.mktemp("made164_beside")
    shutil.copytree(corpus_dir, folder / "docs")
    for doc in DOCS.iterdir():
        shutil.copy(doc, folder / "docs")
    return assistant_over(folder / "docs")


@pytest.mark.parametrize("question", ["取組を担当している課は全部で何課？", "取組を担当している課はいくつ？"])
def test_offices_counted_by_the_verb_of_their_column(village, question) -> None:
    # (担当 says the 所管課 column, 課 the noun it qualifies and its counter: how many different 課, not the 14 rows)
    answer = ask(village, question)
    assert answer.value == 5, (answer.status, answer.summary)


@pytest.mark.parametrize("question", ["財政健全化の取組全体で、５年間の効果額はいくらを見込んでる？", "取組全体で、効果額はいくら？"])
def test_an_amount_asked_of_the_whole_is_the_sum(village, question) -> None:
    # (全体で, no row named: the 13 printed amounts added up, the 「－」 of one left out and said so)
    answer = ask(village, question)
    assert answer.value == 360600 and "合計" in answer.summary, (answer.status, answer.summary)


def test_one_row_named_keeps_its_own_amount(village) -> None:
    answer = ask(village, "使用料・手数料の見直しの効果額はいくら？")
    assert answer.value == 18500, (answer.status, answer.summary)
