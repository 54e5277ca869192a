"""Kinds of question the fresh holdout made44 found misread over other cities' tables, asked of small
documents of a made-up city in other words than the set's (each test names the rows or the value a wrong
reading gives): rows counted by a column's word after conditions, a legend's wording said shorter, a
merged label over columns of any kind, a building's year said with 建った, the top rows said 上から, a
year of starting said 着手, a facility called without its city's name, a word among a column's rates, a
time slot said bare, a fee's name said by what is issued."""
from __future__ import annotations

import pytest

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

T = "\t"
FEES = "\n".join([
    "使用料の見直しについて（東浦市）", "",
    "1 施設使用料の改定内容", "",
    T.join(["No.", "施設名", "区分", "単位", "現行料金", "改定後料金", "増減率"]),
    T.join(["1", "東浦市民会館", "大ホール", "全日(9時~22時)", "60,000", "66,000", "+10.0%"]),
    T.join(["2", "", "大ホール", "午前(9時~12時)", "15,000", "16,500", "+10.0%"]),
    T.join(["3", "", "会議室", "1時間", "500", "650", "+30.0%"]),
    T.join(["4", "東浦体育館", "アリーナ", "1時間", "2,000", "2,000", "据置"]),
    T.join(["5", "", "会議室", "1時間", "400", "500", "+25.0%"]),
    T.join(["6", "東浦プール", "一般", "1回", "300", "300", "据置"]),
    T.join(["7", "", "小学生", "1回", "100", "150", "+50.0%"]),
    "",
    "2 手数料の改定内容", "",
    T.join(["No.", "手数料の名称", "単位", "現行", "改定後"]),
    T.join(["1", "印鑑登録証明書の交付", "1通", "300", "400"]),
    T.join(["2", "戸籍の附票の写しの交付", "1通", "300", "350"]),
    T.join(["3", "犬の登録", "1頭", "3,000", "3,000"]),
    ""])

KPI = "\n".join([
    "東浦市行政改革プラン KPIの進捗状況", "",
    T.join(["No.", "取組項目", "KPI", "目標値", "実績値", "達成状況", "担当課"]),
    T.join(["1", "電子申請の拡大", "電子申請の件数", "500", "620", "◎", "情報政策課"]),
    T.join(["2", "窓口の混雑緩和", "平均待ち時間", "10", "14", "△", "市民課"]),
    T.join(["3", "広告収入の確保", "広告収入額", "3,000", "3,200", "◎", "財政課"]),
    T.join(["4", "公用車の削減", "公用車の台数", "80", "88", "○", "管財課"]),
    T.join(["5", "職員提案の活性化", "提案件数", "60", "20", "×", "人事課"]),
    "",
    "【達成状況の見方】",
    "◎：目標値を達成", "○：進捗率70％以上", "△：進捗率40％以上70％未満", "×：進捗率40％未満", ""])


def _plan(path) -> None:
    """A plan of facilities as a spreadsheet prints it: 建物の状況 and 今後の方針 merged over two columns each."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "施設一覧"
    ws.append(["東浦市公共施設個別施設計画"])
    ws.append([])
    ws.append(["No.", "施設名", "建物の状況", "", "今後の方針", ""])
    ws.append(["", "", "建築年", "延床面積", "方向性", "実施時期"])
    ws.merge_cells("C3:D3")
    ws.merge_cells("E3:F3")
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    for row in (["1", "東浦市文化センター", "昭和55年", 7200.5, "長寿命化", "令和8年度"],
                ["2", "東浦市武道場", "平成元年", 1800.0, "長寿命化", "令和10年度"],
                ["3", "中央図書館", "平成4年", 3300.0, "複合化", "令和8年度"],
                ["4", "北児童館", "平成15年", 420.0, "現状維持", "－"],
                ["5", "東浦市庁舎", "昭和60年", 15000.0, "建替え", "令和12年度"],
                ["6", "南公民館", "平成2年", 900.0, "集約化", "令和9年度"]):
        ws.append(row)
    wb.save(path)


def _results(path) -> None:
    """Results of a plan's indicators by year, 実績値 merged over 令和4年度 | 令和5年度 | 令和6年度, a base
    year's column before them."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "指標"
    ws.append(["東浦市行政改革推進計画 指標の推移"])
    ws.append([])
    ws.append(["No.", "取組項目", "基準値(令和3年度)", "実績値", "", ""])
    ws.append(["", "", "", "令和4年度", "令和5年度", "令和6年度"])
    ws.merge_cells("D3:F3")
    for row in (["1", "電子申請の拡大", 100, 150, 300, 280],
                ["2", "窓口の混雑緩和", 20, 18, 15, 12],
                ["3", "広告収入の確保", 2000, 1900, 2500, 2600],
                ["4", "公用車の削減", 95, 90, 88, 89]):
        ws.append(row)
    wb.save(path)


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("u47")
    (folder / "東浦市_使用料の見直し.txt").write_text(FEES, encoding="utf-8")
    (folder / "東浦市_KPI進捗状況.txt").write_text(KPI, encoding="utf-8")
    _plan(folder / "東浦市_公共施設個別施設計画.xlsx")
    _results(folder / "東浦市_行政改革推進計画_指標の推移.xlsx")
    return assistant_over(folder)


def test_how_many_of_a_column_after_conditions_counts_the_rows(assistant) -> None:
    # 3 (会議室 +30%), 5 (会議室 +25%), 7 (+50%): three rows, though 会議室 twice (two kinds, never 2).
    answer = ask(assistant, "東浦市の使用料の見直しで増減率が20%以上の施設の区分は何件？")
    assert (answer.status, answer.count) == ("exact", 3), (answer.count, answer.understood)


def test_a_legends_wording_said_without_its_figures_word(assistant) -> None:
    # ◎：目標値を達成 is said 目標を達成した: 1 and 3, never all five.
    answer = ask(assistant, "東浦市のKPIで目標を達成したのは何件？")
    assert (answer.status, answer.count) == ("exact", 2), (answer.count, answer.understood, answer.unused)


def test_a_lower_label_under_a_merged_label_over_columns_of_any_kind(assistant) -> None:
    # 建築年 under 建物の状況: 平成2年 (1990), 平成4年, 平成15年; 平成元年 (1989) and the 昭和 ones not.
    answer = ask(assistant, "東浦市の個別施設計画で1990年以降に建った施設は？")
    assert answer.status == "exact" and sorted(r["施設名"] for r in answer.rows) == ["中央図書館", "北児童館", "南公民館"], \
        (answer.understood, answer.unused, answer.summary)


def test_the_top_rows_said_from_the_top(assistant) -> None:
    answer = ask(assistant, "東浦市の個別施設計画で延床面積の大きい施設を上から2つ")
    assert answer.status == "exact" and [r["施設名"] for r in answer.rows] == ["東浦市庁舎", "東浦市文化センター"], \
        (answer.understood, answer.unused, answer.summary)


def test_a_year_set_to_work_is_the_year_of_the_plan(assistant) -> None:
    answer = ask(assistant, "東浦市の個別施設計画でR8に着手する施設は何件？")
    assert (answer.status, answer.count) == ("exact", 2), (answer.understood, answer.unused, answer.summary)


def test_a_facility_called_without_its_citys_name_then_another_column(assistant) -> None:
    answer = ask(assistant, "東浦市の個別施設計画で武道場の方向性は？", "それの実施時期は？")
    assert (answer.status, answer.value) == ("exact", "令和10年度"), (answer.understood, answer.unused, answer.summary)


def test_a_word_among_a_columns_rates(assistant) -> None:
    # 据置 among +10.0%: 4 and 6, never every row.
    answer = ask(assistant, "東浦市の使用料の見直しで据え置きになった施設は？")
    assert answer.status == "exact" and sorted(r.get("施設名") for r in answer.rows) == ["東浦プール", "東浦体育館"], \
        (answer.understood, answer.unused, answer.summary)


def test_a_time_slot_said_bare_and_the_revised_fee(assistant) -> None:
    answer = ask(assistant, "東浦市民会館の大ホールを全日で借りると改定後はいくら？")
    assert (answer.status, answer.value) == ("exact", 66000), (answer.understood, answer.unused, answer.summary)


def test_the_highest_rate_said_as_the_rise(assistant) -> None:
    answer = ask(assistant, "東浦市の使用料の見直しで引上げ率がいちばん大きいのは？")
    assert answer.status == "exact" and answer.rows[0].get("区分") == "小学生", \
        (answer.understood, answer.unused, answer.summary)


def test_a_fee_called_by_what_is_issued_and_what_it_becomes(assistant) -> None:
    answer = ask(assistant, "東浦市の手数料で印鑑登録証明書はいくらになる？")
    assert (answer.status, answer.value) == ("exact", 400), (answer.understood, answer.unused, answer.summary)


def test_a_fee_said_of_a_facility_then_its_unit(assistant) -> None:
    # 料金 of 現行料金 | 改定後料金 names the rows' amounts, no condition; 1時間 of 単位 reads as a number.
    first = ask(assistant, "東浦市の使用料の見直しで東浦市民会館の料金")
    assert first.status == "exact" and not first.unused, (first.understood, first.unused)
    answer = assistant.ask("そのうち1時間単位のものは？")
    assert answer.status == "exact" and [r.get("区分") for r in answer.rows] == ["会議室"], \
        (answer.understood, answer.unused, answer.summary)


def test_a_years_result_below_the_year_before_said_so(assistant) -> None:
    # R6 < R5: 1 (300→280), 2 (15→12); never R4 against the base year (2: 18<20, 3: 1900<2000, 4: 90<95).
    answer = ask(assistant, "東浦市の行革計画の指標で、令和6年度の実績値が前の年より減ったものは？")
    assert answer.status == "exact" and sorted(r["title"] for r in answer.rows) == ["窓口の混雑緩和", "電子申請の拡大"], \
        (answer.understood, answer.unused, answer.summary)


def test_a_title_shortened_with_a_latin_word(assistant) -> None:
    answer = ask(assistant, "東浦市の行革KPIで目標を達成したのは何件？")
    assert (answer.status, answer.count) == ("exact", 2), (answer.count, answer.understood, answer.unused)


MINUTES = """東浦市議会 令和6年9月定例会 一般質問答弁要旨

1．窓口の待ち時間について
　質問者　森田 花子議員（市民の会）
　答弁者　市長
　【質問要旨】
　　窓口の待ち時間の短縮策を伺う。
　【答弁要旨】
　　予約制を導入する。

2．図書館の開館時間について
　質問者　林 一郎議員（無所属）
　答弁者　教育部長
　【質問要旨】
　　開館時間の延長を伺う。
　【答弁要旨】
　　試行する。

3．公用車の削減について
　質問者　森田 花子議員（市民の会）
　答弁者　市長公室長
　【質問要旨】
　　公用車の台数の見直しを伺う。
　【答弁要旨】
　　削減する。

4．ふるさと納税について
　質問者　林 一郎議員（無所属）
　答弁者　市長
　【質問要旨】
　　返礼品の拡充を伺う。
　【答弁要旨】
　　拡充する。
"""


@pytest.fixture(scope="module")
def minutes(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("u47_minutes")
    (folder / "東浦市議会_一般質問答弁要旨.txt").write_text(MINUTES, encoding="utf-8")
    return assistant_over(folder)


def test_items_counted_by_who_answered(minutes) -> None:
    # 市長 answered 1 and 4; 市長公室長 (3) is not 市長.
    answer = ask(minutes, "東浦市議会の一般質問で市長が答弁したのは何件？")
    assert answer.count == 2, (answer.count, answer.understood, answer.summary)


def test_an_item_found_then_who_answered_it(minutes) -> None:
    answer = ask(minutes, "東浦市議会の一般質問で図書館について", "それの答弁者は？")
    assert answer.value == "教育部長", (answer.understood, answer.summary)


def _subsidies(path) -> None:
    """A list of subsidies, 補助金額 merged over 令和4年度決算 | 令和5年度決算 | 令和6年度予算 (千円)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "見直し一覧"
    ws.append(["令和6年度 補助金等の見直し結果一覧（東浦市）"])
    ws.append(["（単位：千円）"])
    ws.append(["No.", "補助金等の名称", "補助金額", "", "", "見直し区分"])
    ws.append(["", "", "令和4年度決算", "令和5年度決算", "令和6年度予算", ""])
    ws.merge_cells("C3:E3")
    for row in (["1", "自治会活動費補助金", 5000, 5200, 5600, "継続"],
                ["2", "敬老会開催補助金", 3000, 3100, 2500, "縮小"],
                ["3", "創業支援補助金", 1000, 1500, 1400, "継続"],
                ["4", "防犯灯設置費補助金", 800, 700, 900, "拡充"]):
        ws.append(row)
    wb.save(path)


@pytest.fixture(scope="module")
def subsidies(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("u47_subsidies")
    _subsidies(folder / "東浦市_補助金等見直し一覧.xlsx")
    (folder / "東浦市_KPI進捗状況.txt").write_text(KPI.replace("目標値\t実績値", "令和5年度実績\t令和6年度実績"),
                                                  encoding="utf-8")
    (folder / "東浦市_使用料の見直し.txt").write_text(FEES, encoding="utf-8")
    return assistant_over(folder)


def test_one_years_budget_more_than_anothers_settlement(subsidies) -> None:
    # R6予算 > R5決算: 1 (5,200→5,600), 4 (700→900); never the KPI list of the same city.
    answer = ask(subsidies, "東浦市の補助金で、令和5年度決算より令和6年度予算のほうが増えてるものは？")
    assert answer.status == "exact" and sorted(r["title"] for r in answer.rows) == ["自治会活動費補助金", "防犯灯設置費補助金"], \
        (answer.understood, answer.unused, answer.summary)


def test_fees_revised_up_with_an_aside_before(subsidies) -> None:
    # 3, 5, 1, 2, 7 go up (4 and 6 stay); 逆に is an aside, never 「記載がない」 for it.
    answer = ask(subsidies, "東浦市の使用料の改定で、逆に値上げになる区分は何件？")
    assert (answer.status, answer.count) == ("exact", 5), (answer.understood, answer.unused, answer.summary)


def test_two_columns_furthest_apart(assistant) -> None:
    # 印鑑登録証明書 300→400 (100) over 戸籍の附票 300→350 (50); 改定前 is 現行 of a revision.
    answer = ask(assistant, "東浦市の手数料で、改定前と改定後の差がいちばん大きいのは？")
    assert answer.rows and answer.rows[0]["title"] == "印鑑登録証明書の交付" and "改定前" not in answer.unused, \
        (answer.understood, answer.unused, answer.summary)


def test_a_rows_two_columns_apart_said_shorter_first(assistant) -> None:
    # 電子申請の件数: 実績値 620, 目標値 500. The columns are found longest first; they pair in the order said.
    answer = ask(assistant, "東浦市のKPIで、電子申請の件数は実績と目標値でどれだけ差がある？")
    assert (answer.status, answer.value) == ("exact", 120), (answer.understood, answer.unused, answer.summary)


def test_a_session_called_by_its_month_and_a_member_by_name_and_title(minutes) -> None:
    # 「9月議会」 is the 9月定例会 of the title; 「森田議員」 is 質問者 森田 花子議員 (1 and 3), 議員 no condition.
    answer = ask(minutes, "東浦市の9月議会の一般質問で、市長が答弁したのは何件？")
    assert (answer.status, answer.count) == ("exact", 2), (answer.understood, answer.unused, answer.summary)
    answer = ask(minutes, "東浦市議会の9月定例会で森田議員が質問したのは？")
    assert answer.status == "exact" and len(answer.rows) == 2, (answer.understood, answer.unused, answer.summary)
