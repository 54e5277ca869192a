"""Kinds of question made27's editions found misread: asked of the shipped corpus in their wording where
it can say them, and of the shipped corpus with made27's documents where only those can."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.execute import group_counts
from assistant.text.names import is_name


def test_the_common_name_of_the_plan_is_the_kind_of_document(assistant):
    said = assistant.ask("苫小牧市の行革プランの取組項目はいくつありますか")
    assert said.status == "exact" and said.value == 22 and not said.unused


def test_an_average_said_as_a_verb_after_a_comma(assistant):
    answer = assistant.ask("苫小牧市の委員評価、平均すると何点？")
    assert answer.status == "exact" and answer.value == 4.07


def test_the_committee_named_with_its_full_name_scopes_to_its_report(assistant):
    answer = assistant.ask("苫小牧市の行政改革推進審議会の委員評価、平均すると何点？")
    assert answer.status == "exact" and answer.value == 4.07
    assert is_name("行政改革推進委員会") and not is_name("委員会")


def test_a_department_written_without_its_bureau_counts_with_it():
    rows = [{"d": ["(総)情報政策課", "職員課"]}, {"d": ["(総)職員課"]}, {"d": ["(市)市民課", "デジタル推進室"]},
            {"d": ["デジタル推進室"]}]
    groups, _ = group_counts(rows, "d")
    # デジタル推進室 is never written with (市): it is its own office, not the 市民部's.
    assert dict(groups) == {"(総)職員課": 2, "(総)情報政策課": 1, "(市)市民課": 1, "デジタル推進室": 2}


# --- with made27's documents in the index ------------------------------------------------------------

@pytest.fixture(scope="module")
def with_made27(tmp_path_factory):
    from assistant.query.conversation import Assistant
    from assistant.store.build import build_index
    from assistant.store.search import open_index
    from tests.conftest import CORPUS

    path = tmp_path_factory.mktemp("made27") / "gyokaku.db"
    build_index([CORPUS, Path(__file__).parents[1] / "questions" / "made27" / "docs"], path)
    return Assistant(open_index(path))


def test_part_of_another_kinds_title_is_searched_in_the_asked_kind(with_made27):
    # 書かない窓口 is part of a practice item's title in the plan report; asked of the case studies it
    # is the words to find there, not that report.
    answer = with_made27.ask("行政改革の取組事例集で、書かない窓口を全支所に広げた自治体は？")
    assert answer.target == "case_study"
    # (「行政改革の取組事例集」 is the collection's own title: scoped to it, never to the plan report)
    assert all(c["value"] == ["soumu_gyokaku_jirei_r6.html"] for c in answer.understood if c["field"] == "source")
    assert answer.rows and all("書かない窓口" in str(r) for r in answer.rows[:1])


def test_a_city_only_the_sheets_file_name_gives_scopes_to_that_sheet(with_made27):
    # The sheet prints no city; its file (iida_jimujigyo_hyoka_2003015.xlsx) is named after 飯田市 in
    # romaji, which says whose it is. (A sheet whose file does not name it either is answered as unsure:
    # tests/query/test_made31_kinds.py.)
    answer = with_made27.ask("飯田市の南信州広域連携推進事業の担当課は？")
    assert answer.status == "exact" and answer.value == "企画課" and answer.unused == []
    assert any(c["field"] == "source" and c["value"] == ["iida_jimujigyo_hyoka_2003015.xlsx"] for c in answer.understood)
    # A report that names its city is never answered for another one.
    other = with_made27.ask("稚内市の実践項目で職員課が担当しているのは何件ですか")
    assert other.status == "no_match" and other.count == 0


def test_a_figure_of_a_sheets_indicator_asked_of_the_sheet(with_made27):
    answer = with_made27.ask("事務事業評価シートで、移住相談件数の令和4年度の実績値は？")
    assert answer.target == "indicator" and answer.value == 352


def test_the_settled_years_cost_of_a_workbooks_money_table(with_made27):
    answer = with_made27.ask("南信州広域連携推進事業の総事業費はいくら？")
    assert answer.value == 9150000


def test_the_number_of_subcommittees_said_with_ni(with_made27):
    answer = with_made27.ask("前橋市・高崎市の連携事業に部会はいくつありますか")
    assert answer.status == "exact" and answer.value == 11
