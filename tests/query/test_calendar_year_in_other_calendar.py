"""A calendar year said in the western calendar (「２０１７年に導入した」) is sought as the documents print it (平成29年),
and said so; a year both calendars leave unprinted stays as said. Over the shipped corpus."""
from __future__ import annotations

from assistant.query.calendar_years import as_printed, era_forms


def test_a_western_year_is_sought_as_the_era_year_the_case_prints(assistant):
    answer = assistant.ask("２０１７年に自治体クラウドを導入したのはどこ？")
    assert "本文に「平成29年」を含む" in [u["label"] for u in answer.understood] and not answer.unused
    assert any("平成29年" in n for n in answer.notes)
    assert "嬬恋村" in answer.rows[0]["places"] and "高山村" in answer.rows[0]["places"]


def test_a_year_of_two_eras_is_changed_only_when_one_spelling_is_printed(db):
    from assistant.store.search import passage_sources

    assert era_forms(2019) == ["令和元年", "平成31年"]
    printed = lambda w: bool(passage_sources(db, w))  # noqa: E731  (the index's own test of a word)
    assert as_printed("2017年", printed) == "平成29年"
    assert as_printed("2017年度", printed) == "2017年度"  # (a 年度 is the year rules')
    assert as_printed("1850年", printed) == "1850年"
