"""A made-up town's report in plain text (not made182's town, years or columns): a year table between dashed rules
whose header is spaced with full-width spaces and its rows with half-width ones, so that no label stands over its
own figures. Each label is its column's, in order, none cut between two (「差押金額（千円）」 was read as
「差押件数差押金」 │ 「額(千円)執行停止件」): the figures are asked by their whole labels."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

TEXT = "\n".join([
    "令和５年度 徴収対策の実施状況",
    "",
    "２　滞納整理の状況",
    "　滞納整理の推移は次のとおりである。",
    "",
    "\u3000" + "-" * 66,
    "\u3000年度\u3000\u3000\u3000\u3000\u3000催告件数\u3000\u3000交付要求件数\u3000\u3000分納誓約件数\u3000\u3000徴収金額（千円）",
    "\u3000" + "-" * 66,
    "\u3000令和元年度\u3000\u3000     ６１２件           ４１件         ２０８件          ５４，２１０",
    "\u3000令和２年度\u3000\u3000     ６８０件           ３８件         ２３１件          ５８，９００",
    "\u3000令和３年度\u3000\u3000     ７０４件           ４５件         ２２６件          ６１，３２０",
    "\u3000令和４年度\u3000\u3000     ７５１件           ５２件         ２４０件          ６６，０４０",
    "\u3000令和５年度\u3000\u3000     ７９３件           ４９件         ２５５件          ７０，１３０",
    "\u3000" + "-" * 66,
    "",
])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("spaced_year_table")
    (folder / "徴収対策の実施状況.txt").write_text(TEXT, encoding="utf-8")
    return assistant_over(folder)


def test_column_average_over_years(assistant):
    answer = ask(assistant, "徴収金額、令和元年度から5年度までの平均っていくら？")
    assert answer.status == "exact" and abs(answer.value - 62_120) < 0.01, answer.summary


def test_column_of_one_year(assistant):
    answer = ask(assistant, "令和３年度の交付要求件数は？")
    assert answer.status == "exact" and answer.value == 45, answer.summary


def test_years_whose_figure_fell_from_the_year_before(assistant):
    # (no bound said: any fall from the row above, year_rows_change.py)
    answer = ask(assistant, "交付要求件数が前の年より減った年度はどこ？")
    assert answer.status == "exact" and [r["title"] for r in answer.rows] == ["令和2年度", "令和5年度"], answer.summary
