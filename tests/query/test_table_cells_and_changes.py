"""Generic tables asked the way staff speak: a cross table of a day's times (曜日 × 平均/最大 × 時間帯), a
count of things summed over every year's column (「全部で何台」), a group's subtotal row (市税 | 市税計),
a row's change from a year said (「令和5年度から何ポイント上がった」), two columns of a row apart
(「実績は目標よりいくつ多い」), and a city named only by the file of a saved page."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.formats.plain import fixed_width_tables
from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index
from assistant.text.names import file_names_place

# The city is printed only in the browser title: the file's name says whose page it is.
WAITING = """<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">
<title>戸籍住民課 窓口混雑状況調査（令和6年6月）｜柏崎市</title></head><body><main>
<h1>戸籍住民課 窓口混雑状況調査（令和6年6月）</h1>
<p>窓口の混雑状況を調べました。</p>
<h2>1　曜日・時間帯別の待ち時間</h2>
<table border="1"><caption>曜日・時間帯別の待ち時間（単位：分）</caption>
<thead><tr><th>曜日</th><th>区分</th><th>8:30～9:00</th><th>9:00～11:00</th><th>11:00～13:00</th><th>13:00～17:00</th></tr></thead>
<tbody>
<tr><th rowspan="2">月曜日</th><td>平均</td><td>12</td><td>21</td><td>16</td><td>9</td></tr>
<tr><td>最大</td><td>30</td><td>44</td><td>38</td><td>25</td></tr>
<tr><th rowspan="2">火曜日</th><td>平均</td><td>10</td><td>27</td><td>14</td><td>8</td></tr>
<tr><td>最大</td><td>26</td><td>51</td><td>33</td><td>20</td></tr>
<tr><th rowspan="2">木曜日</th><td>平均</td><td>8</td><td>17</td><td>13</td><td>6</td></tr>
<tr><td>最大</td><td>22</td><td>39</td><td>47</td><td>18</td></tr>
</tbody></table>
<h2>2　手続別の待ち時間</h2>
<table border="1"><caption>手続別の件数と待ち時間</caption>
<thead><tr><th>手続</th><th>件数（件）</th><th>平均待ち時間（分）</th><th>平均処理時間（分）</th></tr></thead>
<tbody>
<tr><td>転入届</td><td>820</td><td>26</td><td>19</td></tr>
<tr><td>転出届</td><td>640</td><td>18</td><td>9</td></tr>
<tr><td>印鑑登録</td><td>410</td><td>7</td><td>4</td></tr>
<tr><td>住民票の交付</td><td>3,150</td><td>20</td><td>3</td></tr>
</tbody></table>
</main></body></html>
"""

CARS = """黒部市公用車削減計画（令和6年度～令和8年度）

部局\t所管課\t保有台数\t削減予定台数R6年度\t削減予定台数R7年度\t削減予定台数R8年度\t削減計\tうち電気自動車
総務部\t総務課\t9\t1\t0\t1\t2\t2
\t財政課\t6\t0\t1\t0\t1\t1
\t税務課\t8\t1\t1\t0\t2\t3
市民部\t市民課\t5\t0\t0\t0\t0\t1
\t環境課\t11\t2\t1\t1\t4\t2
合計\t\t39\t4\t3\t2\t9\t9
"""

RATES = """砺波市 市税等の収納率（令和5年度決算）

区分\t債権名\t所管課\t令和4年度現年度分\t令和4年度滞納繰越分\t令和5年度現年度分\t令和5年度滞納繰越分
市税\t個人市民税\t税務課\t99.1\t30.2\t99.2\t28.0
市税\t固定資産税\t税務課\t98.8\t25.5\t99.0\t27.9
市税\t市税計\t\t99.0\t27.0\t99.1\t27.5
保険料\t介護保険料\t介護保険課\t98.6\t20.4\t98.9\t18.1
使用料\t下水道使用料\t下水道課\t98.0\t33.3\t97.5\t35.0
"""

SHEET = """氷見市 事務事業評価結果（令和5年度）

事務事業名\t担当課\t成果指標\t目標値\t実績値\t達成度
オンライン申請推進事業\t情報政策課\tオンライン手続数\t120\t158\ta
健康マイレージ事業\t健康課\t参加者数\t900\t812\tb
がん検診事業\t健康課\t受診者数\t5,000\t4,620\tb
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("cells_and_changes")
    (folder / "柏崎市_窓口混雑状況調査_令和6年6月.html").write_text(WAITING, encoding="utf-8")
    (folder / "kurobe_cars.txt").write_text(CARS, encoding="utf-8")
    (folder / "tonami_rates.txt").write_text(RATES, encoding="utf-8")
    (folder / "himi_sheet.txt").write_text(SHEET, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def ask(assistant: Assistant, *turns: str):
    assistant.reset()
    answer = None
    for turn in turns:
        answer = assistant.ask(turn)
    return answer


def test_a_city_named_by_the_file_only(assistant):
    assert file_names_place("柏崎市_窓口混雑状況調査.html", "柏崎市")
    assert not file_names_place("柏崎市_窓口混雑状況調査.html", "長岡市")
    answer = ask(assistant, "柏崎市の窓口調査で、手続の件数を全部足すと何件？")
    assert answer.value == 5020 and answer.status == "exact", answer.summary


@pytest.mark.parametrize("question, value", [
    ("柏崎市の窓口、火曜の9時から11時の平均待ち時間は何分ですか", 27),
    ("柏崎市の月曜日の13時以降の平均待ち時間は？", 9),
    ("柏崎市の窓口調査で、木曜日の最大待ち時間は最長で何分でしたか", 47),
    ("柏崎市の月曜日の平均待ち時間って、時間帯をならすと平均何分ですか", 14.5),
])
def test_a_cross_table_of_days_and_times(assistant, question, value):
    answer = ask(assistant, question)
    assert answer.value == value and answer.status == "exact", answer.summary


def test_the_day_with_the_longest_wait(assistant):
    answer = ask(assistant, "柏崎市の窓口で平均待ち時間がいちばん長いのは何曜日ですか")
    assert answer.value == "火曜日" and answer.status == "exact", answer.summary


def test_minutes_bound_to_the_column_in_minutes(assistant):
    answer = ask(assistant, "柏崎市の手続別で、平均待ち時間が20分以上の手続は何件ありますか")
    assert answer.count == 2 and answer.status == "exact", answer.summary


def test_all_of_a_count_by_year_is_every_years_sum(assistant):
    answer = ask(assistant, "黒部市の公用車削減計画で、削減予定台数は全部で何台？")
    assert answer.value == 9 and answer.status == "exact", answer.summary  # (not the 合計 row again)
    answer = ask(assistant, "黒部市の計画で、電気自動車は合計何台にする予定ですか")
    assert answer.value == 9 and answer.status == "exact", answer.summary


def test_a_count_said_by_what_is_done(assistant):
    answer = ask(assistant, "黒部市の計画で、令和7年度に削減予定がある課は何課ありますか")
    assert answer.count == 3 and answer.status == "exact", answer.summary


def test_that_department_in_a_follow_up(assistant):
    answer = ask(assistant, "黒部市の公用車削減計画、総務部の課はどこですか", "その部の保有台数の合計は？")
    assert answer.value == 23 and answer.status == "exact", answer.summary


def test_a_groups_subtotal_row_is_no_record(assistant):
    answer = ask(assistant, "砺波市の収納率の表で、債権は何件？")
    assert answer.count == 4, answer.summary


def test_lower_than_the_year_said(assistant):
    answer = ask(assistant, "砺波市で、滞納繰越分の収納率が令和4年度より下がった債権は何件？")
    assert answer.count == 2 and answer.status == "exact", answer.summary  # 個人市民税, 介護保険料


def test_points_up_from_the_year_said(assistant):
    answer = ask(assistant, "砺波市の固定資産税の滞納繰越分、令和4年度から何ポイント上がりましたか")
    assert answer.value == 2.4 and answer.status == "exact", answer.summary


def test_one_column_over_another_of_a_row(assistant):
    answer = ask(assistant, "氷見市のオンライン手続数、実績は目標よりいくつ多い？")
    assert answer.value == 38 and answer.status == "exact", answer.summary


def test_a_spaced_out_list_is_no_table():
    text = ("（5）協議事項\n"
            "　　　①　公用車の削減方針について　→　了承\n"
            "　　　②　窓口の見直しについて　→　継続審議\n"
            "　　　③　補助金の見直しについて　→　了承\n")
    assert fixed_width_tables(text) == text


def test_several_stated_counts_of_one_label_are_no_confident_answer(tmp_path):
    # 「出席者は何名」 over four meetings each stating its own: the figures are shown, none is claimed.
    (tmp_path / "toyokawa_meetings.txt").write_text(
        "豊川市行政改革推進本部会議 開催状況\n\n"
        "１　第1回会議\n　（1）日時　令和6年5月10日\n　（2）出席者　16名（本部長を含む）\n\n"
        "２　第2回会議\n　（1）日時　令和6年8月1日\n　（2）出席者　15名（本部長を含む）\n\n"
        "３　第3回会議\n　（1）日時　令和6年11月5日\n　（2）出席者　12名（本部長を含む）\n", encoding="utf-8")
    index = tmp_path / "gyokaku.db"
    assert not build_index([tmp_path], index).skipped
    answer = Assistant(open_index(index)).ask("豊川市の行政改革推進本部会議の出席者は何名でしたか")
    assert answer.status != "exact", answer.summary


MEETINGS = """田原市行財政改革推進本部会議 開催状況（令和6年度）

１　第1回会議
　（1）日時　令和6年5月14日（火）　午前10時～午前11時（2024年5月14日）
　（2）場所　本庁舎 大会議室
　（3）出席者　12名（本部長を含む）
　（4）報告事項
　　　①　令和5年度取組結果について
　　　②　外部評価の実施について
　（5）協議事項
　　　①　公共施設の再編方針について　→　了承

２　第2回会議
　（1）日時　令和6年9月3日（火）　午後2時～午後3時（2024年9月3日）
　（2）場所　本庁舎 第3会議室
　（3）出席者　14名（本部長を含む）
　（4）報告事項
　　　①　上半期の取組状況について
　（5）協議事項
　　　①　使用料の見直しについて　→　継続審議
　　　②　電子契約の導入について　→　了承
　　　③　補助金の見直しについて　→　了承

３　第3回会議
　（1）日時　令和7年2月4日（火）　午前9時～午前10時（2025年2月4日）
　（2）場所　本庁舎 大会議室
　（3）出席者　13名（本部長を含む）
　（4）報告事項
　　　①　当初予算の行革効果額について
　　　②　職員提案の状況について
　　　③　指定管理の評価について
　（5）協議事項
　　　①　使用料の見直しについて　→　了承
"""


@pytest.fixture(scope="module")
def meetings(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("meetings")
    (folder / "tahara_meetings.txt").write_text(MEETINGS, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def test_a_blocks_labelled_lines_are_its_fields(meetings):
    rows = [dict(r) for r in meetings.db.query("SELECT title, fields FROM item WHERE title LIKE '第_回会議'")]
    assert len(rows) == 3
    import json
    fields = json.loads(rows[1]["fields"])
    assert fields["出席者"].startswith("14名") and fields["協議事項"].count("／") == 2, fields


@pytest.mark.parametrize("question, count", [
    ("田原市の推進本部会議、第3回の報告事項は何件ありましたか", 3),
    ("田原市の推進本部会議で、協議事項は延べ何件でしたか", 5),
])
def test_a_lists_entries_counted(meetings, question, count):
    answer = ask(meetings, question)
    assert answer.count == count and answer.status == "exact", answer.summary


def test_the_entry_holding_the_value_said(meetings):
    answer = ask(meetings, "田原市の推進本部会議の第2回で継続審議になったのはどの協議事項ですか")
    assert "使用料の見直し" in str(answer.value) and "電子契約" not in str(answer.value), answer.summary


def test_a_blocks_figure_by_its_number_and_their_mean(meetings):
    answer = ask(meetings, "田原市の推進本部会議の第2回会議について教えて", "出席者は何名でしたか")
    assert answer.value == 14 and answer.status == "exact", answer.summary
    answer = ask(meetings, "田原市の推進本部会議の出席者数は平均で何名ですか")
    assert answer.value == 13 and answer.status == "exact", answer.summary


def test_which_meeting_discussed_a_subject_said_short(meetings):
    # 「電子契約の導入について」 is called 電子契約 (what the action is done to); 第何回 asks which row
    answer = ask(meetings, "田原市の推進本部会議で、電子契約が協議されたのは第何回ですか")
    assert [r["title"] for r in answer.rows] == ["第2回会議"] and answer.status == "exact", answer.summary


def test_the_most_held_said_by_the_plain_verb(assistant):
    answer = ask(assistant, "黒部市の公用車の計画で、いちばん多く車を持ってる課はどこですか")
    assert answer.value == "環境課" and answer.status == "exact", answer.summary


def test_none_at_all_is_a_zero_total(assistant):
    answer = ask(assistant, "黒部市の公用車計画で、1台も減らさない課ってある？")
    assert [r["title"] for r in answer.rows] == ["市民課"] and answer.status == "exact", answer.summary


def test_a_count_with_no_year_is_its_total_column(assistant):
    answer = ask(assistant, "黒部市の公用車計画で、市民部の課を見せてください", "その中で削減台数がいちばん多いのはどこ？")
    assert answer.value == "環境課" and answer.status == "exact", answer.summary
