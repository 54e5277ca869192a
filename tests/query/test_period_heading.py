"""A period heading merged over year columns (「計画期間」 over Ｒ７…Ｒ11) names no measure: the columns are the years
alone (tables/period_heading.py)."""
from __future__ import annotations

from assistant.query.tables.period_heading import years_under_period


def test_the_plan_period_heading_is_taken_off_the_years() -> None:
    rows = [{"cells": {"項目": "地方税", "計画期間R7": "1", "計画期間R8": "2", "構成比 (R7)": "3"}}]
    headers = years_under_period(["項目", "計画期間R7", "計画期間R8", "構成比 (R7)"], rows)
    assert headers == ["項目", "R7", "R8", "構成比 (R7)"]
    assert rows[0]["cells"] == {"項目": "地方税", "R7": "1", "R8": "2", "構成比 (R7)": "3"}


def test_a_measure_over_the_years_stays() -> None:
    # (「決算額」 over R5 | R6 is what the cells are: kept)
    rows = [{"cells": {"項目": "a", "決算額R5": "1", "決算額R6": "2"}}]
    assert years_under_period(["項目", "決算額R5", "決算額R6"], rows) == ["項目", "決算額R5", "決算額R6"]


def test_one_year_alone_under_a_period_stays() -> None:
    rows = [{"cells": {"項目": "a", "計画期間R7": "1"}}]
    assert years_under_period(["項目", "計画期間R7"], rows) == ["項目", "計画期間R7"]
