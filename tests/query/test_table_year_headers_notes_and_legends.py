"""Generic tables of shapes other cities print (made documents of a fictional 南岡市, indexed together):

* a workbook whose two-row header puts a 西暦 year (2024年, no 年度) over 計画値 | 実績値, with a
  「（再掲）うち…」 row (asked by its name, never counted or summed) and a ※ note named by a row's mark;
* a Word report of label blocks (【事業名】…) each followed by a small yearly table, one cell 「8,200※」 with
  its ※ paragraph;
* a web timeline of ●/○/― by year with a legend line of marks (「● 電子申請の開始 ○ 準備 ― 対応予定なし」),
  a tally row under it and a note defining a quoted word;
* a text of numbered items 「(n) 取組名」 whose sentences state an amount and the office in brackets.
"""
from __future__ import annotations

import pytest
from docx import Document
from openpyxl import Workbook

from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over, titles


def _workbook(path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "進捗"
    ws.append(["南岡市職員数管理計画 進捗状況"])
    ws.append(["（単位：人）"])
    ws.append([])
    ws.append(["部門", "2024年", None, "2025年", None, "増減（人）", "備考"])
    ws.append([None, "計画値", "実績値", "計画値", "実績値", None, None])
    ws.merge_cells("A4:A5")
    ws.merge_cells("B4:C4")
    ws.merge_cells("D4:E4")
    ws.append(["一般行政", "900", "910", "890", "884", "▲26", None])
    ws.append(["（再掲）うち司書", "40", "41", "38", "37", "▲4", None])
    ws.append(["教育", "300", "298", "296", "301", "3", None])
    ws.append(["消防", "200", "200", "202", "205", "5", "※2"])
    ws.append(["合計", "1,400", "1,408", "1,388", "1,390", "▲18", None])
    ws.append([])
    ws.append(["※1 （再掲）欄は一般行政部門の内数であり、合計には含まない。"])
    ws.append(["※2 消防部門の2025年の実績値には応援派遣の職員2人を含む。"])
    wb.save(path)


def _blocks_docx(path) -> None:
    doc = Document()
    doc.add_heading("南岡市 事業点検結果報告書", level=1)
    blocks = [("図書館運営事業", "生涯学習課", "拡充", ["15,100", "15,600"], ["201,000", "214,500"]),
              ("市民農園管理事業", "農政課", "縮小", ["3,900", "8,200※"], ["1,210", "1,180"]),
              ("公衆浴場補助事業", "福祉課", "廃止・休止", ["2,400", "2,350"], ["18,400", "17,100"])]
    for n, (name, office, grade, cost, used) in enumerate(blocks, 1):
        doc.add_paragraph(f"点検対象事業 {n}")
        doc.add_paragraph(f"【事業名】{name}")
        doc.add_paragraph(f"【所管】{office}")
        doc.add_paragraph(f"【評価】{grade}")
        doc.add_paragraph(f"【委員コメント】{name}は利用状況を踏まえて見直されたい。")
        table = doc.add_table(rows=3, cols=3)
        for row, cells in zip(table.rows, [("区分", "令和5年度", "令和6年度"), ("事業費（千円）", *cost),
                                           ("利用者数（人）", *used)]):
            for cell, text in zip(row.cells, cells):
                cell.text = text
        if "※" in "".join(cost):
            doc.add_paragraph("※ 令和6年度の事業費には、区画の造成工事の一時経費4,100千円を含む。")
    doc.save(path)


_TIMELINE = """<html><head><title>南岡市 手続の電子化計画</title></head><body>
<h1>南岡市 手続の電子化計画（令和7年度～令和9年度）</h1>
<table><thead><tr><th rowspan="2">手続名</th><th rowspan="2">所管課</th><th rowspan="2">現状</th><th colspan="3">実施予定</th></tr>
<tr><th>令和7年度</th><th>令和8年度</th><th>令和9年度</th></tr></thead>
<tbody>
<tr><td>住民票の写しの請求</td><td>市民課</td><td>一部電子</td><td>●</td><td></td><td></td></tr>
<tr><td>転入届</td><td>市民課</td><td>窓口のみ</td><td>○</td><td>●</td><td></td></tr>
<tr><td>犬の登録・鑑札の交付</td><td>環境課</td><td>窓口のみ</td><td>―</td><td>―</td><td>●</td></tr>
<tr><td>就学援助の申請</td><td>学務課</td><td>窓口・郵送</td><td>―</td><td>―</td><td>―</td></tr>
<tr><td>道路使用の協議</td><td>道路課</td><td>一部電子</td><td>○</td><td>●</td><td></td></tr>
</tbody>
<tfoot><tr><td>電子申請開始（●）の件数</td><td></td><td></td><td>1</td><td>2</td><td>1</td></tr></tfoot></table>
<p>凡例：● 電子申請の開始 ○ システム改修等の準備 ― 対応予定なし （●の翌年度以降は空欄）</p>
<p>※ 現状欄の「一部電子」は、添付書類がない場合に限り電子申請できることを示す。</p>
</body></html>"""

_ITEMS = """南岡市行政改革の取組実績（令和6年度）

1　概要
　各取組の末尾の括弧内は担当課である。

2　主な取組の実績
(1) 窓口業務の委託
　証明書の発行窓口を民間事業者に委託したことにより、年間約2,100千円の削減となった（市民課）。

(2) 遊休地の売却
　未利用の市有地2件を売却し、約9,800千円の増収となった（管財課）。

(3) 使用料の改定
　体育施設の使用料を改定し、約1,300千円の増収となった（財政課）。

(4) 補助金の整理
　終期を迎えた補助金5件を廃止したことにより、年間約3,000千円の削減となった（財政課）。

(5) 時間外勤務の縮減
　業務の平準化により時間外勤務が減少した。なお、効果額は算定していない（職員課）。

3　効果額のまとめ
　(1)から(4)までの取組による効果額の合計は、約16,200千円である。
※ (4)の効果額は、平年度ベースでは年間約3,600千円を見込む。
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("year_headers_notes_legends")
    _workbook(folder / "minamioka_shokuinsu.xlsx")
    _blocks_docx(folder / "minamioka_tenken.docx")
    (folder / "minamioka_denshika.html").write_text(_TIMELINE, encoding="utf-8")
    (folder / "minamioka_jisseki.txt").write_text(_ITEMS, encoding="utf-8")
    return assistant_over(folder)


# --- a 西暦 year over 計画値 | 実績値; a restated row; a row's note --------------------------------

@pytest.mark.parametrize("question,value", [
    ("南岡市の職員数管理計画で、教育の2025年の実績値は何人ですか", 301),
    ("南岡市の職員数管理計画で2024年の消防の計画値は？", 200),
    ("南岡市の職員数管理計画の2025年の実績値の合計は何人？", 1390),  # (the 再掲 row not added)
    ("南岡市の職員数管理計画で、2024年の実績値の部門平均は何人？", 469.33),
    ("南岡市の職員数管理計画で、教育は2025年に計画より何人多かった？", 5),
])
def test_a_calendar_year_over_two_columns_is_that_years_column(assistant, question, value) -> None:
    answer = ask(assistant, question)
    assert answer.status == "exact" and answer.value == pytest.approx(value, abs=0.01), answer.summary


def test_the_measure_asked_next_keeps_the_year_asked_before(assistant) -> None:
    answer = ask(assistant, "南岡市の職員数管理計画で、消防の2025年の実績値は？", "計画値だと？")
    assert (answer.status, answer.value) == ("exact", 202), answer.summary


def test_a_restated_row_answers_when_named_and_is_never_counted(assistant) -> None:
    answer = ask(assistant, "南岡市の職員数管理計画で司書の2025年の実績は何人ですか")
    assert (answer.status, answer.value) == ("exact", 37), answer.summary
    assert any("再掲" in n for n in answer.notes), answer.notes
    counted = ask(assistant, "南岡市の職員数管理計画で、2025年に実績値が計画値を上回った部門はいくつ？")
    assert counted.count == 2, counted.summary  # 教育・消防; 司書 (37 < 38) is no 部門 either way


def test_a_word_only_a_note_naming_the_row_says_is_shown_from_the_note(assistant) -> None:
    answer = ask(assistant, "南岡市の職員数管理計画で、消防の2025年の実績に含まれる応援派遣の職員は何人？")
    assert answer.status == "search" and "応援派遣の職員2人" in answer.summary, answer.summary


# --- label blocks each with a yearly table ---------------------------------------------------

def test_a_blocks_name_picks_its_table(assistant) -> None:
    answer = ask(assistant, "南岡市の事業点検で図書館運営事業の令和6年度の事業費はいくら？")
    assert (answer.status, answer.value) == ("exact", 15600), answer.summary
    grown = ask(assistant, "南岡市の事業点検、図書館運営事業の利用者数は令和5年度から令和6年度で何人増えた？")
    assert (grown.status, grown.value) == ("exact", 13500), grown.summary


def test_a_marked_cell_is_answered_with_its_note(assistant) -> None:
    answer = ask(assistant, "南岡市の事業点検で市民農園管理事業の令和6年度の事業費は？")
    assert answer.value == 8200 and "一時経費4,100千円" in answer.summary, answer.summary


def test_the_tail_of_a_compound_column_says_it(assistant) -> None:
    answer = ask(assistant, "南岡市の事業点検で、廃止すべきとされた事業について委員はどんなコメントをしていますか")
    assert answer.status == "exact" and "公衆浴場補助事業は" in str(answer.value), answer.summary


# --- a timeline of marks with a legend ---------------------------------------------------------

def test_a_tally_row_is_no_row(assistant) -> None:
    answer = ask(assistant, "南岡市の手続の電子化計画で、市民課の手続はいくつありますか")
    assert (answer.status, answer.count) == ("exact", 2), answer.summary
    every = ask(assistant, "南岡市の手続の電子化計画の手続は何件？")
    assert every.count == 5, every.summary


def test_the_legends_start_mark_is_what_begins(assistant) -> None:
    answer = ask(assistant, "南岡市の電子化計画で、令和8年度に電子申請が始まる手続は何件？")
    assert (answer.status, answer.count) == ("exact", 2), answer.summary
    assert titles(answer) == ["転入届", "道路使用の協議"]
    when = ask(assistant, "南岡市で転入届の電子申請はいつから始まる予定ですか")
    assert (when.status, when.value) == ("exact", "令和8年度"), when.summary  # ○ of 令和7年度 is a preparation


def test_no_plan_at_all_is_the_dash_in_every_year(assistant) -> None:
    answer = ask(assistant, "南岡市の電子化計画で、令和9年度まで電子化の予定がまったくない手続は？")
    assert answer.status == "exact" and titles(answer) == ["就学援助の申請"], answer.summary
    earlier = ask(assistant, "南岡市の電子化計画で、令和8年度まで予定がない手続は？")
    assert sorted(titles(earlier)) == sorted(["犬の登録・鑑札の交付", "就学援助の申請"]), earlier.summary


def test_a_name_joining_two_things_is_said_by_its_first(assistant) -> None:
    answer = ask(assistant, "南岡市の電子化計画で、犬の登録の現状は？")
    assert (answer.status, answer.value) == ("exact", "窓口のみ"), answer.summary


def test_a_quoted_word_is_explained_by_the_sentence_defining_it(assistant) -> None:
    answer = ask(assistant, "南岡市の電子化計画の「一部電子」ってどういう意味ですか")
    assert answer.status == "search" and "添付書類がない場合に限り" in answer.summary, answer.summary


# --- numbered items whose sentences state an amount and an office --------------------------------

@pytest.mark.parametrize("question,value", [
    ("南岡市の行政改革の取組実績で、効果額の合計はいくらですか", 16200),
    ("南岡市の取組実績で、窓口業務の委託の効果額は？", 2100),
])
def test_an_items_sentence_gives_its_amount(assistant, question, value) -> None:
    answer = ask(assistant, question)
    assert (answer.status, answer.value) == ("exact", value), answer.summary


def test_the_office_in_brackets_and_the_kind_of_amount(assistant) -> None:
    answer = ask(assistant, "南岡市の取組実績で財政課が担当している取組は何件？")
    assert (answer.status, answer.count) == ("exact", 2), answer.summary
    top = ask(assistant, "南岡市の取組実績で、効果額がいちばん大きい取組はどれですか")
    assert top.value == "遊休地の売却", top.summary
    raised = ask(assistant, "南岡市の取組実績で増収になった取組は何件？", "合計するといくら？")
    assert (raised.status, raised.value) == ("exact", 11100), raised.summary


def test_an_item_said_by_its_bracketed_number(assistant) -> None:
    answer = ask(assistant, "南岡市の行政改革の取組実績で、(2)の取組は何？", "効果額はいくら？")
    assert (answer.status, answer.value) == ("exact", 9800), answer.summary


def test_a_note_naming_an_item_by_its_number(assistant) -> None:
    answer = ask(assistant, "南岡市の補助金の整理って、平年度だとどれくらいの効果を見込んでるの？")
    assert answer.status == "search" and "3,600千円" in answer.summary, answer.summary
