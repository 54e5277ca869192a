"""Figures of a table compared, summed and ranked, over a made-up town's documents: a list of bridges with an
estimated cost per bridge (見込事業費（千円）, said 事業費) beside a text outlook of the same costs by year (年度 │
補修 │ 架替え │ 計). 「…する橋梁、事業費の大きい順」 orders the bridges by their own cost, not the years of the
outlook; 「事業費5千万円以上」 bounds the bridges' cost in its printed unit."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

# (橋梁番号, 橋梁名, 所管課, 橋長 m, R1判定, R5判定, 対策内容, 対策年度, 見込事業費 千円)
BRIDGES = [
    ("橋01", "柊大橋", "道路課", 84.5, "B", "C", "補修", "R9", 182000),
    ("橋02", "川端橋", "道路課", 32.0, "B", "B", "補修", "R11", 64500),
    ("橋03", "宮下橋", "道路課", 120.4, "C", "D", "架替え", "R10", 420000),
    ("橋04", "東沢橋", "農林課", 18.2, "A", "B", "補修", "R12", 38200),
    ("橋05", "西沢歩道橋", "農林課", 25.0, "C", "C", "撤去", "R13", 9100),
    ("橋06", "北の橋", "道路課", 46.7, "B", "B", "補修", "R14", 97300),
]

OUTLOOK = """柊野町橋梁長寿命化計画 年度別見込事業費の見通し

（単位：百万円）
-----------------------------------------
年度          補修     架替え     撤去      計
-----------------------------------------
令和９年度    182.0       －       －   182.0
令和10年度       －    420.0       －   420.0
令和11年度     64.5       －       －    64.5
令和12年度     38.2       －       －    38.2
令和13年度       －       －      9.1     9.1
令和14年度     97.3       －       －    97.3
-----------------------------------------
"""


def _workbook(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "橋梁別対策一覧"
    ws["A1"] = "柊野町橋梁長寿命化計画 橋梁別対策一覧"
    ws["A2"] = "（単位：千円）"
    heads = ["橋梁番号", "橋梁名", "所管課", "橋長", "R1判定", "R5判定", "対策内容", "対策年度", "見込事業費"]
    for col, head in enumerate(heads, 1):
        ws.cell(4, col, head)
    for n, row in enumerate(BRIDGES, 5):
        for col, v in enumerate(row, 1):
            ws.cell(n, col, v)
    wb.save(path)


@pytest.fixture(scope="module")
def town(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("figures_compared")
    _workbook(folder / "柊野町橋梁別対策一覧.xlsx")
    (folder / "柊野町橋梁長寿命化計画_見通し.txt").write_text(OUTLOOK, encoding="utf-8")
    return assistant_over(folder)


def _codes(answer) -> list[str]:
    return [str(r.get("number") or r.get("key", "")) for r in answer.rows]


def test_rows_ordered_by_an_estimate_said_without_its_qualifier(town) -> None:
    answer = ask(town, "R10以降に補修する橋梁、事業費の大きい順で")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == ["橋06", "橋02", "橋04"], answer.summary


def test_estimate_bounded_in_its_printed_unit(town) -> None:
    answer = ask(town, "事業費5千万円以上で、R5判定がBの橋梁")
    assert answer.status == "exact", answer.summary
    assert sorted(_codes(answer)) == ["橋02", "橋06"], answer.summary


# A village's review of its grants: a list (番号 │ 名称 │ 判定 │ 決算額 per year │ 当初予算) and a summary of the
# same review by 判定 (判定 │ 件数 │ 決算額 │ 予算額). 「…より増えるのは」 asks the grants, not the summary's classes;
# 「…年度には支出実績がなかった」 is the year's settled cell printing 「－」.
# (番号, 名称, 判定, 支出額(決算) R3, R4, R5, R8予算額)
GRANTS = [
    ("11", "老人会補助金", "継続", 900, 880, 860, 860),
    ("12", "子育てサークル補助金", "拡充", 300, 320, 350, 420),
    ("21", "商店会補助金", "縮減", 1200, 1100, 1000, 800),
    ("22", "起業支援補助金", "拡充", "－", 400, 500, 650),
    ("31", "防犯灯補助金", "継続", 700, 700, 700, 700),
    ("32", "花いっぱい運動補助金", "廃止", 150, 120, 100, "－"),
]

SUMMARY = """椿ヶ丘村 補助金見直しの概要（令和８年度）

３ 判定別の状況
（単位：千円）
------------------------------------------
判定    件数   令和５年度支出額   令和８年度予算額
------------------------------------------
継続       2        1,560          1,560
拡充       2          850          1,070
縮減       1        1,000            800
廃止       1          100              0
------------------------------------------
"""


def _grants(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "見直し一覧"
    ws["A1"] = "椿ヶ丘村 補助金見直し一覧（令和８年度）"
    ws["A2"] = "（単位：千円）"
    for col, head in enumerate(["番号", "補助金名", "判定", "支出額（決算）", None, None, "令和８年度予算額"], 1):
        ws.cell(4, col, head)
    ws.merge_cells("D4:F4")
    for col, head in enumerate(["令和３年度", "令和４年度", "令和５年度"], 4):
        ws.cell(5, col, head)
    for col in (1, 2, 3, 7):
        ws.merge_cells(start_row=4, start_column=col, end_row=5, end_column=col)
    for n, row in enumerate(GRANTS, 6):
        for col, v in enumerate(row, 1):
            ws.cell(n, col, v)
    wb.save(path)


@pytest.fixture(scope="module")
def village(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("grants_compared")
    _grants(folder / "椿ヶ丘村補助金見直し一覧.xlsx")
    (folder / "椿ヶ丘村補助金見直しの概要.txt").write_text(SUMMARY, encoding="utf-8")
    return assistant_over(folder)


def test_two_columns_compared_over_the_list_not_its_summary_by_class(village) -> None:
    answer = ask(village, "令和８年度予算が５年度の支出額より増えるのは？")
    assert answer.status == "exact", answer.summary
    assert sorted(_codes(answer)) == ["12", "22"], answer.summary


def test_no_settled_amount_in_a_year_is_its_dash(village) -> None:
    answer = ask(village, "令和3年度には支出実績がなかった補助金は？")
    assert answer.status == "exact", answer.summary
    assert _codes(answer) == ["22"], answer.summary


# A town's report whose table of costs by kind says its measure only in the caption (「公園区分別維持管理費の実績
# （単位：千円）」 over 区分 │ 令和５年度 │ 令和６年度 │ 令和７年度 │ 計): 「維持管理費の実績が…増えた」 and
# 「維持管理費」 name those year columns, and 「合計がいちばん多い」 ranks each row's years added up.
REPORT = """柊野町 公園施設の管理状況報告（令和７年度）

１ 公園区分別維持管理費の実績
                                            （単位：千円）
  番号  区分          令和５年度  令和６年度  令和７年度      計
  --------------------------------------------------------------
  1     都市公園             820         760         910   2,490
  2     児童遊園             310         350         300     960
  3     緑地                 540         510         500   1,550
  4     運動公園           1,100         900         600   2,600
  --------------------------------------------------------------

２ 公園区分別の評価
  番号  区分          R6評価  R7評価
  ----------------------------------
  1     都市公園           B       A
  2     児童遊園           A       A
  3     緑地               C       B
  4     運動公園           B       B
  ----------------------------------
"""


@pytest.fixture(scope="module")
def parks(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("caption_measure")
    (folder / "柊野町公園施設の管理状況報告.txt").write_text(REPORT, encoding="utf-8")
    return assistant_over(folder)


def _names(answer) -> list[str]:
    return sorted(str(r.get("区分") or r.get("title") or "") for r in answer.rows)


def test_caption_measure_of_the_year_columns_said_with_its_kind(parks) -> None:
    answer = ask(parks, "維持管理費の実績がR6よりR7で増えた区分")
    assert answer.status == "exact", answer.summary
    assert _names(answer) == ["都市公園"], answer.summary


def test_years_added_per_row_then_the_largest(parks) -> None:
    answer = ask(parks, "R5～R7の維持管理費、合計がいちばん多い区分は")
    assert answer.status == "exact", answer.summary
    assert _names(answer) == ["運動公園"], answer.summary


# The village's scoring, a table per grant (番号 │ 補助金名 │ 評価点) and per field (分野 │ 分野名 │ 平均評価点, the field's
# number a column of figures): 「平均評価点が一番高い分野」 ranks the fields by the figure said, not by their number.
SCORES = """椿ヶ丘村 補助金評価表（令和８年度）

１ 補助金別評価
  番号  補助金名                  評価点
  --------------------------------------
  11    老人会補助金                  62
  12    子育てサークル補助金          81
  21    商店会補助金                  55
  22    起業支援補助金                74
  31    防犯灯補助金                  90
  32    花いっぱい運動補助金          47
  --------------------------------------

２ 分野別評価
  分野  分野名            平均評価点
  ----------------------------------
  1     福祉分野                71.5
  2     産業分野                64.5
  3     安全分野                68.5
  ----------------------------------
"""


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("field_scores")
    (folder / "椿ヶ丘村補助金評価表.txt").write_text(SCORES, encoding="utf-8")
    return assistant_over(folder)


def test_rows_word_that_is_their_number_column_ranked_by_the_figure_said(scores) -> None:
    answer = ask(scores, "平均評価点が一番高い分野")
    assert answer.status == "exact", answer.summary
    assert "福祉分野" in answer.summary and len(answer.rows) == 1, answer.summary


def test_figure_answered_said_again_in_another_unit(town) -> None:
    answer = ask(town, "見込事業費がいちばん大きい橋梁は？", "それって百万円だといくら？")
    assert answer.status == "exact", answer.summary
    assert answer.value == 420, answer.summary


# A town's stocktaking of its tasks: a list (係 │ 業務番号 │ 業務名 │ 年間処理時間 │ 見直し手法 │ 縮減見込（時間）), a
# summary of it by 係 (係 │ 業務数 │ 年間処理時間 │ 縮減見込) and a memo working the hours saved out in yen. 「縮減見込を
# 人件費に換算したら何円になる？」 read on the list leaves 人件費・換算 unread and the list prints no yen: the summary
# stays its rival (it gives way only to a list reading every word), and the memo's figure answers.
# (係, 業務番号, 業務名, 年間処理時間, 見直し手法, 縮減見込)
TASKS = [
    ("戸籍係", "戸-1", "戸籍届出審査", 2600, "様式見直し", 300),
    ("戸籍係", "戸-2", "証明書発行", 3100, "コンビニ交付", 900),
    ("戸籍係", "戸-3", "住所異動受付", 1900, "－", 0),
    ("国保係", "国-1", "資格異動処理", 2200, "RPA", 650),
    ("国保係", "国-2", "給付申請審査", 1700, "AI-OCR", 420),
    ("福祉係", "福-1", "手当認定事務", 2400, "電子申請", 510),
    ("福祉係", "福-2", "相談記録入力", 1300, "音声入力", 220),
]

TASK_SUMMARY = """若葉台町 業務棚卸し 係別の集計（令和９年度）

（単位：時間）
------------------------------------------
係        業務数   年間処理時間   縮減見込
------------------------------------------
戸籍係       3          7,600        1,200
国保係       2          3,900        1,070
福祉係       2          3,700          730
------------------------------------------
"""

TASK_MEMO = """若葉台町 業務棚卸しによる効果の試算

１ 試算の考え方
人件費単価は、職員の給与等から１時間当たり4,200円とした。

２ 縮減見込
見直し手法を定めた業務の縮減見込は、合計で年間3,000時間である。これを人件費に換算すると、3,000時間×4,200円＝12,600,000円となる。
"""


def _tasks(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "棚卸し一覧"
    ws["A1"] = "若葉台町 業務棚卸し結果一覧（令和９年度）"
    for col, head in enumerate(["係", "業務番号", "業務名", "年間処理時間（時間）", "見直し手法", "縮減見込（時間）"], 1):
        ws.cell(3, col, head)
    for n, row in enumerate(TASKS, 4):
        for col, v in enumerate(row, 1):
            ws.cell(n, col, v)
    wb.save(path)


@pytest.fixture(scope="module")
def stocktaking(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("tasks_and_memo")
    _tasks(folder / "若葉台町業務棚卸し結果一覧.xlsx")
    (folder / "若葉台町業務棚卸し_係別集計.txt").write_text(TASK_SUMMARY, encoding="utf-8")
    (folder / "若葉台町業務棚卸し_効果試算.txt").write_text(TASK_MEMO, encoding="utf-8")
    return assistant_over(folder)


@pytest.mark.parametrize("question", ["縮減見込を人件費に換算したら何円になる？", "縮減見込って人件費に換算するといくら？"])
def test_list_leaving_words_unread_keeps_its_summary_a_rival(stocktaking, question) -> None:
    answer = ask(stocktaking, question)
    assert answer.status == "search" and answer.value == 12600000, answer.summary


def test_figure_said_again_in_another_unit_only_of_this_conversation(stocktaking) -> None:
    answer = ask(stocktaking, "縮減見込を人件費に換算したら何円になる？", "それって万円だといくら？")
    assert answer.status == "exact" and answer.value == 1260, answer.summary
    # a new conversation has no figure before it: 「それ」 is nothing, never the last conversation's amount
    answer = ask(stocktaking, "それって万円だといくら？")
    assert answer.status != "exact" and answer.value != 1260, answer.summary
