"""A city's 部門別職員数の推移 (tests/questions/made170) beside the shipped corpus: 部門 | 部 | 課 | 令和２年 … 令和６年 |
R7 | 目標（R10） | 増減（R7－R2） printed 「▲3」, 小計 and 合計 rows no records. The rows are called 課, a header of one
character; the years are named two ways (令和N年, RN) and are one series."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

DOCS = Path(__file__).parent.parent / "questions" / "made170" / "docs"


@pytest.fixture(scope="module")
def city(tmp_path_factory, corpus_dir):
    folder = tmp_path_factory.mktemp("made170_beside")
    shutil.copytree(corpus_dir, folder / "docs")
    for doc in DOCS.iterdir():
        shutil.copy(doc, folder / "docs")
    return assistant_over(folder / "docs")


def _names(answer) -> list[str]:
    return sorted(r["key"].partition(":")[2] for r in answer.to_dict()["rows"])


@pytest.mark.parametrize("question", ["R2と比べてR7で職員が増えてる課は？", "R2からR7で増えた課は？"])
def test_rows_called_by_a_one_character_header(city, question) -> None:
    # (課 said as a word of its own calls the table's rows; before, the corpus's practice records answered partially)
    answer = ask(city, question)
    assert answer.status == "exact" and len(answer.to_dict()["rows"]) == 9, (answer.status, answer.summary)
    assert "福祉課" in _names(answer) and "税務課" not in _names(answer)


def test_a_state_now_compares_the_year_said_with_the_latest(city) -> None:
    # (「令和2年より減ってる」: R7 < R2, not R3 < R2, which gave 税務課 alone)
    answer = ask(city, "総務部の課で令和2年より減ってるのはどこ？")
    assert answer.status == "exact" and _names(answer) == ["税務課", "総務課", "財政課"], answer.summary


def test_unchanged_all_along(city) -> None:
    answer = ask(city, "令和2年から令和7年までずっと人数が変わってない課ってある？")
    assert answer.status == "exact" and _names(answer) == ["消防総務課"], answer.summary


@pytest.mark.parametrize("question", ["R7の時点でもう目標（R10）の人数以下になってる課は？", "R7が目標（R10）以下の課は？"])
def test_a_year_column_at_or_below_the_target(city, question) -> None:
    answer = ask(city, question)
    assert answer.status == "exact" and len(_names(answer)) == 9 and "予防課" in _names(answer), answer.summary
    assert "総務課" not in _names(answer)  # (18 against a target of 16)


@pytest.mark.parametrize("question", ["増減の欄で▲3以上、つまり3人以上減った課を教えて", "増減が▲3以上の課は？"])
def test_a_fall_mark_bound_is_a_fall_that_size_or_more(city, question) -> None:
    answer = ask(city, question)
    assert answer.status == "exact" and _names(answer) == ["市民課", "生涯学習課", "税務課", "農林課"], answer.summary


def test_a_fall_mark_with_at_most_is_not_given_as_certain(city) -> None:
    # (「▲3以下」: numerically ≤ −3 or a fall of at most 3; neither is assumed)
    answer = ask(city, "増減が▲3以下の課は？")
    assert answer.status != "exact", answer.summary


@pytest.mark.parametrize("question, value", [("公営企業会計の中で、R2からR7で一番人数が減った課は？", "水道課"),
                                             ("部門別に見て、R2からR7で一番職員が減った部門は？", "一般行政")])
def test_the_most_said_before_the_figure_word(city, question, value) -> None:
    answer = ask(city, question)
    assert answer.status == "exact" and answer.value == value, answer.summary


def test_a_mean_per_row_word(city) -> None:
    answer = ask(city, "教育部門の1課あたりの平均職員数（R7）は？小数第1位まで")
    assert answer.status == "exact" and answer.value == 13, answer.summary


def test_a_mean_per_other_word_is_not_read(city) -> None:
    # (「1人あたりの平均」 over rows of 課 is no mean over the rows)
    answer = ask(city, "教育部門の1人あたりの平均職員数（R7）は？")
    assert answer.status != "exact", answer.summary


@pytest.mark.parametrize("question, names", [
    ("年齢別の職員構成で、女性が15人以上いる年齢層は？", ["25～29歳", "30～34歳", "45～49歳"]),
    ("男性が女性の2倍以上いる年齢層を挙げて", ["50～54歳", "55～59歳", "60歳～"]),
    ("40歳以上の年齢階層は？", ["40～44歳", "45～49歳", "50～54歳", "55～59歳", "60歳～"])])
def test_rows_of_age_bands(city, question, names) -> None:
    # (年齢層 said of rows headed 年齢階層; an age bound picks the bands wholly inside it)
    answer = ask(city, question)
    got = sorted(r.get("title") or r["key"] for r in answer.to_dict()["rows"])
    assert answer.status == "exact" and len(got) == len(names), (answer.summary, got)


def test_people_of_the_bands_over_an_age(city) -> None:
    # (何人 of age bands × 男性 │ 女性 │ 計: the 計 of the bands from 50 added; the bracketed day is the document's own)
    answer = ask(city, "50歳以上の職員って何人いる？（R7.4.1）")
    assert answer.status == "exact" and answer.value == 107, answer.summary


def test_an_age_splitting_a_band_is_not_read(city) -> None:
    # (52歳以上: the band 50～54歳 is split, its people above 52 not printed)
    answer = ask(city, "52歳以上の年齢階層は？")
    assert answer.status != "exact", answer.summary


def test_a_start_said_over_a_column_of_year_spans(city) -> None:
    # (実施年度 「令和6年度～令和8年度」 or one year: 「令和８年度以降に始まる」 is the span's first year; the corpus's
    # 事務事業 answered 「no such」 before)
    answer = ask(city, "令和８年度以降に始まる取組を教えて")
    got = sorted(r.get("title") for r in answer.to_dict()["rows"])
    assert answer.status == "exact" and got == sorted(
        ["学校給食調理業務の民間委託", "支所・出張所の統廃合", "消防指令業務の共同運用", "道路維持補修業務の外部委託"]), got


def test_none_at_all_in_the_figures_counter(city) -> None:
    # (「一人もいない」 of a column of people by year: its figure 0; before, the words were left unread)
    answer = ask(city, "会計年度任用職員で、R7にフルタイムが一人もいない職種は？")
    got = sorted(r.get("title") or r["key"] for r in answer.to_dict()["rows"])
    assert answer.status == "exact" and len(got) == 2, (answer.summary, got)


@pytest.mark.parametrize("question, names", [("職種別の表で、R3よりR7の方が多い職種は？", ["保健師・看護師", "消防職"]),
                                             ("R7よりR3の方が多い職種は？", ["一般事務", "保育士", "技術"])])
def test_one_year_more_than_another(city, question, names) -> None:
    # (the later year said first turns the change round: 「R7よりR3の方が多い」 is a fall from R3 to R7)
    answer = ask(city, question)
    got = sorted(r.get("title") or r["key"] for r in answer.to_dict()["rows"])
    assert answer.status == "exact" and len(got) == len(names), (answer.summary, got)
