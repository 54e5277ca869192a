"""Another city's facility usage table (a row per facility, a column per month and 年間合計, 区分, a 合計
row): a 「そのうち…」 after a search answer is not narrowed by that search, and says so; 「年間利用者（数）」
is the year's total column of a monthly count of people, and 「…の総数」 adds it up; a 指定管理 review
whose 次期の方針 prints 継続（公募）・継続（非公募）・廃止 is asked 「続ける」「やめる」, then 「それぞれの所管課は？」."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

USAGE = """小郡市 公共施設利用状況 令和5年度

中央体育館は空調設備改修工事のため令和6年1月から3月まで休館しました。

月別利用者数（単位：人）

No.\t施設名\t区分\t4月\t5月\t6月\t7月\t8月\t9月\t10月\t11月\t12月\t1月\t2月\t3月\t年間合計
1\t市民会館\t文化施設\t1,000\t1,100\t1,200\t1,300\t1,400\t1,500\t1,600\t1,700\t1,800\t1,900\t2,000\t2,100\t18,600
2\t中央体育館\t体育施設\t5,000\t5,000\t5,000\t5,000\t5,000\t5,000\t5,000\t5,000\t5,000\t0\t0\t0\t45,000
3\t市民プール\t体育施設\t0\t0\t3,000\t9,000\t9,000\t3,000\t0\t0\t0\t0\t0\t0\t24,000
4\t北体育館\t体育施設\t2,000\t2,000\t2,000\t2,000\t2,000\t2,000\t2,000\t2,000\t2,000\t2,000\t2,000\t2,000\t24,000
5\t中央図書館\t生涯学習施設\t8,000\t8,000\t8,000\t8,000\t8,000\t8,000\t8,000\t8,000\t8,000\t8,000\t8,000\t8,000\t96,000
\t合計\t\t16,000\t16,100\t19,200\t25,300\t25,400\t19,500\t16,600\t15,700\t16,800\t11,900\t12,000\t12,100\t207,600
"""


REVIEW = """小郡市 指定管理者制度導入施設の検証結果

No.\t施設名\t指定管理者\t次期の方針\t所管課
1\t小郡市民体育館\t小郡スポーツ協会\t継続（公募）\tスポーツ振興課
2\t小郡温泉\t小郡観光公社\t廃止\t観光課
3\t小郡公民館\t小郡地区振興会\t継続（非公募）\t生涯学習課
4\t小郡老人福祉センター\t小郡福祉会\t直営化\t高齢者支援課
5\t小郡ふれあい館\t小郡地区振興会\t廃止\t地域振興課
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("ogori")
    (folder / "小郡市_施設利用状況_令和5年度.txt").write_text(USAGE, encoding="utf-8")
    (folder / "小郡市_指定管理者制度導入施設の検証結果.txt").write_text(REVIEW, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _ask(assistant, *turns):
    assistant.reset()
    answers = [assistant.ask(turn) for turn in turns]
    return answers


def test_narrowing_a_search_answer_is_not_stated_as_exact(assistant):
    first, then = _ask(assistant, "小郡市の施設利用状況で、利用者0人の月がある施設は？", "そのうち体育施設は何施設？")
    assert first.status == "search" or first.value == 3 or first.count == 2
    if first.status == "search":
        # The rows of the whole table are not the search's: never an exact count of them.
        assert then.status != "exact"


@pytest.mark.parametrize("question, value", [
    ("小郡市の年間利用者がいちばん多い施設は？", "中央図書館"),
    ("小郡市の体育施設の年間利用者数を合計すると？", 93000),
    ("小郡市の生涯学習施設、年間利用者の平均は？", 96000),
    ("小郡市の中央図書館、R5年度の年間利用者数は？", 96000),
    ("小郡市の施設の年間利用者の総数は？", 207600),
])
def test_the_year_total_of_a_monthly_count_of_people(assistant, question, value):
    answer, = _ask(assistant, question)
    assert answer.status == "exact" and not answer.unused
    assert answer.value == value


def test_a_number_of_people_said_in_man_over_the_reports_year(assistant):
    # 「3万人」 is 30,000 people; 令和5年度 is the report's year (the table has no column of a year);
    # 「使われた」 says what the people counted did.
    answer, = _ask(assistant, "小郡市の令和5年度、年間3万人以上使われた施設ってどこ？")
    assert answer.status == "exact" and not answer.unused
    assert {r["title"] for r in answer.rows} == {"中央体育館", "中央図書館"}


def test_a_policy_said_by_its_everyday_verb(assistant):
    answer, = _ask(assistant, "小郡市の指定管理者制度の検証結果で、次も指定管理を続ける施設は何施設？")
    assert answer.status == "exact" and not answer.unused and answer.value == 2
    answer, = _ask(assistant, "小郡市の指定管理施設で、次期はやめる施設は？")
    assert answer.status == "exact" and {r["title"] for r in answer.rows} == {"小郡温泉", "小郡ふれあい館"}


def test_each_of_the_rows_before_asked_of_them_all(assistant):
    _, answer = _ask(assistant, "小郡市の指定管理施設で、次期は廃止になるのはどこ？", "それぞれの所管課は？")
    assert answer.status == "exact" and not answer.unused
    assert "観光課" in answer.summary and "地域振興課" in answer.summary


OPINIONS = """小郡市行財政改革計画（案）に対する意見募集の結果について

1　意見提出者数　3人（意見数 4件）
2　反映区分
　　A：反映する
　　B：一部反映する
　　C：既に計画に記載している
　　D：今後の参考とする

3　意見の概要と市の考え方

No.1　【該当箇所】第2章 取組1
　（意見の概要）窓口の混雑を減らしてほしい。
　（市の考え方）予約制を導入することを追記します。
　（反映区分）A

No.2　【該当箇所】第3章 取組2
　（意見の概要）公民館の統廃合は慎重に進めてほしい。
　（市の考え方）説明会の開催を追記します。
　（反映区分）B

No.3　【該当箇所】第3章 取組2
　（意見の概要）職員のテレワークを進めるべき。
　（市の考え方）テレワークの推進は計画に記載しています。
　（反映区分）C

No.4　【該当箇所】第3章 取組4
　（意見の概要）温泉施設は廃止すべき。
　（市の考え方）ご意見は今後の参考とします。
　（反映区分）D
"""


@pytest.fixture(scope="module")
def opinions(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("ogori_opinions")
    (folder / "小郡市_行財政改革計画（案）_意見募集結果.txt").write_text(OPINIONS, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.mark.parametrize("question, numbers", [
    # the bracketed labels of each numbered opinion are its fields; its legend's wording said as done
    ("小郡市の意見募集結果で、反映区分がAの意見は？", {"1"}),
    ("小郡市のパブコメで、計画に反映された意見は？", {"1"}),
    ("小郡市の意見募集結果で、もう計画に書いてあるって回答した意見は？", {"3"}),
])
def test_numbered_opinions_with_a_legend(opinions, question, numbers):
    answer, = _ask(opinions, question)
    assert answer.status == "exact" and not answer.unused
    assert {str(r.get("number")) for r in answer.rows} == numbers


def test_pointing_back_at_a_search_answer_is_not_stated_as_exact(opinions):
    first, then = _ask(opinions, "小郡市のパブコメで温泉の意見ってあった？", "それは反映された？")
    if first.status == "search":
        assert then.status != "exact"


def test_two_rows_named_their_gap(assistant):
    answer, = _ask(assistant, "小郡市の中央図書館と市民会館、年間でどれくらい差がある？")
    assert answer.status == "exact" and not answer.unused
    assert answer.value == 96000 - 18600


def test_months_of_a_calendar_year_inside_the_reports_fiscal_year(assistant):
    # 令和6年1月〜3月 are the last months of the 令和5年度 report: its 1月・2月・3月 columns, added up.
    answer, = _ask(assistant, "小郡市の中央体育館の令和6年1月から3月までの利用者数は合わせて何人？")
    assert answer.status == "exact" and answer.value == 0
    answer, = _ask(assistant, "小郡市の市民会館の令和6年1月から3月までの利用者数は合わせて何人？")
    assert answer.status == "exact" and answer.value == 1900 + 2000 + 2100
    answer, = _ask(assistant, "小郡市の市民会館の令和7年1月から3月までの利用者数は合わせて何人？")
    assert answer.status != "exact" or answer.value != 1900 + 2000 + 2100


def test_added_up_is_no_number_the_text_states(assistant):
    # 「合わせて何人」 with no city said: the table's months added up, not a passage stating a number of 人.
    answer, = _ask(assistant, "市民会館の令和6年1月から3月までの利用者数は合わせて何人？")
    assert answer.status == "exact" and answer.value == 1900 + 2000 + 2100


def test_a_month_of_a_number_over_the_month_columns(assistant):
    first, then = _ask(assistant, "小郡市の施設利用状況で、利用者0人の月がある施設は？", "そのうち体育施設は何施設？")
    assert first.status == "exact" and {r["title"] for r in first.rows} == {"中央体育館", "市民プール"}
    assert then.status == "exact" and then.value == 2


def test_narrowing_an_answer_that_left_words_unused_is_not_exact(assistant):
    # 「鶴ヶ丘市 2025年度にA評価の…」 answered without 2025年度 (partial): 「そのうち…」 narrows rows that were
    # never limited by it, so it is no exact answer either, and says so first.
    from assistant.query.answer import Answer

    assistant.reset()
    assistant._last_unused = ["2025年度"]
    narrowed = Answer(question="そのうち教育部のものは？", summary="所管部が教育部の取組は 2件です。", status="exact")
    assistant._narrowed_partial("そのうち教育部のものは？", narrowed)
    assert narrowed.status == "partial" and narrowed.summary.startswith("前の回答は「2025年度」を条件にできなかった")
    # A new question (no 「そのうち」) is not narrowing anything.
    fresh = Answer(question="教育部の取組は？", summary="…", status="exact")
    assistant._narrowed_partial("教育部の取組は？", fresh)
    assert fresh.status == "exact"
