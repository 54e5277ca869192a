"""What an extreme question asks of the row at the top: 「改定率が一番大きかった料金改定はいつ？」 its one column of
days (改定年月), not the rate that picked it; 「（…の比率）一番低いのは？」 the row itself (の = the one), not its
figure — made135's and made133's documents read alone."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conversation_helpers import ask, assistant_over

QUESTIONS = Path(__file__).resolve().parents[1] / "questions"


def _over(tmp_path_factory, made: str, names: tuple[str, ...]):
    folder = tmp_path_factory.mktemp(made + "_extreme")
    for name in names:
        shutil.copy(QUESTIONS / made / "docs" / name, folder / name)
    return assistant_over(folder)


@pytest.fixture(scope="module")
def water(tmp_path_factory):
    return _over(tmp_path_factory, "made135", ("水道料金改定の経緯について.pdf",))


@pytest.fixture(scope="module")
def survey(tmp_path_factory):
    return _over(tmp_path_factory, "made133", ("01_令和７年度行財政改革取組状況調査_集計表.xlsx",
                                               "04_財政指標一覧（経常収支比率・実質公債費比率）.html"))


def test_when_of_the_largest_is_its_date(water) -> None:
    answer = ask(water, "改定率が一番大きかった料金改定はいつ？")
    assert answer.value == "昭和52年4月", answer.summary
    assert "28.5" in answer.summary  # (the rate that picked the row still said)


def test_when_of_the_smallest_gives_each_tied_date(water) -> None:
    answer = ask(water, "改定率が一番小さかった料金改定はいつ？")
    assert answer.value == "平成9年4月、令和元年10月", answer.summary


def test_how_large_is_still_the_rate(water) -> None:
    answer = ask(water, "一番大きかった改定率は何％？")
    assert answer.value == 28.5, answer.summary


def test_the_one_lowest_is_a_row(survey) -> None:
    answer = ask(survey, "南部の市町村の実質公債費比率を教えて", "一番低いのは？")
    assert answer.value == "川瀬町", answer.summary
