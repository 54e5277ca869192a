"""「財政力指数、県平均よりどれだけ低い？」 over 指標 | 本市 | 県平均 | 差: the gap of the row's own figure to the
column said, positive as asked; no answer given as certain where the premise fails or the figure compared is not
the table's one other. A made-up town beside the made164 village."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

T = "\t"
PAGE = "\n".join([
    "東川市 財政指標の比較（令和５年度決算）", "",
    "表１ 県内平均との比較",
    T.join(["指標", "本市", "県平均", "差"]),
    T.join(["財政力指数", "0.512", "0.634", "△0.122"]),
    T.join(["経常収支比率", "93.1", "90.4", "2.7"]),
    T.join(["実質公債費比率", "7.5", "8.0", "△0.5"]), "",
    "表２ 三つの比較",
    T.join(["区分", "本市", "県平均", "全国平均"]),
    T.join(["人口一人当たり歳出額", "512", "480", "530"]),
    T.join(["人口一人当たり地方税", "140", "150", "160"]),
    T.join(["人口一人当たり地方債残高", "700", "650", "690"]), ""])


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gap_to_column")
    (folder / "東川市_比較.txt").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize(("question", "value"), [
    ("財政力指数、県平均よりどれだけ低い？", 0.122),
    ("経常収支比率は県平均よりどれくらい高い？", 2.7),
])
def test_the_gap_to_the_column_said(town, question, value) -> None:
    answer = ask(town, question)
    assert (answer.status, answer.value) == ("exact", value), answer.summary


def test_a_premise_that_fails_is_no_gap(town) -> None:
    # (経常収支比率 is above the 県平均, not below it)
    answer = ask(town, "経常収支比率は県平均よりどれだけ低い？")
    assert not (answer.status == "exact" and answer.value == 2.7), answer.summary


def test_more_figure_columns_than_one_other_give_no_gap(town) -> None:
    # (本市 or 全国平均 against 県平均: which is not said)
    answer = ask(town, "人口一人当たり地方税は県平均よりどれだけ低い？")
    assert not (answer.status == "exact" and answer.value in (10, 10.0)), answer.summary
