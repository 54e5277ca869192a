"""Questions over other cities' tables that name a part of a whole, a change from the year before, rows
under one of several headings, a subtotal, the target a lead paragraph states and the note a row is
explained by. Every city, name and figure is made up; the documents are small tab-separated texts as
pasted from a spreadsheet."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

COUNCILS = """北浜市 審議会等委員の構成状況

本市では、女性委員の登用率を令和8年度末までに40％以上とすることを目標としています。

番号\t審議会等の名称\t所管課\t委員構成\t\t\t女性比率（%）
番号\t審議会等の名称\t所管課\t委員数（人）\tうち女性（人）\tうち公募（人）\t女性比率（%）
1\t北浜市行政改革推進委員会\t行政経営課\t10\t4\t2\t40.0
2\t北浜市都市計画審議会\t都市計画課\t20\t5\t―\t25.0
3\t北浜市環境審議会\t環境政策課\t15\t8\t2\t53.3
※ 以下の審議会等は、法令等により委員の一部が充て職とされているものです。
4\t北浜市文化財保護審議会\t文化財保護課\t9\t2\t―\t22.2
5\t北浜市地域公共交通協議会\t交通政策課\t22\t4\t―\t18.2
合計\t\t\t76\t23\t4\t30.3

※1 公募欄の「―」は、公募委員の枠を設けていない審議会等を示します。
"""

OVERTIME = """南山市 時間外勤務の状況（令和6年度）

部別・四半期別 時間外勤務時間（単位：時間）
部名\t令和6年度\t\t\t\t令和5年度 年間計（時間）\t前年度比
部名\t第1四半期\t第2四半期\t第3四半期\t年間計（時間）\t令和5年度 年間計（時間）\t増減（時間）\t増減率（%）
総務部\t3,120\t2,480\t2,000\t7,600\t8,000\t△400\t△5.0
財政部\t2,010\t1,650\t1,000\t4,660\t4,500\t160\t3.6
福祉部\t4,380\t4,920\t1,000\t10,300\t10,300\t0\t0.0
※ 選挙管理委員会事務局は、選挙に伴い第2四半期が増加しています。
選挙管理委員会事務局\t210\t1,380\t100\t1,690\t640\t1,050\t164.1
合計\t9,720\t10,430\t4,100\t24,250\t23,440\t810\t3.5
"""

ENERGY = """東川市 庁舎等のエネルギー使用量（令和6年度）

１　電気使用量（単位：kWh）

施設名\t基準年度（令和元年度）\t令和5年度\t令和6年度\t基準年度比（%）
本庁舎\t3,412,000\t2,986,400\t2,901,700\t△15.0
清掃センター\t5,820,000\t5,610,300\t5,498,200\t△5.5
文化会館\t2,640,500\t2,398,700\t2,455,100\t△7.0
市民体育館\t1,105,800\t968,300\t941,200\t△14.9
計\t12,978,300\t11,963,700\t11,796,200\t△9.1

２　都市ガス使用量（単位：m3）

施設名\t基準年度（令和元年度）\t令和5年度\t令和6年度\t基準年度比（%）
本庁舎\t186,300\t152,800\t149,900\t△19.5
清掃センター\t―\t―\t―\t―
文化会館\t98,400\t90,200\t92,600\t△5.9
市民体育館\t64,900\t55,100\t53,800\t△17.1
計\t349,600\t298,100\t296,300\t△15.2

※1 清掃センターは都市ガスを使用していないため「―」としています。
※2 文化会館は、令和6年度に大ホールの利用が再開したため、前年度より増加しています。
"""

EFFECTS = """西岡市 取組別効果額集計表（令和6年度実績）（単位：万円）

No.\t区分\t取組項目\t所管課\t単年度\t累計
1\t歳入確保\t市有地の売却\t管財課\t4,820\t12,350
2\t歳入確保\t広告収入の拡大\t広報課\t310\t905
3\t歳入確保\t使用料の見直し\t行政経営課\t2,150\t2,150
\t歳入確保 小計\t\t\t7,280\t15,405
4\t歳出削減\t事務事業の見直し\t行政経営課\t8,930\t24,600
5\t歳出削減\t庁舎照明のLED化\t管財課\t880\t1,760
6\t歳出削減\t補助金の整理合理化\t行政経営課\t1,950\t5,420
\t歳出削減 小計\t\t\t11,760\t31,780
"""

BIDS = """北浜市 入札結果一覧（令和7年10月執行分）

番号\t件名\t予定価格（円）\t落札価格（円）\t落札率（%）\t落札者
1\t小学校屋上防水改修工事\t38,500,000\t34,650,000\t90.0\t株式会社北浜防水
2\t駐輪場照明設備更新工事\t6,200,000\t5,890,000\t95.0\t北浜電設株式会社
3\t市営住宅外壁改修工事\t71,800,000\t―\t―\t不調
4\t舞台照明設備改修工事\t28,900,000\t27,100,000\t93.8\t株式会社ステージ北浜
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("parts_changes_notes")
    for name, text in (("北浜市_審議会等委員の構成状況.txt", COUNCILS), ("南山市_時間外勤務の状況.txt", OVERTIME),
                       ("東川市_エネルギー使用量.txt", ENERGY), ("西岡市_効果額集計.txt", EFFECTS),
                       ("北浜市_入札結果一覧.txt", BIDS)):
        (folder / name).write_text(text, encoding="utf-8")
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def ask(assistant, *turns):
    assistant.reset()
    for turn in turns:
        answer = assistant.ask(turn)
    return answer


def test_a_share_of_the_whole_is_the_part_column_over_its_whole(assistant):
    answer = ask(assistant, "北浜市の審議会全体での女性委員の割合は？")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert answer.value == 30.3  # 23 of 76 members, not a share of rows; the note row is no council


def test_a_share_with_nothing_to_share_is_not_stated(assistant):
    answer = ask(assistant, "北浜市の審議会の割合は？")
    assert answer.status != "exact" and answer.value is None


def test_a_dash_explained_by_a_note_is_said_as_the_note_says_it(assistant):
    answer = ask(assistant, "北浜市で公募委員の枠がない審議会は何件ありますか")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert answer.count == 3  # the rows after the note row inside the table count too


def test_the_target_a_lead_paragraph_states(assistant):
    answer = ask(assistant, "北浜市の審議会の女性委員の登用目標って何パーセントでしたっけ")
    assert answer.status == "search"  # the document's sentence, not a figure read from the table
    assert "40％以上" in answer.excerpts[0]["text"] and "40％" in answer.summary


def test_the_whole_of_a_total_column_is_summed_over_the_rows(assistant):
    answer = ask(assistant, "南山市の令和6年度の時間外勤務、全体の年間合計は？")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert answer.value == 24250  # the rows' sum; the 合計 row and the note row are no 部


def test_the_change_from_the_year_before_in_the_unit_asked(assistant):
    answer = ask(assistant, "南山市の財政部の時間外勤務は前年度比で何％増えた？")
    assert (answer.status, answer.value) == ("exact", 3.6), answer.summary
    answer = ask(assistant, "南山市の時間外勤務、財政部はどうなってますか", "前年度と比べて何時間増えた？")
    assert (answer.status, answer.value) == ("exact", 160), answer.summary


def test_two_columns_compared_with_the_measure_said_between(assistant):
    answer = ask(assistant, "南山市で、第2四半期の時間外が第1四半期より多かった部は何部ですか")
    assert answer.status == "exact", (answer.summary, answer.unused)
    assert answer.count == 2  # 福祉部 and 選挙管理委員会事務局


def test_why_a_row_rose_after_an_answer_of_that_row(assistant):
    answer = ask(assistant, "東川市で令和6年度の電気使用量が令和5年度より増えた施設はどこ？", "増えた理由は何ですか")
    assert answer.status == "search"
    assert "大ホールの利用が再開" in answer.excerpts[0]["text"]
    assert "清掃センター" not in answer.excerpts[0]["text"]  # the note naming the row, not the others beside it


def test_rows_under_one_of_several_headings(assistant):
    answer = ask(assistant, "東川市で都市ガスを使っていない施設はいくつ？")
    assert (answer.status, answer.count) == ("exact", 1), answer.summary
    answer = ask(assistant, "東川市で、都市ガスの基準年度比がいちばん大きく減った施設は？")
    assert (answer.status, answer.value) == ("exact", "本庁舎"), answer.summary
    answer = ask(assistant, "東川市で、電気の基準年度比がいちばん大きく減った施設は？")
    assert answer.status == "exact" and "-15" in answer.summary  # the electricity rows only (not gas's △19.5)
    answer = ask(assistant, "東川市の市民体育館のエネルギー使用量は？", "都市ガスの令和5年度の使用量は？")
    assert (answer.status, answer.value) == ("exact", 55100), answer.summary


def test_a_word_of_one_heading_left_unread_is_unused(assistant):
    answer = ask(assistant, "東川市で、ガスの基準年度比がいちばん大きく減った施設は？")
    assert answer.status != "exact"  # ガス alone names no heading: said, never silently dropped


def test_a_subtotal_and_the_larger_of_two(assistant):
    answer = ask(assistant, "西岡市 歳出削減の単年度の小計は？")
    assert (answer.status, answer.value) == ("exact", 11760), answer.summary
    answer = ask(assistant, "西岡市の効果額集計で管財課の取組を教えて", "そのうち累計が大きいほうはどっち？")
    assert answer.status == "exact" and "市有地の売却" in answer.summary


def test_who_won_a_bid_and_a_value_negated_in_the_past(assistant):
    answer = ask(assistant, "北浜市の舞台照明設備改修工事を落札したのはどこの業者？")
    assert (answer.status, answer.value) == ("exact", "株式会社ステージ北浜"), answer.summary
    answer = ask(assistant, "北浜市の入札で、不調じゃなかった案件は何件？")
    assert (answer.status, answer.count) == ("exact", 3), answer.summary
