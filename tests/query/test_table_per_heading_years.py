"""One small table per heading, its rows the years of what the heading names (a survey page of 窓口):
the heading, without its bracketed tail, names the rows; the word before 別 in the heading above them
is what they are; a table above of their sums year by year is no row of them. A made-up city, alone."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over, titles

_HEAD = "<tr><th>年度</th><th>満足</th><th>不満</th><th>回答数</th><th>満足度（%）</th></tr>"


def _table(rows) -> str:
    body = "".join(f"<tr><th scope=row>{y}</th><td>{a}</td><td>{b}</td><td>{a + b}</td><td>{p}</td></tr>"
                   for y, a, b, p in rows)
    return f"<table><thead>{_HEAD}</thead><tbody>{body}</tbody></table>"


_DESKS = [("戸籍住民課（東館1階）", [("令和4年度", 40, 10, "80.0"), ("令和5年度", 45, 5, "90.0")]),
          ("福祉総務課（東館2階）", [("令和4年度", 30, 10, "75.0"), ("令和5年度", 28, 12, "70.0")]),
          ("市税課（西館1階）", [("令和4年度", 20, 5, "80.0"), ("令和5年度", 21, 4, "84.0")])]
_TOTAL = [("令和4年度", 90, 25, "78.3"), ("令和5年度", 94, 21, "81.7")]
PAGE = ("<html><head><title>来庁者アンケート</title></head><body><h1>来庁者アンケートの結果（令和4年度・令和5年度）</h1>"
        "<p>本庁舎の窓口で来庁者アンケートを行いました。</p><h2>1　全体</h2>" + _table(_TOTAL)
        + "<h2>2　窓口別の結果</h2>"
        + "".join(f"<h3>{h}</h3>" + _table(rows) for h, rows in _DESKS) + "</body></html>")


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("per_heading_years")
    (folder / "東浜市_来庁者アンケート.html").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


def test_the_heading_names_the_rows_and_the_word_above_says_what_they_are(assistant) -> None:
    answer = ask(assistant, "東浜市の来庁者アンケートで、令和5年度の満足度がいちばん低かった窓口は？")
    assert (answer.status, answer.value) == ("exact", "福祉総務課"), answer.summary


def test_the_table_of_sums_is_no_row_of_them(assistant) -> None:
    answer = ask(assistant, "東浜市の来庁者アンケートで、令和5年度の満足度が80%以上の窓口は？")
    assert answer.status == "exact" and sorted(titles(answer)) == ["市税課", "戸籍住民課"], answer.summary


def test_a_year_said_before_a_bound_is_the_rows_year(assistant) -> None:
    answer = ask(assistant, "東浜市の窓口満足度で、令和4年度に80%以上だった窓口は何か所？")
    assert (answer.status, answer.count) == ("exact", 2), answer.summary


def test_people_a_verb_says_are_the_sum_of_its_column(assistant) -> None:
    answer = ask(assistant, "東浜市の来庁者アンケート、令和5年度は窓口全部で何人が回答した？")
    assert (answer.status, answer.value) == ("exact", 115), answer.summary


def test_another_year_asked_after_a_figure_is_that_years_figure(assistant) -> None:
    answer = ask(assistant, "東浜市の市税課の窓口満足度は？", "じゃあ令和4年度は？")
    assert (answer.status, answer.value) == ("exact", 80.0), answer.summary


def test_a_headings_change_between_its_years(assistant) -> None:
    answer = ask(assistant, "東浜市の来庁者アンケートで、満足度が前の年より下がった窓口はいくつ？")
    assert (answer.status, answer.count) == ("exact", 1), answer.summary
    answer = ask(assistant, "東浜市の市税課の満足度は、令和4年度から何ポイント上がった？")
    assert (answer.status, answer.value) == ("exact", 4.0), answer.summary
