"""tests/questions/made171's tables (楓ヶ浜市 地域公共交通計画 評価報告): a PDF of boardings per stop, the route printed on
its first row only (and as 「…（続き）」 atop the next page) with a 小計 per route and a 合計; a fare page whose 区分 are
short names, one with a bracketed note (高齢者（70歳以上）); a survey's fixed-width table under a caption spaced apart
from its unit, its questions printed 「問1 運行本数」. Each proved on a second made document of the same shape with other
words (a town's bus stops, fares and counter survey; names and figures made up)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

ROOT = Path(__file__).parents[2]
DOCS = ROOT / "tests" / "questions" / "made171" / "docs"

STOPS = """桜川町コミュニティバス 評価資料３
系統別・バス停別利用者数（令和５年度）
単位：人
系統	バス停名	乗車	降車
さくら線	町役場	5,200	4,800
	桜川	1,300	1,650
	中町	900	700
	小計	7,400	7,150
つつじ線	駅前	3,100	2,600
	本郷	450	520
－ 1 －
桜川町コミュニティバス 評価資料３
（前頁からの続き） 単位：人
系統	バス停名	乗車	降車
つつじ線（続き）	高台団地	800	1,230
	小計	4,350	4,350
	合計	11,750	11,500
"""

FARES = """<html><head><title>料金のご案内｜桜川町</title></head><body><main>
<h1>町営バスの料金</h1>
<table>
<caption>料金表</caption>
<thead><tr><th rowspan="2">区分</th><th colspan="2">１回の料金</th></tr>
<tr><th>町営バス</th><th>乗合タクシー</th></tr></thead>
<tbody>
<tr><td>一般</td><td>300円</td><td>500円</td></tr>
<tr><td>中学生</td><td>150円</td><td>250円</td></tr>
<tr><td>高齢者（65歳以上）</td><td>150円</td><td>300円</td></tr>
<tr><td>障害者</td><td>100円</td><td>250円</td></tr>
</tbody></table>
</main></body></html>
"""

SURVEY = """桜川町 窓口サービス満足度調査の結果

１．回答状況
　配布500件、回収320件。

　表　項目別の回答件数　　　　　　　　　　　　　　　　　　　（単位：件）
項目                                          良い  やや良い  やや悪い      悪い
--------------------------------------------------------------------------------
Q1 待ち時間                                     40        95       120        60
Q2 職員の説明                                  130       140        35        10
Q3 案内表示                                     70       110        90        45
Q4 手続の手間                                   50        80       110        75
--------------------------------------------------------------------------------
※無回答を除く。
"""


def _index(folder: Path) -> Assistant:
    index = folder / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


@pytest.fixture(scope="module")
def transit(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("made171")
    for f in DOCS.iterdir():
        shutil.copy(f, folder)
    return _index(folder)


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("town")
    (folder / "stops.txt").write_text(STOPS, encoding="utf-8")
    (folder / "fares.html").write_text(FARES, encoding="utf-8")
    (folder / "survey.txt").write_text(SURVEY, encoding="utf-8")
    return _index(folder)


def _codes(answer) -> list[str]:
    return [r["key"].partition(":")[2] for r in answer.to_dict()["rows"]]


def test_stops_are_keyed_by_name_and_subtotals_are_no_stops(transit, town):
    # (generic/structure.py _total_under_group: | 西浜線 | 小計 | … | with the route carried down sums the route)
    transit.reset()
    answer = transit.ask("西浜線で乗車がいちばん多い停留所は？")
    assert answer.status == "exact" and _codes(answer)[:1] == ["楓ヶ浜駅西口"]
    transit.reset()
    answer = transit.ask("中央循環線の停留所で、乗車より降車のほうが多いところ")
    assert sorted(_codes(answer)) == ["中央公園", "市役所前", "市民会館前", "本町商店街"]
    town.reset()
    answer = town.ask("降車が乗車より多いバス停は？")  # (高台団地 atop the second page, under 「つつじ線（続き）」)
    assert sorted(_codes(answer)) == ["本郷", "桜川", "高台団地"]
    town.reset()
    answer = town.ask("さくら線で乗車がいちばん多いバス停は？")  # (小計 7,400 is no stop)
    assert _codes(answer)[:1] == ["町役場"]


def test_short_names_with_a_bracketed_note_name_the_fare_rows(transit, town):
    # (tables/short_names.py: 「高齢者（70歳以上）」 is a name of the 区分 column, its note no code)
    transit.reset()
    answer = transit.ask("コミュニティバスの運賃が100円になる区分は？")
    assert sorted(_codes(answer)) == ["小学生", "障がい者", "高齢者(70歳以上)"]
    town.reset()
    answer = town.ask("町営バスの料金が150円の区分は？")
    assert sorted(_codes(answer)) == ["中学生", "高齢者(65歳以上)"]


def test_survey_rows_keyed_by_the_code_in_front_of_their_names(transit, town):
    # (formats/plain.py _unit_caption: the caption's words a full-width space apart; tables/name_led_codes.py)
    transit.reset()
    answer = transit.ask("アンケートで「不満」がいちばん多かった設問は？")
    assert _codes(answer)[:1] == ["問1"]
    town.reset()
    answer = town.ask("悪いがいちばん多い項目は？")
    assert _codes(answer)[:1] == ["Q4"] and answer.value == "Q4 手続の手間"


def test_a_sum_of_counts_is_not_the_percentage_asked(transit):
    # (tables/question.py _PERCENT_ASKED: 満足＋やや満足 in 件 added up is no 総合満足度 in ％)
    transit.reset()
    answer = transit.ask("アンケートの総合満足度（満足＋やや満足）は何パーセントだった？")
    assert not (answer.status == "exact" and answer.value == 5052)
    transit.reset()
    answer = transit.ask("満足が300件以上の設問は？")  # (a count asked in 件 is read as before)
    assert sorted(_codes(answer)) == ["問3", "問5", "問7"]


MINUTES = """令和６年度 第１回 桜川町地域公共交通会議 会議録
議題１　系統別の利用状況について
事務局：資料３により、系統別の利用者数を説明。
山田委員（町商工会）：A-1さくら線は駅前の商店に欠かせない。減便はしないでほしい。
鈴木委員（区長会）：A-2つつじ線の高台団地は坂が多く、高齢者が停留所まで歩けない。
事務局：高台団地の停留所の位置を見直す。
議題２　料金について
山田委員（町商工会）：乗継割引を町営バスにも広げてほしい。
木村委員（老人クラブ）：A-2つつじ線とA-3ふじ線の乗継を便利にしてほしい。
"""


@pytest.fixture(scope="module")
def minutes(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("minutes")
    (folder / "kaigi.txt").write_text(MINUTES, encoding="utf-8")
    return _index(folder)


def test_opinions_after_the_member_and_a_colon_are_comments_on_the_codes_named(transit, minutes):
    # (generic/headed_turns.py _HEAD_INLINE: the secretariat's lines and an opinion naming no code are none)
    transit.reset()
    answer = transit.ask("老人クラブ連合会の委員が意見を言った路線は？")
    assert sorted({r["initiative"] for r in answer.rows}) == ["C-4"]
    minutes.reset()
    answer = minutes.ask("議題1で出た意見は？")
    assert sorted(r["initiative"] for r in answer.rows) == ["A-1", "A-2"]
    minutes.reset()
    answer = minutes.ask("木村委員が意見を言ったのは？")
    assert sorted(r["initiative"] for r in answer.rows) == ["A-2", "A-3"]


def test_a_follow_up_on_comments_keeps_the_routes_they_were_on(transit):
    # (commented_then_rows.py: every route the table gives back was one the opinions named)
    transit.reset()
    transit.ask("議題１で委員から意見が出た路線は")
    answer = transit.ask("そのうち評価がＣのものは？").to_dict()
    assert sorted(r["key"] for r in answer["rows"]) == ["initiative:C－4", "initiative:D－2"]


def test_counts_of_people_and_per_what_are_said_as_users_say_them(transit, town):
    # (tables/read.py: 乗車 in 人 is said 乗車人数; facts._label_forms: 「１便当たり 利用者数」 said 1便当たりの利用者数;
    # grammar phrasing order_then_top_n_counted: 「多い順に上位３路線」)
    transit.reset()
    answer = transit.ask("１便当たりの利用者数が多い順に上位３路線")
    assert answer.status == "exact" and _codes(answer)[:3] == ["C-2", "C-1", "C-6"]
    transit.reset()
    answer = transit.ask("全停留所の中で乗車人数が多い順に３つ")
    assert _codes(answer)[:3] == ["楓ヶ浜駅前", "市役所前", "本町商店街"]
    town.reset()
    answer = town.ask("降車人数が多い順に2つのバス停")
    assert answer.status == "exact" and _codes(answer)[:2] == ["町役場", "駅前"]


def test_days_of_the_week_and_running_said_as_a_timetable_prints_them(transit):
    # (grammar phrasings weekdays_joined, runs_as_operated: 「火曜と金曜だけ走ってる」 is 運行日 火・金)
    transit.reset()
    answer = transit.ask("火曜と金曜だけ走ってる路線は？")
    assert answer.status == "exact" and sorted(_codes(answer)) == ["C-5", "D-2", "D-5"]
    transit.reset()
    answer = transit.ask("毎日走っている路線は？")
    assert answer.status == "exact" and sorted(_codes(answer)) == ["C-1", "C-3", "D-4"]


def test_an_amount_denied_in_speech_is_read_as_denied(transit, town):
    # (grammar phrasing figure_denied_spoken: 「3,000円じゃない」 is 3,000円でない, not an unused 「ない」)
    transit.reset()
    transit.ask("回数券（11枚つづり）が1,000円の区分は")
    answer = transit.ask("そのうち定期券が3,000円じゃないのは")
    assert answer.status == "exact" and _codes(answer) == ["障がい者"]
    town.reset()
    answer = town.ask("町営バスの料金が150円じゃない区分は？")
    assert answer.status == "exact" and sorted(_codes(answer)) == ["一般", "障害者"]


AREAS = """東山町 地区別施設一覧
地区名\t施設名\t利用者数
東部\t東部コミュニティセンター\t1,200
西部\t西部ふれあい会館\t980
南部\t南部公民館分館\t640
北部\t北部集会施設\t450
"""


def test_two_character_names_give_way_to_a_column_of_longer_names(tmp_path):
    # (tables/read.py: 地区名 of 東部, 西部 names no rows where 施設名 names them in three characters or more)
    (tmp_path / "areas.txt").write_text(AREAS, encoding="utf-8")
    assistant = _index(tmp_path)
    answer = assistant.ask("利用者数がいちばん多い施設は？")
    assert _codes(answer)[:1] == ["東部コミュニティセンター"]


def test_two_columns_said_joined_by_to_and_summed_both_count(transit, town):
    # (tables/question.py _read_added_columns: 「AとBの合計」 named by its noun adds both columns over the rows, as
    # 「AとBを合わせると」 does; before, 満足 was dropped and やや満足's column alone answered with confidence)
    for q in ("満足とやや満足の合計は何件？", "満足とやや満足を合わせると何件？"):
        transit.reset()
        answer = transit.ask(q)
        assert answer.status == "exact" and answer.value == 2019 + 3033, q
    transit.reset()
    answer = transit.ask("満足とやや満足の合計が800件以上の設問")  # (a bound after it: each row's sum, as before)
    assert sorted(_codes(answer)) == ["問3", "問7"]
    town.reset()
    answer = town.ask("良いとやや良いの合計は何件？")
    assert answer.status == "exact" and answer.value == 290 + 425


def test_a_numeric_column_said_but_not_added_leaves_the_answer_partial(transit, town):
    # (tables/column_left_over.py: 「満足やや満足の合計」, the two said with nothing between, is read by the survey's
    # table as やや満足's sum only; 満足 said and unused is said so first, never dropped)
    from assistant.query.tables import answer_from_tables

    tabled, _ = answer_from_tables(transit.db, "満足やや満足の合計は何件？", None, loose=True)
    assert tabled.status == "partial" and tabled.unused == ["満足"]
    tabled, _ = answer_from_tables(transit.db, "満足が300件以上の設問のやや満足の合計は？", None, loose=True)
    assert tabled.status == "exact" and tabled.value == 418 + 455 + 440  # (a column in a condition is used)
    town.reset()
    answer = town.ask("良い、やや良いの合計は何件？")  # (listed with a comma: both added)
    assert answer.status == "exact" and answer.value == 290 + 425


def test_people_said_by_the_verb_of_a_column_and_a_year_of_one_years_figures(transit, town):
    # (tables/verb_people.py: 降りた人 is 降車, the one column of people its kanji heads; tables/annual_said.py: 年間
    # over a table of one year's figures, not split by month or year, asks nothing more)
    transit.reset()
    answer = transit.ask("市立病院の停留所で降りた人は年間何人？")
    assert answer.status == "exact" and answer.value == 15664
    town.reset()
    answer = town.ask("高台団地で降りた人は年間何人？")
    assert answer.status == "exact" and answer.value == 1230
    town.reset()
    answer = town.ask("高台団地で乗った人は何人？")
    assert answer.status == "exact" and answer.value == 800


def test_a_stop_named_in_two_characters_is_that_stop(transit, town):
    # (tables/question.py names_said: 停留所名・バス停名 name their rows in two characters too; 駅前 inside 楓ヶ浜駅前 is no stop)
    town.reset()
    answer = town.ask("中町の降車は何人")
    assert answer.status == "exact" and answer.value == 700
    town.reset()
    answer = town.ask("本郷の乗車は何人？")
    assert answer.status == "exact" and answer.value == 450
    transit.reset()
    answer = transit.ask("南町の降車は何人")
    assert answer.status == "exact" and answer.value == 4476
    transit.reset()
    answer = transit.ask("楓ヶ浜駅前の乗車は何人？")
    assert answer.status == "exact" and answer.value == 39420
