"""A survey's table of rates by year going on over a page break (its two-row header printed again, no
caption over it), as a PDF's text reads: one table whose rows are not split by page; a measure said
without a year is its latest year's column; a row's change between two years asked 「何ポイント」 is its
points; a dash cell asked is answered with the note naming its row. A made-up city, indexed alone."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over, titles

T = "\t"
_HEAD = [T.join(["No.", "分野", "満足度（％）", "", "", "重要度（％）"]),
         T.join(["", "", "令和元年度", "令和3年度", "令和5年度", "令和5年度"])]
_ROWS = [  # No., 分野, 満足度 R1 / R3 / R5, 重要度 R5
    ("1", "消防・救急体制", "51.0", "52.2", "55.1", "82.0"),
    ("2", "子どもの居場所づくり", "30.4", "33.0", "35.8", "71.5"),
    ("3", "路線バスの維持", "28.9", "27.5", "25.0", "74.8"),
    ("4", "図書館サービス", "44.0", "45.1", "46.0", "35.0"),
    ("5", "観光の振興", "33.3", "31.0", "34.2", "40.1"),
    ("6", "窓口のオンライン化", "―", "21.7", "29.9", "66.0"),
    ("7", "公園の維持管理", "47.7", "46.0", "44.9", "52.3"),
]
SURVEY = "\n".join([
    "西川市 市民アンケート（令和5年度） 分野別 満足度・重要度",
    "1 調査の概要",
    "市内在住の18歳以上の市民2,000人を対象に実施しました。",
    "2 分野別の満足度・重要度",
    "分野ごとの満足度と重要度の推移は次のとおりです。",
    *_HEAD, *(T.join(r) for r in _ROWS[:4]),
    "－ 1 －", "",
    *_HEAD, *(T.join(r) for r in _ROWS[4:]),
    "※1 満足度は「満足」「やや満足」と回答した人の割合。",
    "※2 No.6「窓口のオンライン化」は令和3年度調査から追加した分野のため、令和元年度は「―」とした。",
    "－ 2 －", ""])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("survey_pages")
    (folder / "西川市_市民アンケート_令和5年度.txt").write_text(SURVEY, encoding="utf-8")
    return assistant_over(folder)


def test_a_column_word_is_no_caption_of_one_page(assistant) -> None:
    answer = ask(assistant, "西川市で重要度がいちばん高い分野は？")
    assert (answer.status, answer.value) == ("exact", "消防・救急体制"), answer.summary


def test_a_range_without_a_year_is_of_the_latest_year(assistant) -> None:
    answer = ask(assistant, "西川市のアンケートで満足度が30％未満の分野は？")
    assert answer.status == "exact" and titles(answer) == ["窓口のオンライン化", "路線バスの維持"], answer.summary
    assert any("令和5年度" in n for n in answer.notes), answer.notes


def test_a_follow_up_extreme_within_a_range(assistant) -> None:
    answer = ask(assistant, "西川市で重要度が70％以上の分野は？", "その中で満足度がいちばん低いのは？")
    assert (answer.status, answer.value) == ("exact", 25.0) and titles(answer)[:1], answer.summary
    assert "路線バスの維持" in answer.summary, answer.summary


@pytest.mark.parametrize("question,value", [
    ("西川市の路線バスの維持の満足度は、令和元年度から令和5年度で何ポイント下がった？", 3.9),
    ("西川市の消防・救急体制の満足度は令和元年度から令和5年度で何ポイント上がった？", 4.1),
])
def test_points_between_two_years_of_one_row(assistant, question, value) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and abs(answer.value - value) < 0.01, answer.summary


def test_a_dash_cell_is_answered_with_the_note_naming_its_row(assistant) -> None:
    answer = ask(assistant, "西川市の窓口のオンライン化、令和元年度の満足度は？")
    assert answer.value is None and "令和3年度調査から追加" in answer.summary, answer.summary
