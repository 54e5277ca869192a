"""Two columns of grades of one row compared, over made103's evaluation workbook (一次評価 | 二次評価 under one
group header 評価区分): 「一次評価と二次評価の区分が違っている」 (the word both headers share said of the pair),
「二次評価が一次評価より下の」 (below in the grades' order, A over D), and a column said with its header's own
bracketed words (「二次評価（行政評価委員会）で所管課の一次評価より下の区分になった」)."""
from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_MADE103 = Path(__file__).resolve().parents[1] / "questions" / "made103" / "docs"


@pytest.fixture(scope="module")
def made103(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made103_docs")
    for doc in _MADE103.iterdir():
        if doc.is_file() and doc.suffix != ".db":
            shutil.copy(doc, folder / doc.name)
    return assistant_over(folder)


def _codes(answer) -> set[str]:
    return {unicodedata.normalize("NFKC", str(r.get("number") or "")) for r in answer.rows}


def test_two_grade_columns_differ_said_with_their_shared_word(made103) -> None:
    a = ask(made103, "健康福祉部で、一次評価と二次評価の区分が違っている事業は？")
    assert a.status == "exact"
    assert _codes(a) == {"301-02", "302-03", "303-02", "304-01", "304-02"}


def test_one_grade_column_below_the_other(made103) -> None:
    below = ask(made103, "二次評価が一次評価より下の事業は何件")
    assert below.status == "exact" and below.count == 9
    above = ask(made103, "二次評価が一次評価より上の事業は？")
    assert above.status == "exact" and above.count == 7


def test_a_column_said_with_its_bracketed_words(made103) -> None:
    a = ask(made103, "二次評価（行政評価委員会）で所管課の一次評価より下の区分になった事業は全部で何件ある？")
    assert a.status == "exact" and a.count == 9


def test_top_rows_with_the_order_said_again(made103) -> None:
    a = ask(made103, "令和６年度の決算額が大きい事業を上から３つ、順番に")
    assert a.status == "exact"
    assert [unicodedata.normalize("NFKC", str(r.get("number"))) for r in a.rows][:3] == ["402-01", "502-01", "102-02"]


def test_the_most_said_before_the_verb_of_change(made103) -> None:
    a = ask(made103, "前の年度から決算額がいちばん大きく減ったのはどの事業ですか")
    assert a.status == "exact" and a.target == "table_row"
    assert unicodedata.normalize("NFKC", str(a.rows[0].get("number"))) == "402-01"


def test_a_count_said_with_what_its_column_counts(made103) -> None:
    a = ask(made103, "構成事業数が10事業以上の施策はいくつありますか")
    assert a.status == "exact" and a.count == 9
