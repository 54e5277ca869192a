"""Kinds of question made22's editions found misread, asked of the shipped report in their wording."""
from __future__ import annotations

from pathlib import Path

import pytest


def keys(answer) -> list[str]:
    return sorted(r["key"] for r in answer.rows)


def test_the_fiscal_year_a_month_falls_in(assistant):
    said = assistant.ask("令和5年2月を含む年度に終了した実践項目は何件")
    assistant.reset()
    plain = assistant.ask("R4に終了した実践項目は何件")
    assert said.status == "exact" and said.value == plain.value > 0


def test_a_quoted_name_of_the_initiative_the_comments_belong_to(assistant):
    answer = assistant.ask("取組項目「町内会の活性化」の委員の意見は何件")
    assert answer.status == "exact" and answer.value == 7
    assert {r["initiative"] for r in answer.rows} == {"10"}


def test_a_quoted_name_no_initiative_has_stays_words_of_the_comments(assistant):
    answer = assistant.ask("取組項目「ふるさと納税」の委員の意見")
    assert all("ふるさと納税" in r["text"] for r in answer.rows) and answer.rows


# --- two plan reports in one index: a title names its own document's record -------------------------

@pytest.fixture(scope="module")
def two_reports(tmp_path_factory):
    """The shipped corpus with made22's town report, whose practice items are numbered 1, 2, … too."""
    from assistant.query.conversation import Assistant
    from assistant.store.build import build_index
    from assistant.store.search import open_index
    from tests.conftest import CORPUS

    path = tmp_path_factory.mktemp("two_reports") / "gyokaku.db"
    town = Path(__file__).parents[1] / "questions" / "made22" / "docs" / "東川町_行政改革推進プラン_進捗状況報告書_令和3年度.pdf"
    build_index([CORPUS, town], path)
    return Assistant(open_index(path))


def test_a_title_of_the_second_report_is_its_own_record(two_reports):
    answer = two_reports.ask("ふるさと納税の返礼品の拡充の担当課は？")
    assert answer.status == "exact" and answer.value == "企画財政課"
    assert [r["source"] for r in answer.rows] == ["東川町_行政改革推進プラン_進捗状況報告書_令和3年度.pdf"]


def test_a_title_of_the_shipped_report_is_still_found(two_reports):
    answer = two_reports.ask("苫小牧市LINE公式アカウントの導入の担当部署は？")
    assert answer.status == "exact" and [r["key"] for r in answer.rows] == ["practice:8"]
