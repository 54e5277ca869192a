"""Lists of other cities asked in everyday words: a two-row header whose group label (改修計画) is shared by
all its columns, two of which share more by chance (改修計画改修予定年度 | 改修計画改修内容), each said by its
own lower label (「改修の予定がない」 = 「―」, 「費用がいちばん安い」); an expected amount (年間効果見込額) said as
the amount (効果額); a state column's 「実施済」 said by its verb (「実施した」「まだ実施していない」); the year
before a one-year report, found in its text (search), not counted from its rows. Made-up cities, indexed alone."""
from __future__ import annotations

import pytest
from openpyxl import Workbook

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over, titles

_FACILITIES = [  # 分類, 施設名, 延床面積, 改修予定年度, 改修内容, 概算費用
    ("庁舎", "本庁舎", 9800, "令和8年度", "外壁改修", 820),
    ("庁舎", "東支所", 1200, "―", "―", "―"),
    ("学校", "北小学校", 5400, "令和9年度", "空調設備更新", 260),
    ("学校", "南中学校", 6100, "令和8年度", "空調設備更新", 310),
    ("学校", "西小学校", 4800, "―", "―", "―"),
    ("文化施設", "市民ホール", 7300, "令和10年度", "空調設備更新", 450),
]


def _workbook(path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["東浜市公共施設個別施設計画 対象施設一覧"])
    ws.append([])
    ws.append(["施設分類", "施設名", "延床面積（㎡）", "改修計画", None, None])
    ws.append([None, None, None, "改修予定年度", "改修内容", "概算費用（百万円）"])
    ws.merge_cells("D3:F3")
    for cell in ("A3:A4", "B3:B4", "C3:C4"):
        ws.merge_cells(cell)
    for row in _FACILITIES:
        ws.append(list(row))
    ws.append([])
    ws.append(["※「―」は計画期間内に改修の予定がないことを示す。"])
    wb.save(path)


T = "\t"
_PROPOSALS = [  # No., 提案名, 提案部, 採用区分, 年間効果見込額（千円）, 実施状況
    ("1", "会議資料のペーパーレス化", "総務部", "採用", "1,200", "実施済"),
    ("2", "窓口予約のオンライン化", "市民部", "採用", "800", "令和7年度実施予定"),
    ("3", "公用車の共同利用", "総務部", "不採用", "", ""),
    ("4", "税証明のコンビニ交付拡大", "市民部", "採用", "2,300", "実施済"),
    ("5", "庁内照明のLED化", "総務部", "採用", "―", "検討中"),
    ("6", "電話交換業務の見直し", "総務部", "不採用", "", ""),
]
PROPOSALS = "\n".join(["西浜市 職員提案の審査結果（令和6年度）", "",
                       "令和6年度は職員から提案があり、令和5年度の9件から減少しました。", "",
                       T.join(["No.", "提案名", "提案部", "採用区分", "年間効果見込額（千円）", "実施状況"]),
                       *(T.join(r) for r in _PROPOSALS), ""])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("words_of_other_lists")
    _workbook(folder / "東浜市_個別施設計画_対象施設一覧.xlsx")
    (folder / "西浜市_職員提案の審査結果.txt").write_text(PROPOSALS, encoding="utf-8")
    return assistant_over(folder)


def test_a_plan_said_by_its_lower_label_and_its_dash(assistant) -> None:
    answer = ask(assistant, "東浜市の対象施設で、改修の予定がない施設はいくつ？")
    assert (answer.status, answer.count) == ("exact", 2), answer.summary
    answer = ask(assistant, "東浜市の学校を一覧で見せて", "その中で改修予定があるのは何件？")
    assert (answer.status, answer.count) == ("exact", 2), answer.summary


def test_the_cheapest_within_a_follow_up(assistant) -> None:
    answer = ask(assistant, "東浜市で空調設備更新をする施設は？", "そのうち費用がいちばん安いのはどこ？")
    assert (answer.status, answer.value) == ("exact", "北小学校"), answer.summary


def test_an_expected_amount_said_as_the_amount(assistant) -> None:
    answer = ask(assistant, "西浜市の職員提案で総務部の提案は？", "そのうち採用されたものの効果額を合計すると？")
    assert (answer.status, answer.value) == ("exact", 1200), answer.summary


@pytest.mark.parametrize("question", ["西浜市の職員提案は前の年度は何件だったんですか", "西浜市の職員提案は昨年度は何件？"])
def test_the_year_before_a_report_is_read_from_its_text(assistant, question) -> None:
    answer = ask(assistant, question)
    assert answer.status == "search" and "令和5年度の9件" in answer.summary, answer.summary


@pytest.mark.parametrize("question,count", [
    ("西浜市の職員提案で、採用されたけどまだ実施していないものは何件？", 2),
    ("西浜市の職員提案で実施したものは何件？", 2),
])
def test_a_done_state_said_by_its_verb(assistant, question, count) -> None:
    answer = ask(assistant, question)
    assert (answer.status, answer.count) == ("exact", count), answer.summary
