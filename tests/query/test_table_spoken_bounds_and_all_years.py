"""Questions over a plain-text table of another town (not tests/questions/made179's 檜ヶ原市, whose facility and
plan tables the readings were found on): a bound said as staff speak it (「60%超えてる」, no を), 「3年とも」
over a table grading exactly three years (every year; a count of years no series has is left unused), and
「何年に建った」 asking the column of years named by the verb's kanji (建築年)."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over, titles

REPORT = """霧島台町　集会施設再編計画　進捗報告

　　　　　　　　　　　　　　　　　　　　　　　　　令和８年３月
　　　　　　　　　　　　　　　　　　　　　　　　　霧島台町 総務課

１　取組の評価
　　取組ごとの評価（◎：計画以上、○：計画どおり、△：やや遅れ、×：遅れ）は次のとおりである。

　　取組番号  取組名                      担当課        令和5年度  令和6年度  令和7年度
　　1-(1)     集会所台帳の整備            総務課        ◎         ◎         ◎
　　1-(2)     地区懇談会の開催            地域課        ○         △         ○
　　1-(3)     空き施設の貸付              財政課        ○         ○         ◎
　　2-(1)     耐震診断の実施              建設課        △         ○         ○
　　2-(2)     照明のＬＥＤ化              建設課        ○         ×         △

２　集会所の稼働率
　　各集会所の稼働率は次のとおりである。

　　施設番号  施設名              建築年  稼働率R6（％）  稼働率R7（％）
　　A-1       桜ヶ丘集会所        1979    48.2            61.5
　　A-2       霧島台会館          1992    30.1            29.4
　　B-1       川端集会所          2001    70.3            72.8
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kirishimadai")
    (folder / "霧島台町_集会施設再編_進捗報告.txt").write_text(REPORT, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question", ["R7の稼働率が60%超えてる施設は？", "R7の稼働率が60％超えている集会所は？",
                                      "R7の稼働率が60%を超えてる施設は？"])
def test_a_bound_said_without_its_particle(town, question) -> None:
    answer = ask(town, question)
    assert answer.status == "exact" and titles(answer) == ["川端集会所", "桜ヶ丘集会所"], answer.summary


def test_every_year_of_a_three_year_table(town) -> None:
    answer = ask(town, "3年とも○以上の取組は？")
    assert answer.status == "exact" and titles(answer) == ["空き施設の貸付", "集会所台帳の整備"], answer.summary
    answer = ask(town, "３年とも◎の取組は？")
    assert answer.status == "exact" and titles(answer) == ["集会所台帳の整備"], answer.summary


def test_a_count_of_years_the_table_does_not_grade_is_not_dropped(town) -> None:
    answer = ask(town, "4年とも○以上の取組は？")
    # (never the table's rows as if every year were meant: unused, or no records of the kind the words name)
    assert answer.status != "exact" and not (answer.status == "partial" and "4年とも" not in answer.unused), answer.summary


@pytest.mark.parametrize("question", ["霧島台会館って何年に建ったの？", "霧島台会館はいつ建てられたの？"])
def test_when_built_asks_the_column_the_verb_names(town, question) -> None:
    answer = ask(town, question)
    assert answer.status == "exact" and answer.value in (1992, "1992"), answer.summary
