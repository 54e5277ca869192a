"""「ラスパイレス指数、令和６年度はいくつ？」: prose giving one measure by year (「令和６年度が98.7（令和５年度98.9、…）」),
the figure printed right after the year asked read as the search answer's value (year_labelled_figure.py)."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

MEMO = """桜川町 給与の状況

１．概要
　給与水準を示すラスパイレス指数は、令和６年度が97.2（令和５年度97.6、令和３年度98.1）であり、国の水準を下回っています。
　令和６年度から新たな人事評価制度を導入しました。
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("year_labelled")
    (folder / "桜川町_給与の状況.txt").write_text(MEMO, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize(("question", "value"), [("ラスパイレス指数、令和６年度はいくつ？", 97.2),
                                                 ("令和5年度のラスパイレス指数はいくつ", 97.6),
                                                 ("ラスパイレス指数は令和3年度だとどのくらい？", 98.1)])
def test_the_figure_after_the_year_asked(town, question, value) -> None:
    answer = ask(town, question)
    assert answer.status == "search" and answer.value == value, (answer.status, answer.summary)


def test_a_year_not_printed_gives_no_figure(town) -> None:
    # (令和４年度 is not in the sentence: no figure of another year is given for it)
    answer = ask(town, "ラスパイレス指数、令和４年度はいくつ？")
    assert answer.value is None, answer.summary


def test_pure_reader() -> None:
    from assistant.query.year_labelled_figure import year_figure

    text = "指数は、令和６年度が98.7（令和５年度98.9）。令和６年度から制度を改めた。"
    assert year_figure("指数、令和6年度はいくつ", ["指数"], text) == "98.7"
    assert year_figure("指数、令和6年度の件数", ["指数"], text) is None  # (no figure asked)
    assert year_figure("制度、令和6年度はいくつ", ["制度"], text) is None  # (the measure is not said before the year)
