"""Kinds of question made41's fresh failures found misread, asked of small documents of another town
(each test can fail: it names the rows or the value a wrong reading would give)."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

# A header of two rows merged (事業費 over two years' 決算, 評価 over 有効性 | 総合評価), amounts in 千円.
PROGRAMS = """<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>北川市 事務事業評価一覧</title></head><body>
<h1>北川市 事務事業評価一覧</h1>
<table border='1'>
<tr><th rowspan='2'>No.</th><th rowspan='2'>事業名</th><th colspan='2'>事業費（千円）</th><th colspan='2'>評価</th></tr>
<tr><th>令和5年度決算</th><th>令和6年度決算</th><th>有効性</th><th>総合評価</th></tr>
<tr><td>1</td><td>図書館運営事業</td><td>30,000</td><td>31,000</td><td>A</td><td>A</td></tr>
<tr><td>2</td><td>公園維持管理事業</td><td>9,000</td><td>9,500</td><td>B</td><td>B</td></tr>
<tr><td>3</td><td>市民バス運行事業</td><td>52,000</td><td>48,000</td><td>C</td><td>C</td></tr>
<tr><td>4</td><td>移住相談事業</td><td>4,000</td><td>12,000</td><td>A</td><td>B</td></tr>
<tr><td>5</td><td>温水プール運営事業</td><td>20,000</td><td>21,000</td><td>C</td><td>D</td></tr>
</table></body></html>
"""

# Facilities under a result year's merged header (令和5年度実績 over 利用者数 | 利用者満足度).
FACILITIES = """<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>南川市 指定管理施設の評価</title></head><body>
<h1>南川市 指定管理施設の評価</h1>
<table border='1'>
<tr><th rowspan='2'>No.</th><th rowspan='2'>施設名</th><th rowspan='2'>総合評価</th><th colspan='2'>令和5年度実績</th></tr>
<tr><th>利用者数（人）</th><th>利用者満足度（％）</th></tr>
<tr><td>1</td><td>南川市民会館</td><td>A</td><td>120,000</td><td>92.5</td></tr>
<tr><td>2</td><td>南川総合体育館</td><td>B</td><td>210,000</td><td>85.0</td></tr>
<tr><td>3</td><td>南川郷土資料館</td><td>S</td><td>8,000</td><td>97.0</td></tr>
<tr><td>4</td><td>南川スキー場</td><td>C</td><td>15,000</td><td>70.0</td></tr>
</table>
<table border='1'>
<tr><th>No.</th><th>施設名</th><th>指定管理者</th><th>利用者数（人）</th></tr>
<tr><td>1</td><td>南川市老人福祉センター</td><td>社会福祉法人南川市社会福祉協議会</td><td>40,000</td></tr>
<tr><td>2</td><td>南川市児童館</td><td>社会福祉法人南川市社会福祉協議会</td><td>25,500</td></tr>
<tr><td>3</td><td>南川温泉浴場</td><td>南川温泉組合</td><td>60,000</td></tr>
</table></body></html>
"""

# A plan's report of items with marks, and the committee's minutes stating how many items it has: a
# question naming the plan by its title asks the report, not the count the minutes state.
REPORT = """東川市行政改革推進計画 令和6年度 進捗報告

進捗の記号　◎：計画以上　○：計画どおり　△：やや遅れ　×：遅れ

1．窓口の電子化
　担当課：市民課
　進捗：○

2．公用車の削減
　担当課：管財課
　進捗：△

3．施設の統廃合
　担当課：資産経営課
　進捗：×

4．補助金の見直し
　担当課：財政課
　進捗：◎
"""

MINUTES = """令和6年度 第1回 東川市行政改革推進委員会 会議録

議題（1）行政改革推進計画の進捗状況について
【事務局】 資料により、推進計画4項目の進捗を報告します。
【山田委員】 公用車の削減は遅れているので、理由を示してほしい。
"""

# A row per year: 「前年度退職者数」 is said 退職者数, 「採用者数は」 asks the column, not how many rows.
STAFF = """西川市定員適正化計画 進捗状況
年度\t計画目標職員数\t実職員数\t前年度退職者数\t採用者数
令和3年度\t900\t905\t30\t25
令和4年度\t890\t893\t28\t20
令和5年度\t880\t878\t35\t22
令和6年度\t870\t872\t31\t27
"""

# Policies with a rate whose header is a compound (成果指標達成率): 「達成率」 says it.
POLICIES = """中川市 施策評価
施策番号\t施策名\t所管部\t成果指標達成率（％）\t評価
1\t子育て支援の充実\tこども部\t95.0\t順調
2\t地域交通の確保\t都市整備部\t62.5\t遅れ
3\t健康づくりの推進\t健康福祉部\t79.9\t遅れ
4\t観光の振興\t産業部\t88.0\t順調
"""

# Staff by section, a column per year whose bracket says what the figure is (基準, 実績, 目標).
SECTIONS = """西川市 部門別職員数
部門\t区分\t令和2年度（基準）\t令和6年度（実績）\t令和7年度（目標）
総務\t一般行政\t120\t115\t112
福祉\t一般行政\t90\t94\t92
病院\t公営企業等\t300\t290\t288
水道\t公営企業等\t40\t36\t38
"""

# A plan stating its reduction in a sentence (「50人を削減して」): 「何人減らす」 is that count.
OUTLINE = """北山市定員適正化計画 概要
1 計画の概要
本計画は、令和2年度4月1日の職員数900人を基準とし、令和7年度までに50人を削減して850人とすることを目標とする。
2 取組
職員の再配置と業務の民間委託を進める。
"""


def _minutes(path: Path) -> None:
    """A committee's minutes in Word: a member's remark on a topic under the first agenda, the chair's
    closing 「本日の意見は…」 under the second."""
    from docx import Document

    doc = Document()
    doc.add_heading("令和6年度 第2回 南山市行政改革推進委員会 会議録", level=1)
    doc.add_paragraph("1 日時　令和6年11月14日（木）午後2時から午後4時まで")
    doc.add_paragraph("2 出席委員　佐藤委員長、高橋委員、渡辺委員")
    doc.add_heading("議題（1）令和6年度事務事業評価の外部評価について", level=2)
    doc.add_paragraph("【事務局（行政改革推進課長）】　資料1に基づき、外部評価の対象とした10事業の評価結果を説明します。")
    doc.add_paragraph("【佐藤委員長】　ありがとうございました。ご意見のある方はお願いします。")
    doc.add_paragraph("【高橋委員】　コミュニティバスは利用者一人当たりの経費が年々増えている。")
    doc.add_paragraph("【交通政策課長】　令和7年度にデマンド型乗合タクシーの実証運行を予定しています。")
    doc.add_paragraph("【渡辺委員】　ふるさと納税は寄附額が伸びているが、返礼品の経費率が高い。経費の検証をお願いしたい。")
    doc.add_paragraph("【小林委員】　婚活支援イベントの廃止はやむを得ないが、県の結婚支援センターとの連携は残してほしい。")
    doc.add_heading("議題（2）行政改革推進計画の進捗状況について", level=2)
    doc.add_paragraph("【事務局（行政改革推進課長）】　資料2により、推進計画8項目の進捗を報告します。")
    doc.add_paragraph("【高橋委員】　市民プールの廃止が遅れている。丁寧に説明を続けてほしい。")
    doc.add_paragraph("【伊藤委員】　書かない窓口は評判が良い。出張所にも広げてはどうか。")
    doc.add_paragraph("【佐藤委員長】　本日の意見は事務局で整理し、次回の委員会で対応方針を示してください。")
    doc.add_paragraph("6 閉会　午後4時　佐藤委員長が閉会を宣した。")
    doc.add_paragraph("（会議録の要点筆記。発言の趣旨を損なわない範囲で整理している。）")
    doc.save(path)


def _workbook(path: Path) -> None:
    """A workbook whose second sheet (方向性別集計) holds a table of totals by direction."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "事務事業評価"
    ws.append(["令和6年度 中川市 事務事業評価結果一覧"])
    ws.append(["No.", "事業名", "今後の方向性", "令和6年度決算額（千円）"])
    for row in [(1, "子育て相談事業", "継続", 5000), (2, "市民バス事業", "縮小", 16000), (3, "観光宣伝事業", "拡充", 8000),
                (4, "庁舎清掃事業", "継続", 3000)]:
        ws.append(list(row))
    totals = wb.create_sheet("方向性別集計")
    totals.append(["今後の方向性別 事業数"])
    totals.append(["方向性", "事業数", "令和6年度決算額（千円）"])
    for row in [("拡充", 1, 8000), ("継続", 2, 8000), ("縮小", 1, 16000)]:
        totals.append(list(row))
    wb.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("u42")
    (folder / "kitagawa_programs.html").write_text(PROGRAMS, encoding="utf-8")
    (folder / "minamigawa_facilities.html").write_text(FACILITIES, encoding="utf-8")
    (folder / "higashikawa_report.txt").write_text(REPORT, encoding="utf-8")
    (folder / "higashikawa_minutes.txt").write_text(MINUTES, encoding="utf-8")
    (folder / "nishikawa_staff.txt").write_text(STAFF, encoding="utf-8")
    (folder / "nakagawa_policies.txt").write_text(POLICIES, encoding="utf-8")
    (folder / "nishikawa_sections.txt").write_text(SECTIONS, encoding="utf-8")
    (folder / "kitayama_outline.txt").write_text(OUTLINE, encoding="utf-8")
    _minutes(folder / "minamiyama_minutes.docx")
    _workbook(folder / "nakagawa_programs.xlsx")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def titles(answer) -> list[str]:
    return sorted(r["title"] for r in answer.rows)


def test_a_grade_with_a_bound_is_the_grades_on_that_side(assistant):
    assistant.reset()
    answer = assistant.ask("北川市の事務事業で総合評価がB以上の事業は？")
    assert answer.status == "exact" and titles(answer) == sorted(["図書館運営事業", "公園維持管理事業", "移住相談事業"])
    assistant.reset()
    answer = assistant.ask("南川市の指定管理施設で評価がB以下のところは何件？")
    assert answer.status == "exact" and answer.value == 2


def test_the_lower_label_of_a_merged_header_is_said_alone(assistant):
    # 「R6決算」 of 事業費(千円)令和6年度決算, 「1,000万円」 against 千円; 「利用者満足度」 under 令和5年度実績.
    assistant.reset()
    answer = assistant.ask("北川市の事務事業で、R6決算が1,000万円以上で総合評価がB以上のものは？")
    assert answer.status == "exact" and titles(answer) == sorted(["図書館運営事業", "移住相談事業"])
    assistant.reset()
    answer = assistant.ask("南川市の指定管理施設で利用者満足度が90%以上のところは？")
    assert answer.status == "exact" and titles(answer) == sorted(["南川市民会館", "南川郷土資料館"])


def test_a_superlative_ending_on_what_the_rows_are_asks_the_row(assistant):
    assistant.reset()
    answer = assistant.ask("北川市の事務事業で令和6年度決算がいちばん大きい事業は？")
    assert answer.status == "exact" and answer.value == "市民バス運行事業"
    assistant.reset()
    answer = assistant.ask("南川市の指定管理施設で、利用者がいちばん多い施設は？")
    assert answer.status == "exact" and answer.value == "南川総合体育館"


def test_a_body_named_without_its_town_and_its_rows_summed_after(assistant):
    # 「社会福祉法人南川市社会福祉協議会」 is called 社会福祉協議会; 「それらの…の合計」 sums those rows.
    assistant.reset()
    answer = assistant.ask("南川市で社会福祉協議会が指定管理者になってる施設は？")
    assert answer.status == "exact" and titles(answer) == sorted(["南川市老人福祉センター", "南川市児童館"])
    answer = assistant.ask("それらの利用者数の合計は？")
    assert answer.status == "exact" and answer.value == 65500


def test_a_count_label_inside_the_title_the_question_names_is_no_count_said(assistant):
    # 「推進計画4項目」 in the minutes is no answer to how many of the plan's items are late.
    assistant.reset()
    answer = assistant.ask("東川市の行政改革推進計画で、遅れてる取組（△か×）はいくつ？")
    assert answer.status == "exact" and answer.value == 2


def test_how_much_a_named_row_changed_between_two_years(assistant):
    assistant.reset()
    answer = assistant.ask("北川市の移住相談事業、事業費は令和5年度から6年度でいくら増えた？")
    assert answer.status == "exact" and answer.value == 8000


def test_the_lower_labels_of_a_merged_header_of_grades_are_each_their_own_column(assistant):
    # 「評価」 over 有効性 | 総合評価: 「有効性はA」 is that column's, not every column holding A.
    assistant.reset()
    answer = assistant.ask("北川市の事務事業で、有効性はAなのに総合評価がAになってない事業は？")
    assert answer.status == "exact" and titles(answer) == ["移住相談事業"]


def test_another_row_named_after_a_value_asks_the_same_column_of_it(assistant):
    assistant.reset()
    assert assistant.ask("北川市の市民バス運行事業の総合評価は？").value == "C"
    answer = assistant.ask("じゃあ温水プール運営事業は？")
    assert answer.status == "exact" and answer.value == "D" and titles(answer) == ["温水プール運営事業"]


def test_a_column_counting_people_asked_of_a_year_row(assistant):
    assistant.reset()
    answer = assistant.ask("西川市の定員適正化計画、令和5年度の採用者数は？")
    assert answer.status == "exact" and answer.value == 22
    answer = assistant.ask("じゃあ退職者数は？")
    assert answer.status == "exact" and answer.value == 35
    assistant.reset()
    answer = assistant.ask("西川市の定員計画でR3からR5までの退職者数の合計は？")
    assert answer.status == "exact" and answer.value == 30 + 28 + 35


def test_a_rate_said_by_the_last_word_of_its_header(assistant):
    assistant.reset()
    answer = assistant.ask("中川市の施策評価、達成率が80%に届いてない施策はいくつ？")
    assert answer.status == "exact" and answer.value == 2


def test_the_name_of_a_sheet_names_its_table(assistant):
    # 「方向性別集計で」: that sheet's table, no counting by 方向性.
    assistant.reset()
    answer = assistant.ask("中川市の事務事業評価の方向性別集計で、縮小の決算額は？")
    assert answer.status == "exact" and answer.value == 16000 and answer.rows[0]["place"].startswith("方向性別集計!")


def test_a_plan_word_inside_one_amount_s_name_says_that_column(assistant):
    # 「目標」 of 計画目標職員数: the years whose 実職員数 was above it.
    assistant.reset()
    answer = assistant.ask("西川市の定員適正化計画で、実職員数が目標を上回ってた年度は？")
    assert answer.status == "exact" and sorted(r["年度"] for r in answer.rows) == ["令和3年度", "令和4年度", "令和6年度"]


def test_a_year_column_said_by_the_word_in_its_bracket(assistant):
    assistant.reset()
    assistant.ask("西川市の部門別職員数で、区分が公営企業等の部門は？")
    answer = assistant.ask("そのうち令和7年度の目標が令和6年度実績より多いのは？")
    assert answer.status == "exact" and [r["部門"] for r in answer.rows] == ["水道"]
    assistant.reset()
    answer = assistant.ask("西川市の部門別職員数で、令和2年度より令和6年度のほうが増えた部門は？")
    assert [r["部門"] for r in answer.rows] == ["福祉"]


def test_the_number_of_people_of_the_column_said(assistant):
    # 「令和7年度目標の人数は」: that column's number of the row, not how many rows (1件).
    assistant.reset()
    answer = assistant.ask("西川市の福祉部門の令和7年度目標の人数は？")
    assert answer.status == "exact" and answer.value == 92


def test_a_verb_said_by_the_document_with_a_compound_of_its_kanji(assistant):
    # 「減らす」 over 「50人を削減して」: the count stated, no word left unused.
    assistant.reset()
    answer = assistant.ask("北山市の定員適正化計画って、令和7年度までに何人減らす計画？")
    assert answer.status == "exact" and answer.value == 50


def test_opinions_asked_of_an_index_without_the_kind_of_opinions(assistant):
    # 「委員の意見」 is a kind (comment) this index of other cities' documents holds no table of: the
    # probe finds none (it read as a damaged index: 「索引を読めませんでした」), and the minutes are searched.
    assistant.reset()
    answer = assistant.ask("南山市の委員会の会議録で、ふるさと納税に触れた委員の意見は？")
    assert not answer.error and answer.excerpts and answer.status in ("search", "partial")
    assert any("ふるさと納税" in str(e.get("text", "")) for e in answer.excerpts)
