"""Questions over other cities' lists that compare a row's columns, derive what no column prints, or read
a cell by a note (made web pages of a fictional 東川市, indexed together):

* a meetings list (開催日 with the weekday, 出席委員数 | 委員数): 「令和7年になってから開かれた」, 「出席率が
  いちばん低い」 (出席委員数÷委員数, said computed), 「出席委員数が委員数と同じ」;
* a sales list over years (予定価格 | 売却額, 「―」 a failed tender by its ※ note, one lot sold the year after it
  failed): 「入札が不調に終わった」, 「予定価格を上回る額で売れた」, 「結局いくらで売れた」;
* a facilities list with a 有／無 column, and a review list whose tfoot restates a part of its total;
* a yearly series asked 「令和4年度と比べて何件増えた」 after one row.
"""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over, titles


def _page(title: str, header: list[str], rows: list[list[str]], after: str = "", foot: str = "") -> str:
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return (f"<html><head><title>{title}</title></head><body><h1>{title}</h1><table><thead><tr>{head}</tr></thead>"
            f"<tbody>{body}</tbody>{foot}</table>{after}</body></html>")


_MEETINGS = _page("東川市 附属機関の会議開催状況（令和6年度）", ["会議名", "開催日", "出席委員数（人）", "委員数（人）"], [
    ["行政改革推進委員会", "令和6年5月20日（月）", "9", "10"],
    ["情報公開審査会", "令和6年8月7日（水）", "5", "5"],
    ["景観審議会", "令和6年11月12日（火）", "12", "15"],
    ["社会福祉審議会", "令和7年1月22日（水）", "14", "20"],
    ["報酬等審議会", "令和7年2月3日（月）", "7", "7"],
    ["都市計画審議会", "令和7年3月18日（火）", "16", "18"],
])

_SALES = _page("東川市 市有地の売却実績（令和4年度～令和6年度）",
               ["年度", "物件", "所在地", "予定価格（円）", "売却額（円）", "売却方法"], [
    ["令和4年度", "旧保育所跡地", "北町", "20,000,000", "23,500,000", "一般競争入札"],
    ["令和4年度", "道路残地", "南町", "800,000", "800,000", "随意契約"],
    ["令和5年度", "旧給食センター用地", "西町", "15,000,000", "―", "一般競争入札"],
    ["令和5年度", "旧職員住宅", "東町", "9,000,000", "9,450,000", "一般競争入札"],
    ["令和6年度", "旧給食センター用地", "西町", "12,600,000", "12,600,000", "随意契約"],
    ["令和6年度", "旧公民館跡地", "中町", "30,000,000", "―", "一般競争入札"],
], after="<p>※1 売却額欄の「―」は入札不調（応札なし又は予定価格未満）を示す。</p>")

_FACILITIES = _page("東川市 指定管理施設一覧", ["施設名", "指定管理者", "利用料金制"], [
    ["市民ホール", "東川文化振興財団", "有"], ["郷土館", "東川文化振興財団", "無"],
    ["総合体育館", "東川スポーツ協会", "有"], ["老人福祉センター", "東川社会福祉協議会", "無"],
    ["市民プール", "東川スポーツ協会", "有"],
])

_REVIEW = _page("東川市 事務事業の見直し結果", ["No.", "事業名", "区分", "削減見込額（千円）"], [
    ["1", "広報紙の発行", "縮小", "2,000"], ["2", "申請書の郵送", "廃止", "1,500"],
    ["3", "窓口の電子化", "手法見直し", "4,000"], ["4", "記念品の贈呈", "縮小", "800"],
], foot="<tfoot><tr><td colspan='3'>合計</td><td>8,300</td></tr>"
        "<tr><td colspan='3'>（再掲）うちデジタル化によるもの（2事業）</td><td>5,500</td></tr></tfoot>")

_SERIES = _page("東川市 電子申請の件数（令和4年度～令和6年度）",
                ["手続名", "件数（件）令和4年度", "件数（件）令和5年度", "件数（件）令和6年度", "オンライン率R6（％）"], [
    ["住民票の写しの請求", "1,200", "2,100", "3,300", "20.5"], ["転出届", "300", "650", "900", "35.0"],
    ["粗大ごみの申込", "5,000", "6,200", "7,100", "60.2"],
])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("rows_compared")
    for name, page in (("meetings", _MEETINGS), ("sales", _SALES), ("facilities", _FACILITIES),
                       ("review", _REVIEW), ("series", _SERIES)):
        (folder / f"higashikawa_{name}.html").write_text(page, encoding="utf-8")
    return assistant_over(folder)


def test_a_bare_era_year_over_days_is_a_calendar_year(assistant) -> None:
    answer = ask(assistant, "東川市の令和7年になってから開かれた会議は何回ありますか")
    assert (answer.status, answer.count) == ("exact", 3), answer.summary


def test_a_rate_of_two_counts_is_computed_and_said_so(assistant) -> None:
    answer = ask(assistant, "東川市の会議で出席率がいちばん低かったのはどの会議ですか")
    assert answer.status == "exact" and "最も小さい会議は 社会福祉審議会" in answer.summary, answer.summary
    assert "÷" in answer.summary, answer.summary  # (no column prints it: how it was had is said)


def test_two_columns_of_a_row_equal(assistant) -> None:
    answer = ask(assistant, "東川市で出席委員数が委員数と同じ会議は何回ありますか")
    assert (answer.status, answer.count) == ("exact", 2), answer.summary


def test_a_dash_a_note_gives_meaning_is_that_value(assistant) -> None:
    answer = ask(assistant, "東川市で入札が不調に終わった物件は何件ありますか")
    assert (answer.status, answer.count) == ("exact", 2), answer.summary


def test_a_comparison_said_before_the_column_compared(assistant) -> None:
    answer = ask(assistant, "東川市で予定価格を上回る額で売れた物件は何件ありますか")
    assert (answer.status, answer.count) == ("exact", 2), answer.summary


def test_in_the_end_is_the_last_row_of_the_one_thing(assistant) -> None:
    answer = ask(assistant, "東川市の西町の旧給食センター用地は結局いくらで売れたんですか")
    assert (answer.status, answer.value) == ("exact", 12600000), answer.summary


@pytest.mark.parametrize("question,count", [
    ("東川市の指定管理施設で利用料金制を採用していないのは何件？", 2),
    ("東川市の指定管理施設で利用料金制を採用しているのは何件？", 3),
])
def test_a_yes_no_column_read_from_the_verb(assistant, question, count) -> None:
    answer = ask(assistant, question)
    assert (answer.status, answer.count) == ("exact", count), answer.summary


def test_a_restated_row_of_the_foot_asked_by_its_name(assistant) -> None:
    answer = ask(assistant, "東川市の見直しのうち、デジタル化による削減見込額はいくらですか")
    assert (answer.status, answer.value) == ("exact", 5500), answer.summary
    whole = ask(assistant, "東川市の見直しの削減見込額の合計はいくらですか")
    assert whole.value == 8300, whole.summary  # (the restated row not added)


def test_compared_with_a_year_after_one_row(assistant) -> None:
    answer = ask(assistant, "東川市の住民票の写しの請求の件数を教えて", "令和4年度と比べて何件増えた？")
    assert (answer.status, answer.value) == ("exact", 2100), answer.summary
