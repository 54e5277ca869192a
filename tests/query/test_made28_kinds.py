"""Kinds of document and question made28's editions found misread: small made documents for the reader,
and the shipped corpus with made28's documents for the questions only those can ask."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.kinds.generic import loader as generic
from assistant.kinds.generic.structure import is_total_row

TOTAL_WITH_COUNT = ("西沢市 事務事業評価結果一覧\n\nNo.\t事務事業名\t所管課\t決算額（千円）\n"
                    "1\t広報事業\t広報課\t120,000\n2\t防災事業\t防災課\t30,000\n\t合計（2事業）\t\t150,000\n")


def test_a_total_row_saying_how_many_rows_it_sums_is_no_row():
    assert is_total_row(["", "合計（42事業）", "", "1,852,670"]) and is_total_row(["合計(全12件)", "3"])
    assert not is_total_row(["合計(千円)", "3"])  # a unit, not a count: a label of its own
    rows = [r for r in generic.parse(TOTAL_WITH_COUNT, "nishizawa.tsv").records if r.kind == "table_row"]
    assert [r.fields["cells"]["事務事業名"] for r in rows] == ["広報事業", "防災事業"]


# --- with made28's documents in the index ------------------------------------------------------------

@pytest.fixture(scope="module")
def with_made28(tmp_path_factory):
    from assistant.query.conversation import Assistant
    from assistant.store.build import build_index
    from assistant.store.search import open_index
    from tests.conftest import CORPUS

    path = tmp_path_factory.mktemp("made28") / "gyokaku.db"
    build_index([CORPUS, Path(__file__).parents[1] / "questions" / "made28" / "docs"], path)
    return Assistant(open_index(path))


def test_an_amount_in_oku_over_a_column_in_thousands_leaves_the_total_out(with_made28):
    answer = with_made28.ask("日田市の事業で、決算額が1億円以上のものはいくつ？")
    assert answer.value == 4 and not any("合計" in str(r.get("title")) for r in answer.rows)


NEWSLETTER = """\
■ 施設の評価

  施設名            管理者              評価  利用者数（人）前年度比
  ------------------------------------------------------------------
  北町会館          北町文化財団        A           98,450    104.2%
  南町体育館        スポーツ協会        B          152,300     97.8%
  西町プール        スポーツ協会        C            8,640     86.0%
  ------------------------------------------------------------------
  ※評価　S：優れている　A：良好　B：概ね良好
"""


def test_a_header_running_two_labels_together_is_cut_where_the_rows_leave_a_gap():
    from assistant.formats.plain import fixed_width_tables

    lines = fixed_width_tables(NEWSLETTER).split("\n")
    assert lines[2].split("\t") == ["施設名", "管理者", "評価", "利用者数（人）", "前年度比"]
    assert lines[4].split("\t") == ["北町会館", "北町文化財団", "A", "98,450", "104.2%"]
    assert lines[8] == NEWSLETTER.split("\n")[8]  # the note under the rule stays a line of text


def test_the_lower_label_of_a_two_row_heading_is_said_alone(with_made28):
    # 「市の対応」 merged over 対応区分・対応時期: the columns are read as 市の対応対応区分…
    answer = with_made28.ask("豊岡市の推進委員会の意見、対応区分でいちばん多いのは何件？")
    assert answer.status == "exact" and answer.value == 5
    answer = with_made28.ask("豊岡市の委員会の意見で、対応時期が令和6年度中のものはどれですか")
    assert answer.status == "exact" and sorted(r["line"] for r in answer.rows) == [19, 23, 27, 28]


def test_a_column_of_grades_is_said_with_kubun(with_made28):
    answer = with_made28.ask("豊岡市の取組の進捗区分ごとの件数は？")
    assert answer.status == "exact" and answer.count == 4 and not answer.unused


@pytest.mark.parametrize("question, lines", [
    ("加賀市の指定管理施設のうち、利用者数が前年度を下回ったのは何施設？", [19, 21, 22, 24, 25]),
    ("加賀市の指定管理施設のうち、利用者数が前年度を下回らなかったのは何施設？", [18, 20, 23]),
    ("加賀市の指定管理施設で、利用者数が前年より増えたところは？", [18, 20, 23]),
])
def test_a_measure_against_the_year_before_is_read_as_its_ratio_column(with_made28, question, lines):
    answer = with_made28.ask(question)
    assert answer.status == "exact" and sorted(r["line"] for r in answer.rows) == lines


def test_bounds_of_a_number_spelled_in_kana(with_made28):
    answer = with_made28.ask("日田市の事務事業で、達成率が80％みまんの事業は何件ありますか")
    assert answer.status == "exact" and answer.count == 8


def test_rows_under_a_numbered_row_merged_across_the_table_sit_under_it(with_made28):
    # 「３ 公共施設の最適化」 merged across the sheet between its rows: a chapter, said without its number
    answer = with_made28.ask("豊岡市の「公共施設の最適化」の章に入っている取組はどれ？")
    assert answer.status == "exact" and sorted(r["line"] for r in answer.rows) == [25, 26, 27, 28, 29]


def test_the_unit_an_amount_is_asked_in_is_no_condition_on_a_unit_column(with_made28):
    # The sheet has a column 単位 where one row says 千円: 「（千円）」 after the question is not that row.
    answer = with_made28.ask("豊岡市の令和6年度の効果額、実績の合計はいくらになりますか？（千円）")
    assert answer.status == "exact" and answer.value == 388250
    assert with_made28.ask("豊岡市で単位が千円の取組は？").count == 1


def test_two_columns_of_two_years_under_one_merged_heading_compared(with_made28):
    # 「金額」 merged over 令和6年度交付額 | 令和7年度予算額: each is said by its own word, and compared
    answer = with_made28.ask("日田市の補助金で、令和7年度の予算額が令和6年度の交付額より増えたのは？")
    assert answer.status == "exact" and sorted(r["line"] for r in answer.rows) == [16, 23]
    answer = with_made28.ask("日田市の補助金で予算額が交付額より減ったのは？")
    assert answer.status == "exact" and sorted(r["line"] for r in answer.rows) == [11, 13, 14, 19, 21]


def test_a_count_said_in_ten_thousands_by_what_it_counts(with_made28):
    with_made28.ask("加賀市の指定管理施設で評価がSかAのところは？")
    answer = with_made28.ask("そのうち利用者が5万人以上のは？")
    assert answer.status == "exact" and sorted(r["line"] for r in answer.rows) == [18, 20]
    assert answer.question == "そのうち利用者が5万人以上のは？"  # said back as asked


@pytest.mark.parametrize("question, elsewhere", [
    ("加賀市の補助金見直し一覧で廃止になった補助金は何件？", "補助金の見直し結果"),  # named as its file is
    ("日田市の指定管理施設の評価で、Cになった施設はいくつ？", "行革だより"),  # another city's table's caption
])
def test_a_table_only_another_city_holds_is_none_of_the_citys(with_made28, question, elsewhere):
    answer = with_made28.ask(question)
    # (said missing by the reader of documents a city lacks, or with where the other city's table is)
    assert answer.status == "no_match" and answer.count == 0
    assert elsewhere in answer.summary or "索引にありません" in answer.summary


def test_columns_of_years_under_one_merged_heading_are_said_by_their_own_words(with_made28):
    # 「実施期間」 merged over 開始 | 終了 holding R5, R8: 「開始がR5」 is the first of them
    answer = with_made28.ask("豊岡市の取組のうち、進捗がA・B以外で、開始がR5のものは何件？")
    assert answer.status == "exact" and answer.count == 6
    assert with_made28.ask("豊岡市の計画で、終了がR6の取組はいくつ？").count == 4


def test_a_row_called_by_the_first_and_last_words_of_its_name(with_made28):
    answer = with_made28.ask("日田市の敬老会の補助金はどう見直されたんですか")
    assert answer.status == "exact" and [r["line"] for r in answer.rows] == [13]
    assert "77歳以上" in answer.summary
    # 「観光課の補助金」: a department's, four rows, no row named so
    assert with_made28.ask("日田市の補助金で、観光課の補助金は？").count == 4


def test_a_merged_heading_said_blank_is_every_column_under_it_blank(with_made28):
    answer = with_made28.ask("豊岡市の実施計画で効果額が空欄になっている取組はいくつですか")
    assert answer.status == "exact" and answer.count == 8
    assert len([c for c in answer.understood if "空欄" in c["label"]]) == 2


def test_related_to_none_is_the_related_column_blank(with_made28):
    answer = with_made28.ask("豊岡市の委員会で、どの取組にも関係しない意見ってありました？")
    assert answer.status == "exact" and [r["line"] for r in answer.rows] == [28]


def test_an_ordinal_said_before_a_name_the_document_splits_with_the_city(with_made28):
    answer = with_made28.ask("豊岡市の第2回行財政改革推進委員会はいつ開かれましたか")
    assert "令和7年2月18日" in answer.summary


def test_either_year_a_title_names_is_the_documents_own(with_made28):
    # 「令和6年度 事務事業評価結果一覧（令和5年度実施事業）」: 令和5年度決算 is this list's 決算額
    answer = with_made28.ask("日田市の学校教育課の事業、令和5年度決算の合計はいくら？")
    assert answer.status == "exact" and answer.value == 281800
    assert any("令和5年度はこの資料の年度" in n for n in answer.notes)


def test_a_years_column_against_the_year_before_is_the_column_of_that_year(with_made28):
    answer = with_made28.ask("日田市の補助金で、令和7年度の予算が前の年より増えたのは？")
    assert answer.status == "exact" and sorted(r["line"] for r in answer.rows) == [16, 23]


def test_two_years_of_a_span_on_a_column_of_one_year_per_row_are_a_range(with_made28):
    # (was 0件 no_match: 終了がR6 and 終了がR7 both required of one cell)
    answer = with_made28.ask("豊岡市の計画で、R6〜R7に終了する取組はいくつ？")
    assert answer.status == "exact" and answer.count == 7


@pytest.mark.parametrize("question", [
    "豊岡市の計画で、R6〜R7に終わる取組はいくつ？",  # (was 3: R6 read as the report's own year)
    "豊岡市の計画で、令和6年度から令和7年度までに終了する取組はいくつ？",
])
def test_a_span_of_years_said_of_an_end_is_ending_within_them(with_made28, question):
    answer = with_made28.ask(question)
    assert answer.status == "exact" and answer.count == 7
