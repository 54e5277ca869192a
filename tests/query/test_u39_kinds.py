"""Kinds of question made37's fresh failures found misread, asked of small documents of another town
(each test can fail: it names the rows or the value a wrong reading would give)."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

# Amounts with a footnote mark (「0※」) and negatives printed with a triangle (「△300」); a result printed
# without its okurigana (据置).
FEES = """北浜町 委託料等の見直し一覧
※ 年額の「△」は減額を表します。
番号\t業務名\t担当課\t年額（千円）\t見直し結果\t年間効果額（千円）
1\t庁舎清掃業務\t管財課\t5,200\t据置\t0
2\t公園管理業務\t公園緑地課\t0※\t継続\t0
3\t給食配送業務\t学務課\t△300\t縮小\t300
4\t窓口受付業務\t市民課\t12,400\t継続\t0
5\t検診受付業務\t市民課\t△1,200\t縮小\t1,200
"""

# Spans of days (「R3.4.1~R8.3.31」): a span ends on its last day and lasts so many years.
FACILITIES = """南浜町 指定管理者制度導入施設一覧
番号\t施設名\t所管課\t指定期間\t選定方法
1\t南浜町民会館\t生涯学習課\tR3.4.1~R8.3.31\t公募
2\t南浜海浜公園\t都市整備課\tR6.4.1~R9.3.31\t公募
3\t南浜町営温泉\t観光課\tR2.4.1~R7.3.31\t非公募
4\t南浜町立図書館\t社会教育課\tR5.4.1~R7.3.31\t公募
"""

# A target and a result per year (令和5年度目標 | 令和5年度実績 | 令和6年度目標 | 令和6年度実績), rows numbered by
# codes of two numbers, one of them better lower (a note says so by its code).
# Its legend explains each mark in brackets after the mark's word.
TARGETS = """西浜市行政改革大綱 取組項目別の目標と実績
進捗の区分
◎　目標を上回って達成　○　目標どおり達成　×　未達成（取組が遅れている）
番号\t取組項目\t担当課\t単位\t令和5年度目標\t令和5年度実績\t令和6年度目標\t令和6年度実績\t進捗
1-1\t窓口のキャッシュレス化\t市民課\t件\t20\t15\t30\t31\t◎
1-2\t職員の時間外勤務の削減\t人事課\t時間\t150\t162\t140\t138\t○
2-1\t公用車の削減\t管財課\t台\t5\t5\t8\t6\t×

注）番号1-2は数値が小さいほど良い指標です。
"""

# A committee's opinions with the city's reply to each.
OPINIONS = """東浜市行政改革推進委員会 委員からの主な意見と市の対応方針
番号\t議題\t意見\t市の対応方針\t担当
1\t窓口の改善について\t窓口の待ち時間の短縮を進めるべきである。\t令和8年度に予約制を導入する。\t市民課
2\t公用車について\t公用車の削減の効果を示してほしい。\t削減額を次回の委員会で報告する。\t管財課
3\t補助金について\t補助金の終期を定めるべきである。\t令和8年度中に全ての補助金に終期を設ける。\t財政課
"""

# The same town's plan, another table with a 担当課 column: a question must say which document.
PLAN = """北浜町行政改革実施計画 取組一覧
番号\t取組項目\t担当課\t期間
1\t補助金の見直し\t財政課\t令和6年度～令和8年度
2\t公共施設の再配置\t財政課\t令和6年度～令和9年度
3\t電子申請の拡大\t情報政策課\t令和7年度～令和8年度
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("u39")
    (folder / "kitahama_fees.txt").write_text(FEES, encoding="utf-8")
    (folder / "minamihama_facilities.txt").write_text(FACILITIES, encoding="utf-8")
    (folder / "nishihama_targets.txt").write_text(TARGETS, encoding="utf-8")
    (folder / "higashihama_opinions.txt").write_text(OPINIONS, encoding="utf-8")
    (folder / "kitahama_plan.txt").write_text(PLAN, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def titles(answer) -> list[str]:
    return sorted(r["title"] for r in answer.rows)


def test_an_amount_with_a_footnote_mark_is_still_an_amount(assistant):
    assistant.reset()
    answer = assistant.ask("北浜町の見直しで年額が1千万円未満の業務は？")
    assert "公園管理業務" in titles(answer) and "窓口受付業務" not in titles(answer)


def test_a_triangle_before_an_amount_is_a_negative_amount(assistant):
    assistant.reset()
    answer = assistant.ask("北浜町の見直しで年額の合計は？")
    assert answer.value == 5200 + 0 - 300 + 12400 - 1200


def test_a_span_that_ends_on_a_day(assistant):
    assistant.reset()
    answer = assistant.ask("南浜町の指定管理で、令和7年3月31日で指定期間が終わる施設は？")
    assert answer.status == "exact" and titles(answer) == sorted(["南浜町営温泉", "南浜町立図書館"])


def test_how_many_years_a_span_lasts(assistant):
    assistant.reset()
    answer = assistant.ask("南浜町の指定管理で、指定期間が5年間の施設は？")
    assert answer.status == "exact" and titles(answer) == sorted(["南浜町民会館", "南浜町営温泉"])
    assistant.reset()
    assert titles(assistant.ask("南浜町の指定管理で、指定期間が3年以上の施設は？")) == sorted(["南浜町民会館", "南浜海浜公園", "南浜町営温泉"])


def test_the_gap_between_target_and_result_of_the_year_said(assistant):
    assistant.reset()
    answer = assistant.ask("西浜市の職員の時間外勤務の削減、R6の目標と実績はどれだけ差がある？")
    assert answer.status == "exact" and answer.value == 2  # (not 12, the first year's)
    assistant.reset()
    assert assistant.ask("西浜市の職員の時間外勤務の削減、令和5年度の目標と実績はどれだけ差がある？").value == 12


def test_what_a_mark_means_is_its_whole_legend_entry(assistant):
    assistant.reset()
    answer = assistant.ask("西浜市の大綱で進捗が×ってどういう意味？")
    assert answer.status == "exact" and answer.value == "未達成（取組が遅れている）"


def test_a_value_printed_without_its_okurigana_said_with_it(assistant):
    assistant.reset()
    answer = assistant.ask("北浜町の見直しで据え置きになった業務は？")
    assert answer.status == "exact" and titles(answer) == ["庁舎清掃業務"]


def test_the_word_a_note_gives_the_triangle_asks_for_amounts_below_zero(assistant):
    # ※ 年額の「△」は減額を表します: 「減額になる」 is a year's amount below zero, asked alone or after rows.
    assistant.reset()
    answer = assistant.ask("北浜町の見直しで減額になる業務は？")
    assert answer.status == "exact" and titles(answer) == sorted(["給食配送業務", "検診受付業務"])
    assistant.reset()
    assistant.ask("北浜町の見直し一覧で学務課のもの")
    answer = assistant.ask("そのうち減額になるのは？")
    assert answer.status == "exact" and titles(answer) == ["給食配送業務"]


def test_a_target_not_reached_in_the_year_said_with_results_per_year(assistant):
    # 1-2 is better lower: 138 against 140 reaches its target, 162 against 150 does not.
    assistant.reset()
    answer = assistant.ask("西浜市の大綱でR6に目標に届かなかった取組は？")
    assert answer.status == "exact" and titles(answer) == ["公用車の削減"]
    assistant.reset()
    answer = assistant.ask("西浜市の大綱で令和5年度に目標を達成できなかった取組は？")
    assert answer.status == "exact" and titles(answer) == sorted(["職員の時間外勤務の削減", "窓口のキャッシュレス化"])


def test_a_column_said_with_no_between_its_words(assistant):
    assistant.reset()
    answer = assistant.ask("北浜町の見直しで年間の効果額は全部でいくら？")
    assert answer.status == "exact" and answer.value == 1500


def test_a_year_written_in_a_column_is_text_to_find(assistant):
    assistant.reset()
    answer = assistant.ask("東浜市の委員会の意見で、市の対応方針に令和8年度って書いてあるのはどれ？")
    assert answer.status == "exact" and titles(answer) == sorted(["窓口の改善について", "補助金について"])


def test_the_talk_about_something_names_the_rows_about_it(assistant):
    assistant.reset()
    answer = assistant.ask("東浜市の委員会で公用車の削減の話、市はどう対応するって？")
    assert answer.status == "exact" and "次回の委員会で報告" in answer.summary


def test_a_column_word_joined_to_the_title_word_names_the_document(assistant):
    # 「年額見直し」: 年額 (a column of the list) + 見直し (its title) names the list, not the plan; counting by
    # a column 「ごとに数えると」 is the groups.
    assistant.reset()
    answer = assistant.ask("北浜町の年額見直し、担当課ごとに数えるといちばん多い課はどこ？")
    assert answer.status == "exact" and answer.value == "市民課" and not answer.unused
