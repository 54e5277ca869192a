"""Layouts of other cities' tables as made61 found them misread: a workbook with a sheet per 部 whose
records each take two rows (one per fiscal year, the number and name merged over the pair, a 部計 pair
under each table), label/value tables per measure in Word with 「―」 amounts, facilities as <dl> lists
with areas in ㎡, a fee list asked 「いくら」, and why a cell prints 「―」 (a note under the table names the
row by its code). Small documents of made-up cities, indexed alone."""
from __future__ import annotations

import io

import pytest

from tests.conversation_helpers import ask, assistant_over, titles

SHEETS = {
    "総務部": [("S-01", "文書管理事業", "総務課", (18420, 17980), "電子決裁率（％）", (72.5, 84.1), "継続"),
              ("S-02", "職員研修事業", "人事課", (9850, 10320), "受講者数（人）", (1240, 1386), "拡充"),
              ("S-03", "公用封筒作成事業", "総務課", (2480, 2150), "作成枚数（千枚）", (620, 540), "廃止")],
    "環境部": [("E-01", "ごみ減量啓発事業", "環境課", (7420, 7150), "資源化率（％）", (24.8, 25.6), "継続"),
              ("E-02", "環境フェア開催事業", "環境課", (5200, "―"), "来場者数（人）", (12000, "―"), "廃止"),
              ("E-03", "不法投棄監視事業", "環境保全課", (11800, 12400), "回収件数（件）", (410, 365), "継続")],
}


def workbook() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in SHEETS.items():
        sheet = book.create_sheet(name)
        sheet.append([f"南浜市 事務事業評価結果（令和6年度実施） {name}"])
        sheet.append([])
        sheet.append(["事業番号", "事業名", "担当課", "年度", "事業費（千円）", "成果指標", "指標値", "評価"])
        for number, title, office, costs, indicator, values, grade in rows:
            top = sheet.max_row + 1
            for n, year in enumerate(("令和4年度", "令和5年度")):
                first = n == 0
                sheet.append([number if first else None, title if first else None, office if first else None, year,
                              costs[n], indicator if first else None, values[n], grade if first else None])
            for column in "ABCFH":
                sheet.merge_cells(f"{column}{top}:{column}{top + 1}")
        top = sheet.max_row + 1
        sheet.append(["部計", None, None, "令和4年度", sum(r[3][0] for r in rows if isinstance(r[3][0], int))])
        sheet.append([None, None, None, "令和5年度", sum(r[3][1] for r in rows if isinstance(r[3][1], int))])
        sheet.merge_cells(f"A{top}:C{top}")
        sheet.append([])
        if name == "環境部":
            sheet.append(["※1 E-02 の令和5年度は荒天のため開催を中止したため「―」とした。"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


FACILITIES = """<html><head><title>西浜市 公共施設の集約化の状況</title></head><body>
<h1>西浜市 公共施設の集約化の状況</h1>
<section><h2>北地区</h2>
<h3>北市民プール</h3><dl><dt>延床面積</dt><dd>―</dd><dt>方針</dt><dd>廃止</dd><dt>年間維持管理費</dt><dd>18,400千円</dd></dl>
<h3>北公民館分室</h3><dl><dt>延床面積</dt><dd>420.5㎡</dd><dt>方針</dt><dd>集約化</dd><dt>年間維持管理費</dt><dd>3,250千円</dd></dl>
<h3>北児童館</h3><dl><dt>延床面積</dt><dd>560.8㎡</dd><dt>方針</dt><dd>複合化</dd><dt>年間維持管理費</dt><dd>6,720千円</dd></dl>
</section><section><h2>南地区</h2>
<h3>南市民センター別館</h3><dl><dt>延床面積</dt><dd>1,240.0㎡</dd><dt>方針</dt><dd>集約化</dd><dt>年間維持管理費</dt><dd>9,880千円</dd></dl>
<h3>南図書室</h3><dl><dt>延床面積</dt><dd>285.4㎡</dd><dt>方針</dt><dd>複合化</dd><dt>年間維持管理費</dt><dd>4,310千円</dd></dl>
</section></body></html>
"""

FEES = """東浜市 証明手数料一覧（令和7年4月1日現在）

コード\t区分\t手数料名\t単位\t金額（円）\t前回改定日\t所管課
A01\t戸籍\t戸籍謄本・抄本\t1通\t450\t―\t市民課
B01\t住民票\t住民票の写し\t1通\t300\t2019/10/01\t市民課
D04\t税\t軽自動車税納税証明書\t1通\t無料\t―\t市民税課
E01\tその他\t犬の登録\t1頭\t3000\t2000/04/01\t環境保全課
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pairs")
    (folder / "南浜市_事務事業評価結果.xlsx").write_bytes(workbook())
    (folder / "西浜市_公共施設の集約化の状況.html").write_text(FACILITIES, encoding="utf-8")
    (folder / "東浜市_証明手数料一覧.txt").write_text(FEES, encoding="utf-8")
    return assistant_over(folder)


def test_a_record_on_two_year_rows_is_counted_once(assistant) -> None:
    answer = ask(assistant, "南浜市の事務事業評価で廃止になった事業は何件ありますか")
    assert answer.status == "exact" and answer.count == 2
    assert titles(answer) == ["公用封筒作成事業", "環境フェア開催事業"]


def test_the_year_rows_are_columns_of_their_year(assistant) -> None:
    up = ask(assistant, "南浜市の事務事業で、令和4年度より令和5年度のほうが事業費が増えたものは何件？")
    assert up.status == "exact" and up.count == 2  # S-02, E-03; E-02's 「―」 is not compared
    most = ask(assistant, "南浜市の環境部の事業で、令和5年度の事業費がいちばん大きいのはどれ？")
    assert most.status == "exact" and most.value == "不法投棄監視事業"


def test_a_sheet_per_department_and_its_total_pair(assistant) -> None:
    total = ask(assistant, "南浜市の総務部の令和5年度の事業費の合計は？")
    assert total.status == "exact" and total.value == 17980 + 10320 + 2150
    both = ask(assistant, "南浜市の事務事業評価で継続になったのはいくつありますか", "そのうち環境部のものは？")
    assert both.status == "exact" and both.count == 2


def test_why_a_cell_prints_a_dash_is_the_note_naming_its_code(assistant) -> None:
    answer = ask(assistant, "南浜市の環境フェア開催事業って、令和5年度はなんで「―」なんでしょう")
    assert answer.status == "search" and "荒天" in answer.summary


def test_areas_in_square_metres_are_figures(assistant) -> None:
    largest = ask(assistant, "西浜市の一覧で、延床面積がいちばん大きい施設は？")
    assert largest.status == "exact" and "南市民センター別館" in largest.summary
    summed = ask(assistant, "西浜市で複合化する施設の延床面積は合計で何㎡ですか")
    assert summed.status == "exact" and abs(summed.value - 846.2) < 0.01


def test_a_quoted_dash_is_the_cells_printing_it(assistant) -> None:
    answer = ask(assistant, "東浜市の手数料で前回改定日が「―」のものは何件？")
    assert answer.status == "exact" and answer.count == 2


def test_how_much_of_one_row_is_its_money_column(assistant) -> None:
    answer = ask(assistant, "東浜市の住民票の写しの手数料っていくらでしたっけ")
    assert answer.status == "exact" and answer.value == 300


DATED = """<html><head><title>西浜市 公共施設の集約化・廃止等の状況</title></head><body>
<h1>西浜市 公共施設の集約化・廃止等の状況（令和7年4月1日現在）</h1>
<h3>東公民館分室</h3><dl><dt>施設分類</dt><dd>集会施設</dd><dt>方針</dt><dd>集約化</dd><dt>実施日</dt><dd>2025年3月31日</dd><dt>年間維持管理費</dt><dd>1,000千円</dd></dl>
<h3>東老人いこいの家</h3><dl><dt>施設分類</dt><dd>集会施設</dd><dt>方針</dt><dd>譲渡</dd><dt>実施日</dt><dd>令和7年4月1日</dd><dt>年間維持管理費</dt><dd>1,000千円</dd></dl>
<h3>東児童館</h3><dl><dt>施設分類</dt><dd>集会施設</dd><dt>方針</dt><dd>複合化</dd><dt>実施日</dt><dd>2026年4月1日（予定）</dd><dt>年間維持管理費</dt><dd>1,000千円</dd></dl>
<h3>東公民館</h3><dl><dt>施設分類</dt><dd>集会施設</dd><dt>方針</dt><dd>継続</dd><dt>実施日</dt><dd>―</dd><dt>年間維持管理費</dt><dd>1,000千円</dd></dl>
<h3>東テニスコート</h3><dl><dt>施設分類</dt><dd>集会施設</dd><dt>方針</dt><dd>廃止</dd><dt>実施日</dt><dd>令和8年3月31日（予定）</dd><dt>年間維持管理費</dt><dd>1,000千円</dd></dl>
<h3>東市民プール</h3><dl><dt>施設分類</dt><dd>集会施設</dd><dt>方針</dt><dd>廃止</dd><dt>実施日</dt><dd>2025年9月30日</dd><dt>年間維持管理費</dt><dd>1,000千円</dd></dl>
</body></html>
"""


@pytest.fixture(scope="module")
def dated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dated")
    (folder / "東町_公共施設の状況.html").write_text(DATED.replace("西浜市", "東町"), encoding="utf-8")
    (folder / "東浜市_証明手数料一覧.txt").write_text(FEES, encoding="utf-8")
    return assistant_over(folder)


def test_when_a_verb_was_done_is_the_column_its_noun_names(dated) -> None:
    answer = ask(dated, "東浜市の犬の登録の手数料は？", "それは前回いつ改定されましたか")
    assert answer.status == "exact" and answer.value == "2000/04/01"


def test_never_done_is_no_day_written(dated) -> None:
    answer = ask(dated, "東浜市の手数料で、制定してから一度も改定されていないものは何件？")
    assert answer.status == "exact" and answer.count == 2


def test_not_done_yet_over_days_marked_planned(dated) -> None:
    answer = ask(dated, "東町で令和7年4月1日の時点でまだ実施されていない（予定の）施設は何か所？")
    assert answer.status == "exact" and titles(answer) == ["東テニスコート", "東児童館"]


def test_a_calendar_year_said_with_naka_and_the_titles_own_list(dated) -> None:
    answer = ask(dated, "東町の施設で、2025年中に集約化や廃止などが実施された（される）のはいくつ？")
    assert answer.status == "exact" and answer.count == 3


PAIRS_TEXT = """北浜町 事務事業評価結果（令和6年度実施）

事業番号\t事業名\t担当課\t年度\t事業費（千円）\t成果指標\t指標値\t評価
K-01\t子育て講座開催事業\tこども課\t令和4年度\t―\t参加者数（人）\t―\t継続
\t\t\t令和5年度\t1,880\t\t310\t
K-02\t放課後子ども教室運営事業\t青少年課\t令和4年度\t45,600\t参加児童数（人）\t8,900\t継続
\t\t\t令和5年度\t47,200\t\t9,350\t
K-03\t児童手当紙申請受付事業\t子育て支援課\t令和4年度\t4,760\t処理件数（件）\t3,900\t縮小
\t\t\t令和5年度\t4,020\t\t3,100\t
部計\t\t\t令和4年度\t50,360
\t\t\t令和5年度\t53,100

※1 「―」は当該年度に事業を実施していないもの（K-01 は令和5年度新規事業）。
"""


@pytest.fixture(scope="module")
def blank_pairs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("blank_pairs")
    (folder / "北浜町_事務事業評価結果.txt").write_text(PAIRS_TEXT, encoding="utf-8")
    return assistant_over(folder)


def test_year_rows_whose_lower_cells_are_blank(blank_pairs) -> None:
    counted = ask(blank_pairs, "北浜町の事務事業評価で継続の事業は何件？")
    assert counted.status == "exact" and counted.count == 2
    total = ask(blank_pairs, "北浜町の令和5年度の事業費の合計は？")
    assert total.status == "exact" and total.value == 53100


def test_a_measure_named_by_the_column_naming_each_rows_measure(blank_pairs) -> None:
    grew = ask(blank_pairs, "北浜町の放課後子ども教室運営事業の参加児童数は、令和4年度から令和5年度で何人増えましたか")
    assert grew.status == "exact" and grew.value == 450


def test_why_a_dash_is_answered_by_the_note(blank_pairs) -> None:
    answer = ask(blank_pairs, "北浜町の子育て講座開催事業、令和4年度の欄が「―」になっているのはなぜですか")
    assert answer.status == "search" and "令和5年度新規事業" in answer.summary


PEOPLE = """南山市 庁内コピー用紙使用量（令和5年度）

部名\t職員数（人）\t使用量（千枚）
総務部\t210\t1,420
市民部\t248\t2,310
保健福祉部\t395\t3,050
建設部\t230\t1,180
"""


def test_per_person_figures_are_computed_and_said_so(tmp_path) -> None:
    (tmp_path / "南山市_コピー用紙使用量.txt").write_text(PEOPLE, encoding="utf-8")
    answer = ask(assistant_over(tmp_path), "南山市で職員1人当たりのコピー用紙使用量がいちばん多い部はどこですか")
    assert answer.status == "exact" and answer.value == "市民部"  # 9.31 over 保健福祉部's 7.72
    assert "÷" in answer.summary


MEASURES = """西山市行財政改革推進計画 推進状況報告書（令和6年度末）

取組1　会議資料のペーパーレス化

取組番号\t1
取組項目\t会議資料のペーパーレス化
所管課\t総務室
進捗状況\t順調
効果額（百万円）\t3.2


取組2　窓口キャッシュレス決済の導入

取組番号\t2
取組項目\t窓口キャッシュレス決済の導入
所管課\t市民総務室
進捗状況\t完了
効果額（百万円）\t―


取組3　職員駐車場の有料化

取組番号\t3
取組項目\t職員駐車場の有料化
所管課\t人事室
進捗状況\t完了
効果額（百万円）\t6.9


注記

※1 効果額の「―」は金額換算が困難なもの。
※2 取組3の効果額は、令和6年10月から令和7年3月までの6か月分。
"""


def test_what_a_figure_covers_asked_after_its_row(tmp_path) -> None:
    (tmp_path / "西山市_推進状況報告書.txt").write_text(MEASURES, encoding="utf-8")
    assistant = assistant_over(tmp_path)
    answer = ask(assistant, "西山市の職員駐車場の有料化の効果額は？", "それは何か月分の額ですか")
    assert answer.status == "search" and "6か月分" in answer.summary
    dashed = ask(assistant, "西山市の取組のうち、効果額が「―」になっているのはいくつ？")
    assert dashed.status == "exact" and dashed.count == 1


BUILDINGS = """東山市 公共施設個別施設計画 概要版

施設類型\t施設名\t建築年\t延床面積（㎡）\t方向性
集会施設\t東山公民館\t昭和48年\t1,200.5\t長寿命化
\t西山公民館\t昭和55年\t980.0\t建替
\t南山集会所\t平成3年\t320.4\t現状維持
子育て支援施設\t東山児童館\t昭和52年\t410.0\t長寿命化
\t西山児童館\t平成元年\t380.2\t複合化
\t南山保育園\t平成8年\t760.8\t長寿命化
"""


def test_a_column_of_each_rows_own_year_is_no_year_row_pair(tmp_path) -> None:
    # 施設類型 merged down its rows and a year per building: six buildings, not two records by year
    (tmp_path / "東山市_個別施設計画.txt").write_text(BUILDINGS, encoding="utf-8")
    assistant = assistant_over(tmp_path)
    answer = ask(assistant, "東山市の個別施設計画で長寿命化する施設は何件？")
    assert answer.status == "exact" and answer.count == 3
    summed = ask(assistant, "東山市の個別施設計画で、長寿命化する施設の延床面積を合計すると？")
    assert abs(summed.value - (1200.5 + 410.0 + 760.8)) < 0.01


FEE_KINDS = """南浜市 証明手数料一覧

コード\t区分\t手数料名\t金額（円）\t所管課
A01\t戸籍\t戸籍謄本\t450\t市民課
A02\t戸籍\t除籍謄本\t750\t市民課
B01\t住民票\t住民票の写し\t300\t市民課
B02\t住民票\t住民票記載事項証明書\t300\t市民課
D01\t税\t所得証明書\t300\t市民税課
D02\t税\t納税証明書\t300\t納税課
D03\t税\t軽自動車税納税証明書\t無料\t市民税課
"""


def test_a_one_kanji_kind_of_a_category_column(tmp_path) -> None:
    # 区分 戸籍 | 住民票 | 税: 「税関係」 is the kind 税; its fee 無料 is 0, the cheapest
    (tmp_path / "南浜市_証明手数料一覧.txt").write_text(FEE_KINDS, encoding="utf-8")
    assistant = assistant_over(tmp_path)
    answer = ask(assistant, "南浜市の税関係の手数料は何件ありますか")
    assert answer.status == "exact" and answer.count == 3
    free = ask(assistant, "南浜市の税関係の手数料は何件ありますか", "そのうち無料のものはどれ？")
    assert free.status == "exact" and titles(free) == ["軽自動車税納税証明書"]
    cheapest = ask(assistant, "南浜市の手数料でいちばん安いのは？")
    assert cheapest.status == "exact" and "軽自動車税納税証明書" in cheapest.summary


def test_a_dash_explained_by_its_columns_note_and_why_left_unread(tmp_path) -> None:
    page = FACILITIES.replace("</section></body>", "</section><p>※1 北市民プールの年間維持管理費は令和5年度決算額。</p>"
                              "<p>※2 延床面積の「―」は屋外施設のため該当なし。</p></body>")
    (tmp_path / "西浜市_公共施設の集約化の状況.html").write_text(page, encoding="utf-8")
    (tmp_path / "西山市_推進状況報告書.txt").write_text(
        MEASURES.replace("※2 取組3の効果額は", "※2 取組3の効果額6.9百万円は売却収入ではなく、"), encoding="utf-8")
    assistant = assistant_over(tmp_path)
    area = ask(assistant, "西浜市の北市民プールの延床面積は？")
    assert "屋外施設" in area.summary and area.value == "―"  # the column's note, not ※1 naming the pool
    why = ask(assistant, "西山市の取組3の効果額はなぜ大きいのですか")
    assert why.status == "search" and "売却収入ではなく" in why.summary
