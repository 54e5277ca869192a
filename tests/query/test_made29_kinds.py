"""Kinds of question made29's editions found misread, asked of the shipped corpus with made29's documents."""
from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def with_made29(tmp_path_factory):
    from assistant.query.conversation import Assistant
    from assistant.store.build import build_index
    from assistant.store.search import open_index
    from tests.conftest import CORPUS

    path = tmp_path_factory.mktemp("made29") / "gyokaku.db"
    build_index([CORPUS, Path(__file__).parents[1] / "questions" / "made29" / "docs"], path)
    return lambda: Assistant(open_index(path))


def test_another_years_figure_of_a_sheet_is_its_printed_row_not_a_field(with_made29):
    # The sheet's table of costs by year (one row per year) is kept by settled year, as a table with a
    # column per year is (決算年度別の事業費): the earlier year's row answers, its year said; the
    # record's own figure stays the settled year's.
    answer = with_made29().ask("上田地域定住自立圏推進事業の令和5年度の事業費はいくらでしたか")
    assert answer.value == 4820000 and answer.rows[0]["total_cost"] == 5130000
    assert "4,820,000" in answer.summary and "令和5年度" in answer.summary
    # the year the sheet is settled in stays its field
    settled = with_made29().ask("上田地域定住自立圏推進事業の令和6年度決算の総事業費は？")
    assert settled.status == "exact" and settled.value == 5130000
    # a year the sheet does not print is still no record
    assert with_made29().ask("上田地域定住自立圏推進事業の令和3年度の事業費は").status == "no_match"


def test_a_number_a_record_rose_to_is_read_in_its_text(with_made29):
    a = with_made29()
    a.ask("山梨県の事例集の北杜市の取組")
    answer = a.ask("オンライン申請の対象手続はいくつに増えた？")
    # not the other report's practice item whose title shares words (電子申請の対象手続の拡大)
    assert answer.status == "search" and answer.value is None and not answer.unused
    assert "186件" in answer.summary
    assert not any("電子申請" in n for n in answer.notes)


def test_a_newsletter_issue_named_alone_lists_its_articles_and_scopes_what_follows(with_made29):
    a = with_made29()
    issue = a.ask("松本市の市民協働ニュースレター Vol.3")
    assert issue.target == "article" and issue.count == 3
    answer = a.ask("研修の参加者は何名でした？")
    assert "24名" in answer.summary
    assert all(e["source"] == "matsumoto_kyodo_news_vol3.txt" for e in answer.excerpts)


def test_words_alone_without_a_document_before_are_searched_everywhere(with_made29):
    answer = with_made29().ask("研修の参加者は何名でした？")
    assert "前の回答と同じ資料から探しました" not in answer.notes


def test_how_many_subcommittees_counts_distinct_names(with_made29):
    answer = with_made29().ask("宇都宮市・鹿沼市の連携事業には部会がいくつありますか")
    assert answer.status == "exact" and answer.value == 10


def test_plan_report_workbook_answers_grades_by_year(with_made29):
    answer = with_made29().ask("室蘭市の実践項目で、R5からR8までずっとAだったのはどれ？")
    assert answer.status == "exact" and sorted(r["code"] for r in answer.rows) == ["1", "16", "26"]
