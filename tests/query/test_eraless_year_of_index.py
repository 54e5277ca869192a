"""An era-less fiscal year (「4年度の自己評価欄」) with no era said takes the era of the years the reports grade."""
from assistant.query.grammar.years import inherit_eras


def test_the_graded_years_era_when_none_is_said():
    assert inherit_eras("4年度の評価が-", "", {"R2", "R3", "R4", "R5"}) == "令和4年度の評価が-"


def test_not_a_year_the_reports_grade_nor_of_two_eras():
    assert inherit_eras("9年度の評価", "", {"R2", "R3", "R4", "R5"}) == "9年度の評価"
    assert inherit_eras("4年度の評価", "", {"H4", "R4"}) == "4年度の評価"


def test_not_a_count_of_years_nor_beside_a_year_said():
    assert inherit_eras("R2・R3・R4・R5の4年度すべてでA", "", {"R2", "R3", "R4", "R5"}) == "R2・R3・R4・R5の4年度すべてでA"
    assert inherit_eras("4年度すべてA", "", {"R2", "R3", "R4", "R5"}) == "4年度すべてA"


def test_first_year_of_an_era_said_without_it():
    # 「元年度」 over an index grading 令和元年度 (a plan made over the era change: H29, H30, R1, R2)
    assert inherit_eras("元年度はDだったのに令和2年度にA", "", {"H29", "H30", "R1", "R2"}) == "令和元年度はDだったのに令和2年度にA"
    # (said after another era's year, that era)
    assert inherit_eras("令和2年度と元年度", "", set()) == "令和2年度と令和元年度"
    # (令和元年度 is no era-less year)
    assert inherit_eras("令和元年度の評価", "", {"R1"}) == "令和元年度の評価"
