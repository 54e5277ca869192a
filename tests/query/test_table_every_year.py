"""A change said of every year (「毎年減ってる」「令和5年度以降毎年増え続けている」) over a table of year
columns: each year's change from the one before holds, not one pair's; 「主な配置先」 said 配置先. A made-up
town, indexed alone."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

T = "\t"
PAGE = "\n".join([
    "南谷町 会計年度任用職員の任用状況", "（各年度4月1日現在　単位：人）",
    T.join(["職種", "主な配置先", "令和2年度", "令和3年度", "令和4年度", "令和5年度"]),
    T.join(["事務補助", "各課", "50", "48", "47", "45"]),
    T.join(["保育士", "保育所", "20", "22", "21", "23"]),
    T.join(["図書館司書", "中央図書館", "5", "6", "7", "8"]),
    T.join(["調理員", "給食センター", "12", "12", "13", "14"]), ""])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("every_year")
    (folder / "南谷町_任用状況.txt").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


def test_a_fall_every_year_and_its_place_asked_after(assistant) -> None:
    answer = ask(assistant, "南谷町で会計年度任用職員が毎年減ってる職種ってある？")
    assert answer.status == "exact" and answer.count == 1 and "事務補助" in answer.summary, answer.summary
    answer = ask(assistant, "南谷町で会計年度任用職員が毎年減ってる職種ってある？", "その配置先はどこ？")
    assert (answer.status, answer.value) == ("exact", "各課"), answer.summary


def test_a_rise_every_year_from_a_year_said(assistant) -> None:
    answer = ask(assistant, "南谷町の会計年度任用職員で、令和3年度以降毎年増え続けている職種はいくつある？")
    assert (answer.status, answer.count) == ("exact", 2), answer.summary
