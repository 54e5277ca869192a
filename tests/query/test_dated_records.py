"""Records with dates (a newsletter's events) asked about by year: a year with none is said to have none."""
from __future__ import annotations


def test_a_year_with_no_event_is_no_match(assistant):
    answer = assistant.ask("令和元年に開催されたイベントは？")
    assert answer.target == "event"
    assert answer.status == "no_match" and answer.count == 0 and not answer.rows


def test_events_of_a_calendar_year(assistant):
    answer = assistant.ask("平成27年のイベント")  # the calendar year 2015
    assert answer.target == "event" and answer.status == "exact"
    assert answer.rows and all(r["date_from"].startswith("2015") for r in answer.rows)


def test_a_katakana_kind_word_inside_a_longer_word_names_nothing(assistant):
    answer = assistant.ask("プレイベントに触れた実践項目")
    assert answer.target == "practice"


def test_an_era_alone_is_its_years_on_a_kind_with_a_year(assistant):
    """「令和の」 is 令和元年度以降: the newsletter's model project is of 平成27年度, in no year of 令和."""
    answer = assistant.ask("ニュースレターに載っている令和のモデル事業")
    assert answer.target == "model_project" and answer.count == 0 and answer.status == "no_match"
    answer = assistant.ask("平成のモデル事業")
    assert answer.status == "exact" and [r["year"] for r in answer.rows] == ["H27"]


def test_years_of_two_eras_compare_as_fiscal_years(assistant):
    """H27 is before R1, though 27 > 1."""
    answer = assistant.ask("令和元年度以降のモデル事業")
    assert answer.count == 0
    answer = assistant.ask("平成26年度以降のモデル事業")
    assert answer.count == 1


def test_a_year_written_onto_a_name_is_part_of_the_name(assistant):
    """「H28モデル事業」 is the programme 平成28年度…モデル事業 (its call for proposals), not the featured
    model project of a year."""
    answer = assistant.ask("H28モデル事業の提案の締切日")
    assert answer.target == "event" and answer.value == "2016-02-19"


def test_an_era_alone_dates_events_over_all_its_years(assistant):
    answer = assistant.ask("平成の時代のイベント")
    assert answer.status == "exact" and answer.rows
    assert all(r["date_from"] < "2019-05-01" for r in answer.rows)
