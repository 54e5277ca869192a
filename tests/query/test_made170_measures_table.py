"""Answers over a city's 職員定数適正化計画 documents (tests/questions/made170) beside the shipped corpus, whose 実践項目
are also called 取組. The docx's 取組 (one key–value block each: 取組名, 所管課, 内容, 削減見込（人）, 進捗, 実施年度
「令和６年度～令和８年度」) are answered from as rows: by the name column's printed label, by the end or the length of
their spans of years. The web page's table by year (令和７年度 │ フルタイム, パートタイム, 計): a year's whole is its 計."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).parent.parent / "questions" / "made170" / "docs"


@pytest.fixture(scope="module")
def city(tmp_path_factory, corpus_dir):
    folder = tmp_path_factory.mktemp("made170_measures")
    shutil.copytree(corpus_dir, folder / "docs")
    for doc in DOCS.iterdir():
        shutil.copy(doc, folder / "docs")
    return assistant_over(folder / "docs")


def _codes(answer) -> list[str]:
    return sorted((r["key"].partition(":")[2] for r in answer.to_dict()["rows"]), key=lambda c: int(c) if c.isdigit() else 0)


def test_the_name_column_called_by_its_printed_label(city) -> None:
    # (the items' reader takes 取組名 as the block's title: the column was 名称, so 「取組名に…」 named nothing)
    answer = ask(city, "取組名に「民間委託」って入ってる取組は？")
    assert answer.status == "exact" and _codes(answer) == ["1", "4"], (answer.status, answer.summary)
    assert len([u for u in answer.understood if u.get("op") == "contains"]) == 1, answer.understood


@pytest.mark.parametrize("question", ["令和７年度までに実施が終わる予定の取組は？", "令和7年度までに実施が完了する取組は？"])
def test_a_span_ended_by_a_year(city, question) -> None:
    # (「までに実施が…」 was read as still going that year (続く), and the table named by nothing: a search)
    answer = ask(city, question)
    assert answer.status == "exact" and _codes(answer) == ["1", "2", "6", "8", "11"], (answer.status, answer.summary)


def test_spans_of_several_years_counted(city) -> None:
    answer = ask(city, "複数年度にまたがって実施する取組は何件？")
    assert answer.status == "exact" and answer.count == 6, (answer.status, answer.summary)


@pytest.mark.parametrize(("question", "op"), [("令和９年度まで実施する取組は？", "fy_lasts"),
                                              ("令和９年度までに実施が終わる取組は？", "fy_le")])
def test_going_on_and_ending_read_apart(city, question, op) -> None:
    # (「まで実施する」 still says a span going on to that year; 「までに実施が終わる」 one over by it)
    from assistant.query.tables.question import _read
    from assistant.query.tables.read import read_tables
    from assistant.text.normalize import nfkc

    t = next(t for t in read_tables(city.db) if t.source.endswith("取組状況.docx"))
    reading = _read(city.db, t, question, nfkc(question), [])
    assert reading is not None and [c.op for c in reading.conds] == [op], reading


@pytest.mark.parametrize(("question", "value"), [("令和７年度の会計年度任用職員は全部で何人？", 269),
                                                 ("令和6年度の会計年度任用職員は全部で何人？", 279),
                                                 ("令和７年度の会計年度任用職員のパートタイムは全部で何人？", 221)])
def test_a_years_whole_is_its_total_column(city, question, value) -> None:
    # (令和７年度 over フルタイム │ パートタイム │ 計: the year's 計 added up; before, a search of the corpus read 2)
    answer = ask(city, question)
    assert answer.status == "exact" and answer.value == value, (answer.status, answer.summary)


def test_the_year_before_the_one_of_the_follow_up(city) -> None:
    # (「前年度より」 after conditions on R7's column: R6; before, a record of the corpus with a パートタイム field answered)
    answer = ask(city, "R7でパートタイムが20人以上の職種は？", "そのうち前年度よりパートタイムが減ったのは？")
    names = sorted(r["key"].partition(":")[2] for r in answer.to_dict()["rows"])
    assert answer.status == "exact" and names == ["一般事務", "給食調理員"], (answer.status, answer.summary, names)
