"""「５年度に△だった取組」「利用件数、４年度は前の年から何件増えた？」 over a table of no dedicated kind whose columns are
令和 years (R4達成状況, 令和5年度): a year said with no era is of the era of the tables' years, as the parse reads it
over the years the reports grade (tables/answer._column_years → grammar/years.inherit_eras)."""
from __future__ import annotations

import pytest

from tests.conversation_helpers import ask, assistant_over

MARKS = "\n".join([
    "みなと町 行革取組 達成状況一覧", "",
    "取組番号,取組名,担当課,R4達成状況,R5達成状況",
    "K-1-01,窓口のキャッシュレス化,会計課,△,◎",
    "K-1-02,公用車の削減,管財課,◎,△",
    "K-2-01,文書の電子化,総務課,△,△",
    "K-2-02,施設予約のオンライン化,生涯学習課,○,×",
    ""])
TREND = "\n".join([
    "みなと町 行政手続オンライン化 年次報告", "",
    "１　電子申請の推移",
    "年度          対象手続数    オンライン化済    電子申請件数",
    "-----------------------------------------------------------",
    "令和元年度           205                20           1,020",
    "令和２年度           210                31           1,200",
    "令和３年度           215                44           2,350",
    "令和４年度           220                60           4,100",
    "※電子申請件数は各年度末の累計",
    ""])


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("eraless_years")
    (folder / "みなと町_達成状況一覧.txt").write_text(MARKS, encoding="utf-8")
    (folder / "みなと町_電子申請の推移.txt").write_text(TREND, encoding="utf-8")
    return assistant_over(folder)


def test_a_grade_of_a_year_said_without_its_era(town) -> None:
    answer = ask(town, "４年度に△だった取組の数")
    assert answer.count == 2, answer.summary


def test_a_change_to_a_year_said_without_its_era(town) -> None:
    answer = ask(town, "電子申請件数、４年度は前の年から何件増えた？")
    assert answer.value == 1750, answer.summary
