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
