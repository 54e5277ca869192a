"""One row asked across the columns of its years (指標 | 令和元年度 … 令和4年度): the year it was highest,
its mean over a span said with one era, and the year from which it is printed 「－」. A made-up town."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

T = "\t"
PAGE = "\n".join([
    "北森町 財政指標の推移（令和元年度～令和4年度決算）", "",
    "1．健全化判断比率",
    T.join(["指標", "令和元年度", "令和2年度", "令和3年度", "令和4年度", "早期健全化基準"]),
    T.join(["実質公債費比率", "8.0", "9.0", "7.0", "6.0", "25.0"]),
    T.join(["将来負担比率", "30.1", "35.4", "33.0", "28.2", "350.0"]),
    T.join(["連結実質赤字比率", "－", "－", "－", "－", "19.0"]), "",
    "2．資金不足比率",
    T.join(["特別会計の名称", "令和元年度", "令和2年度", "令和3年度", "令和4年度", "経営健全化基準"]),
    T.join(["簡易水道事業特別会計", "3.2", "1.0", "－", "－", "20.0"]),
    T.join(["下水道事業会計", "－", "－", "－", "－", "20.0"]),
    T.join(["観光施設事業特別会計", "－", "－", "－", "－", "20.0"]), ""])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("row_years")
    (folder / "北森町_財政指標.txt").write_text(PAGE, encoding="utf-8")
    return assistant_over(folder)


def test_the_year_a_row_was_highest(assistant) -> None:
    answer = ask(assistant, "北森町で将来負担比率がいちばん高かったのは何年度？")
    assert (answer.status, answer.value) == ("exact", "令和2年度"), answer.summary


def test_a_rows_mean_over_a_span_said_with_one_era(assistant) -> None:
    answer = ask(assistant, "北森町の実質公債費比率、令和元年度から3年度までの平均は？")
    assert (answer.status, answer.value) == ("exact", 8.0), answer.summary


def test_the_year_from_which_a_row_is_dashed(assistant) -> None:
    answer = ask(assistant, "北森町の簡易水道事業、資金不足比率が「－」になったのは何年度から？")
    assert (answer.status, answer.value) == ("exact", "令和3年度"), answer.summary


def test_the_first_year_past_a_figure(assistant) -> None:
    answer = ask(assistant, "北森町の将来負担比率が初めて35%を超えたのは何年度？")
    assert (answer.status, answer.value) == ("exact", "令和2年度"), answer.summary


@pytest.mark.parametrize(("question", "value"), [
    ("北森町の簡易水道事業、資金不足比率が「－」の年度はいくつ？", 2),
    ("北森町の連結実質赤字比率が「－」になっている年度は何年度分？", 4),
    ("北森町の将来負担比率が「－」の年度はいくつ？", 0),
])
def test_the_years_a_row_prints_the_dash_counted(assistant, question, value) -> None:
    # (the row's own year cells printing 「－」, not the one row of that name counted)
    answer = ask(assistant, question)
    assert (answer.status, answer.value) == ("exact", value), answer.summary


@pytest.mark.parametrize(("question", "value"), [
    ("北森町の実質公債費比率が前年度より上がった年度は何回？", 1),
    ("北森町の実質公債費比率が前の年度より下がった年度はいくつ？", 2),
])
def test_the_years_a_row_rose_or_fell_counted(assistant, question, value) -> None:
    # (each year against the year before, the first year printed having none)
    answer = ask(assistant, question)
    assert (answer.status, answer.value) == ("exact", value), answer.summary


def test_a_rows_mean_over_the_count_of_its_years(assistant) -> None:
    answer = ask(assistant, "北森町の実質公債費比率の4年間の平均は？")
    assert (answer.status, answer.value) == ("exact", 7.5), answer.summary


def test_a_count_of_years_not_the_rows_is_no_mean_of_them(assistant) -> None:
    # (three years said of a row printing four: which three is not said)
    answer = ask(assistant, "北森町の実質公債費比率の3年間の平均は？")
    assert answer.value != 8.0 and answer.value != 7.5, answer.summary
