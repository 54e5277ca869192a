"""Questions over another city's tables said the ways staff say them: values listed before ごと are
groups, 「◎と○以外」 negates both, a legend's wording spoken (遅れてる), a comparison of two columns in a
follow-up keeps the year before, words quoted in a column (備考に「新規」), 1千万円, a word of one
heading (デジタル化の基本方針), a topic (「…については？」), the largest change between two years, a
place without 市, a name in kana, a count in prose 「…によると」, and a document the city has not."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from assistant.query.conversation import Assistant
from assistant.store.build import build_index
from assistant.store.search import open_index

# (番号, 取組項目, 担当課, {年度: (計画, 実績, 進捗, 備考)})
MEASURES = [
    (1, "窓口の委託", "市民課", {5: (1000, 800, "△", ""), 6: (1000, 1200, "◎", "")}),
    (2, "公用車の削減", "管財課", {5: (500, 500, "○", ""), 6: (500, 300, "△", "入札不調")}),
    (3, "ふるさと納税の推進", "企画課", {5: (2500, 2600, "◎", ""), 6: (3000, 4500, "◎", "")}),
    (4, "電子申請の拡大", "情報課", {6: (None, None, "○", "令和6年度新規")}),
    (5, "使用料の見直し", "財政課", {5: (2000, 2500, "◎", ""), 6: (2000, 1500, "△", "")}),
    (6, "庁舎の省エネ", "管財課", {5: (800, 700, "△", ""), 6: (800, 800, "○", "")}),
]


def _workbook() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for year in (6, 5):
        sheet = book.create_sheet(f"令和{year}年度")
        sheet["A1"] = f"敦賀市行政改革実施計画 令和{year}年度 進捗状況"
        sheet["A2"], sheet["G2"] = "（単位：千円）", f"令和{year + 1}年5月末現在"
        for col, text in (("A", "番号"), ("B", "取組項目"), ("C", "担当課"), ("F", "進捗"), ("G", "備考")):
            sheet[f"{col}3"] = text
            sheet.merge_cells(f"{col}3:{col}4")
        sheet["D3"] = "効果額"
        sheet.merge_cells("D3:E3")
        sheet["D4"], sheet["E4"] = "計画", "実績"
        row = 5
        for no, title, office, years in MEASURES:
            if year in years:
                plan, actual, grade, note = years[year]
                for col, value in enumerate((no, title, office, plan, actual, grade, note or None), start=1):
                    sheet.cell(row, col, value)
                row += 1
        sheet.cell(row + 1, 1, "凡例 ◎：計画以上に進んでいる ○：計画どおり △：計画より遅れている ×：未着手")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


PLAN = """敦賀市 行政改革推進計画の取組状況

基本方針1 持続可能な財政運営

No.\t取組名\t所管課\t状況
1\t使用料の改定\t財政課\t実施中
2\t市有地の売却\t管財課\t完了
3\t基金の運用\t会計課\t遅れ

基本方針2 デジタル化による行政サービスの向上

No.\t取組名\t所管課\t状況
4\t電子申請の導入\t情報課\t完了
5\t窓口予約の導入\t市民課\t実施中
6\t会議録の自動作成\t情報課\t検討中
"""

SUBSIDIES = """敦賀市 補助金見直し一覧（令和7年度当初予算）
（単位：千円）
No.\t補助金名\t所管課\tR6予算額\tR7予算額\t見直し区分
1\t町内会補助金\t市民課\t4,000\t4,000\t継続
2\t観光協会補助金\t観光課\t12,000\t9,000\t縮小
3\t保育所運営補助金\t子ども課\t50,000\t55,000\t拡充
4\t婦人会補助金\t生涯学習課\t300\t0\t廃止
"""

NEWSLETTER = """敦賀市 行革だより 第3号

■1 推進委員会を開きました

第2回委員会で、委員から次のようなご意見をいただきました。
（1）窓口の委託は、市民の声を聞いて進めてほしい。
（2）公用車の削減は、災害時の備えにも配慮すること。
（3）使用料の見直しは、近隣市との比較を示してほしい。

■2 職員提案

令和6年度は職員から42件の提案があり、3件を表彰しました。

■3 実施計画の進捗
　計画以上（◎）　2項目
　遅れ（△）　　　2項目
"""

EVALUATION = """敦賀市 事務事業評価結果 令和6年度

事業番号\t事務事業名\t担当課\t決算額（千円）\t評価
K-01\t広報事業\t広報課\t12,000\tA
K-02\t統計事業\t企画課\t8,000\tB
K-03\t研修事業\t職員課\t15,500\tB
K-04\t庁舎管理事業\t管財課\t9,999\tC
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("tsuruga")
    (folder / "敦賀市_実施計画_進捗状況.xlsx").write_bytes(_workbook())
    (folder / "敦賀市_推進計画_取組状況.txt").write_text(PLAN, encoding="utf-8")
    (folder / "敦賀市_補助金見直し一覧.txt").write_text(SUBSIDIES, encoding="utf-8")
    (folder / "敦賀市_行革だより_第3号.txt").write_text(NEWSLETTER, encoding="utf-8")
    (folder / "敦賀市_事務事業評価.txt").write_text(EVALUATION, encoding="utf-8")
    index = Path(folder) / "gyokaku.db"
    assert not build_index([folder], index).skipped
    return Assistant(open_index(index))


def _titles(answer) -> set[str]:
    return {str(r.get("title") or r.get("取組項目") or r.get("取組名") or "") for r in answer.rows}


def _ask(assistant, *turns):
    assistant.reset()
    for turn in turns:
        answer = assistant.ask(turn)
    return answer


def test_values_listed_before_goto_are_the_groups(assistant):
    answer = _ask(assistant, "敦賀市の令和6年度の進捗の◎○△×ごとの件数を教えて")
    assert answer.status == "exact"
    assert {r["group"]: r["count"] for r in answer.rows} == {"◎": 2, "△": 2, "○": 2}


def test_two_values_before_igai_are_both_left_out(assistant):
    answer = _ask(assistant, "敦賀市のR6、◎と○以外の取組はどれ？")
    assert answer.status == "exact" and _titles(answer) == {"公用車の削減", "使用料の見直し"}


def test_a_legends_wording_as_spoken(assistant):
    answer = _ask(assistant, "敦賀市のR6で計画より遅れてる取組は何件？")
    assert answer.status == "exact" and answer.count == 2
    answer = _ask(assistant, "敦賀市の令和6年度の管財課の取組を教えて", "そのうち遅れているのは？")
    assert _titles(answer) == {"公用車の削減"}


def test_a_comparison_in_a_follow_up_is_of_the_year_before(assistant):
    answer = _ask(assistant, "敦賀市の令和6年度で計画額が1,000千円以上の取組は？", "そのうち実績が計画に届かなかったものは？")
    assert answer.status == "exact" and _titles(answer) == {"使用料の見直し"}  # 令和5年度's would be 窓口の委託


def test_words_quoted_in_a_column(assistant):
    answer = _ask(assistant, "敦賀市の令和6年度の取組で、備考に「新規」ってあるのはどれ？")
    assert answer.status == "exact" and _titles(answer) == {"電子申請の拡大"}


def test_a_name_and_a_column_written_in_kana(assistant):
    answer = _ask(assistant, "敦賀市の実施計画で、ふるさとのうぜいの推進のたんとう課はどこですか？")
    assert answer.status == "exact" and answer.value == "企画課"
    assert any("ふるさと納税の推進" in n for n in answer.notes)  # the reading is said


def test_senman_en(assistant):
    answer = _ask(assistant, "敦賀市の事務事業評価で決算額が1千万円以上の事業は何件？")
    assert answer.status == "exact" and answer.count == 2


def test_a_word_of_one_heading_names_its_rows(assistant):
    answer = _ask(assistant, "敦賀市の行政改革推進計画で、デジタル化の基本方針の取組のうち完了してないものは？")
    assert answer.status == "exact" and _titles(answer) == {"窓口予約の導入", "会議録の自動作成"}
    answer = _ask(assistant, "敦賀市の行政改革推進計画で実施中の取組は？", "そのうち財政運営の基本方針のものは？")
    assert _titles(answer) == {"使用料の改定"}


def test_the_largest_decrease_between_two_years(assistant):
    answer = _ask(assistant, "敦賀の補助金で、前年度から減った額がいちばん大きいのはどれ？")
    assert answer.status == "exact" and answer.value == "観光協会補助金"
    answer = _ask(assistant, "敦賀市の補助金で、R6からR7に増えた額が最も大きいのは？")
    assert answer.value == 5000
    # the superlative said first, the amount's word between it and the verb
    answer = _ask(assistant, "敦賀市の補助金でR6からR7にかけていちばん予算が減ったのは？")
    assert (answer.status, answer.value) == ("exact", 3000) and "観光協会補助金" in answer.summary


def test_opinions_after_a_lead_in_and_a_topic_of_them(assistant):
    answer = _ask(assistant, "敦賀市の推進委員会の意見はいくつ出てますか")
    assert answer.status == "exact" and answer.count == 3
    answer = _ask(assistant, "敦賀市の行革だよりで、推進委員会の意見を見せて", "公用車についてはなんて言ってる？")
    assert answer.count == 1 and "災害時の備え" in answer.summary


def test_a_count_in_prose_by_the_document_named(assistant):
    answer = _ask(assistant, "敦賀市の行革だより第3号によると、令和6年度の職員提案は何件あった？")
    assert answer.status == "exact" and answer.value == 42


def test_a_document_the_city_has_not(assistant):
    answer = _ask(assistant, "敦賀市の指定管理者評価でB評価の施設はいくつ？")
    assert answer.status == "no_match" and answer.count == 0 and not answer.rows
    answer = _ask(assistant, "敦賀市の行革計画で遅れている取組は？")  # an abbreviation of a title it has
    assert answer.status != "no_match" and "索引にありません" not in answer.summary


def test_a_sheet_per_year_keeps_its_unit_and_drops_its_first_year(assistant):
    answer = _ask(assistant, "敦賀市の令和6年度、効果額の計画の合計はいくら？")
    assert answer.status == "exact" and answer.value == 7300
    # the note beside the title gave the unit; the table is of both sheets, not of the first sheet's year
    assert "7,300千円" in answer.summary and "（敦賀市行政改革実施計画 進捗状況の表）" in answer.summary


def test_a_word_of_the_documents_name_is_no_column(assistant):
    # 評価 of 「事務事業評価で」 names the document; the rows are listed, no 評価 asked
    answer = _ask(assistant, "敦賀市の事務事業評価で広報課の事業は？")
    assert answer.status == "exact" and _titles(answer) == {"広報事業"}
    assert not any(u["label"].endswith("を答える") for u in answer.understood)


def test_an_abbreviated_title_is_used_and_the_first_headings_caption_not_shown(assistant):
    answer = _ask(assistant, "敦賀市の行政改革推進計画で実施中の取組は？")
    assert answer.status == "exact" and _titles(answer) == {"使用料の改定", "窓口予約の導入"}
    assert "「基本方針1" not in answer.summary  # the rows sit under two headings; the first is not the table's
    answer = _ask(assistant, "敦賀市の行革推進計画で完了した取組は？")  # 行革 of 行政改革
    assert answer.status == "exact" and _titles(answer) == {"市有地の売却", "電子申請の導入"}


def test_words_in_a_column_unquoted(assistant):
    answer = _ask(assistant, "敦賀市の令和6年度の取組で備考に入札とあるものは？")
    assert answer.status == "exact" and _titles(answer) == {"公用車の削減"}


def test_a_decrease_from_the_year_before(assistant):
    answer = _ask(assistant, "敦賀市の補助金で予算額が前年度から減ったのはどれ？")
    assert answer.status == "exact" and _titles(answer) == {"観光協会補助金", "婦人会補助金"}


def test_a_heading_word_is_shown_as_the_heading(assistant):
    answer = _ask(assistant, "敦賀市の行政改革推進計画で、デジタル化の取組は何件？")
    assert answer.status == "exact" and answer.count == 3 and "でじたる" not in answer.summary


def test_a_stated_count_by_its_wording_without_the_mark(assistant):
    answer = _ask(assistant, "敦賀市の行革だよりによると計画以上は何項目？")
    assert answer.status == "exact" and answer.value == 2


def test_a_remark_beside_a_grade_is_no_legend(assistant):
    # 「△ | 入札不調」 in a row is a grade and a remark: the legend's order (◎ ○ △ ×) ranks the grades
    answer = _ask(assistant, "敦賀市の令和6年度で進捗が下がった取組は？")
    assert answer.status == "exact" and _titles(answer) == {"公用車の削減", "使用料の見直し"}
    answer = _ask(assistant, "敦賀市の令和6年度で進捗が上がった取組は？")
    assert _titles(answer) == {"窓口の委託", "庁舎の省エネ"}


def test_the_headings_are_called_by_what_they_all_are(assistant):
    answer = _ask(assistant, "敦賀市の行政改革推進計画で、基本方針ごとの件数は？")
    assert answer.status == "exact" and sorted(r["count"] for r in answer.rows) == [3, 3]


@pytest.mark.parametrize("word,title,named", [
    ("補助金見直し", "北見沢市補助金等見直し結果一覧(令和7年度当初予算反映分)", True),  # 等 left out, the verb's kana kept
    ("補助金見直し一覧", "北見沢市補助金等見直し結果一覧(令和7年度当初予算反映分)", True),
    ("行革計画", "第3次行政改革推進計画", True),
    ("補助金見直し", "北見沢市補助金交付要綱", False),
    ("見直し", "補助金等見直し結果一覧", False),  # too short to name a document
])
def test_a_documents_name_shortened_with_a_verb_in_it(word, title, named):
    from assistant.query.tables.answer import _abbreviates

    assert _abbreviates(word, title) is named
