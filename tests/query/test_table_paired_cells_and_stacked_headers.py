"""Tables of other cities in shapes read since made57: a Word table per 部局 whose cell holds two figures
under a paired header (出席者数／定数（人） over 「7／9」, 「―／12」 for a meeting held in writing); a figure
of one named thing repeated on each of its rows (定数 of a council met twice) is that figure, not a sum;
values offered as a choice (「公開ですか、非公開ですか」) ask the column; a text table whose labels are one
space apart with a group label on the line above (no rule), its numbers right-aligned, a note naming a row;
a subtotal saying what it counts before the number (小計（売却2件）). Made-up cities, indexed alone."""
from __future__ import annotations

import unicodedata

import pytest
from docx import Document

from assistant.formats.plain import fixed_width_tables
from assistant.query.conversation import Assistant
from tests.conversation_helpers import ask, assistant_over

_MEETINGS = {  # heading → rows: 会議名, 回, 開催日, 出席者数／定数（人）, 公開・非公開
    "企画局（3回）": [("東山市行政改革推進会議", "第1回", "令和6年6月3日（月）", "7／9", "公開"),
                    ("東山市行政改革推進会議", "第2回", "令和7年2月10日（月）", "9／9", "公開"),
                    ("東山市情報公開審査会", "第1回", "令和6年9月2日（月）", "4／5", "非公開")],
    "市民局（2回）": [("東山市男女共同参画審議会", "第1回", "令和6年7月1日（月）", "10／12", "公開"),
                    ("東山市男女共同参画審議会", "第2回", "令和7年1月20日（月）", "―／12", "公開")],
}


def _meetings(path) -> None:
    doc = Document()
    doc.add_paragraph("東山市 附属機関の会議開催状況（令和6年度）")
    for heading, rows in _MEETINGS.items():
        doc.add_heading(heading, level=2)
        table = doc.add_table(rows=1, cols=5)
        for cell, label in zip(table.rows[0].cells, ["会議名", "回", "開催日", "出席者数／定数（人）", "公開・非公開"]):
            cell.text = label
        for row in rows:
            for cell, value in zip(table.add_row().cells, row):
                cell.text = value
    doc.add_paragraph("※ 「―」は書面により開催したもの。")
    doc.save(path)


def _pad(text: str, width: int, right: bool = False) -> str:
    """Text padded to a display width (a full-width character takes two columns), as a printout is."""
    wide = sum(2 if unicodedata.east_asian_width(ch) in ("W", "F", "A") else 1 for ch in text)
    return (" " * (width - wide) + text) if right else (text + " " * (width - wide))


_APPLIED = [("1", "住民", "転入届", "1,200", "1,850", "2,400", "21.5"),
            ("2", "住民", "印鑑登録証明の請求", "―", "640", "1,120", "12.0"),
            ("3", "施設", "体育館の予約", "8,300", "9,100", "9,870", "66.4"),
            ("4", "施設", "会議室の予約", "2,050", "2,300", "2,180", "―")]
APPLICATIONS = "\n".join([
    "西山市 オンライン手続の利用状況", "", "【主な手続の利用件数】", "",
    " " * 42 + "オンライン件数（件）" + " " * 6 + "利用率",
    "No. 区分      手続名              令和4年度 令和5年度 令和6年度  R6（％）",
    *(_pad(n, 4) + _pad(k, 10) + _pad(name, 20) + "".join(_pad(v, 10, True) for v in (a, b, c)) + _pad(r, 10, True)
      for n, k, name, a, b, c, r in _APPLIED),
    _pad("", 4) + _pad("計", 30) + "".join(_pad(v, 10, True) for v in ("11,550", "13,890", "15,570")), "",
    "※1 「―」は当該年度にオンライン手続を実施していなかったことを示す（印鑑登録証明の請求は令和5年7月から受付開始）。",
    "※2 会議室の予約は全申請件数を把握していないため、利用率を算出していない。", ""])

SALES = "\n".join([
    "南山市 市有地の売却実績", "",
    "年度\t番号\t物件\t面積（㎡）\t予定価格（円）\t売却額（円）",
    "令和5年度\t1\t旧倉庫用地\t1,250.00\t10,000,000\t11,200,000",
    "令和5年度\t2\t旧住宅用地\t480.50\t5,000,000\t5,000,000",
    "令和5年度\t3\t旧車庫用地\t1,600.00\t8,000,000\t―",
    "令和5年度 小計（売却2件）\t\t\t3,330.50\t\t16,200,000",
    "令和6年度\t4\t旧車庫用地\t1,600.00\t7,200,000\t7,500,000",
    "令和6年度 小計（売却1件）\t\t\t1,600.00\t\t7,500,000",
    "合計（売却3件）\t\t\t4,930.50\t\t23,700,000", ""])


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    folder = tmp_path_factory.mktemp("paired_cells")
    _meetings(folder / "東山市_附属機関の会議開催状況.docx")
    (folder / "西山市_オンライン手続の利用状況.txt").write_text(APPLICATIONS, encoding="utf-8")
    (folder / "南山市_市有地の売却実績.txt").write_text(SALES, encoding="utf-8")
    return assistant_over(folder)


def test_a_stacked_header_is_cut_by_the_columns_below() -> None:
    lines = fixed_width_tables(APPLICATIONS).split("\n")
    header = next(line for line in lines if line.startswith("No.\t"))
    assert header.split("\t") == ["No.", "区分", "手続名", "オンライン件数（件）令和4年度", "オンライン件数（件）令和5年度",
                                  "オンライン件数（件）令和6年度", "利用率R6（％）"]
    assert "\t1,850\t" in next(line for line in lines if "転入届" in line)


def test_a_yearly_cell_of_a_stacked_header(assistant) -> None:
    answer = ask(assistant, "西山市の体育館の予約は令和6年度にオンラインで何件ありましたか")
    assert (answer.status, answer.value) == ("exact", 9870), answer.summary


def test_the_total_row_of_a_stacked_header(assistant) -> None:
    # (read today as a search that finds the 計 row's cell; never as a count of rows)
    answer = ask(assistant, "西山市のオンライン手続の件数は令和6年度全体で何件でしたか")
    assert answer.value == 15570 or (answer.status == "search" and "15,570" in answer.summary), answer.summary


def test_when_of_a_row_of_figures_is_its_note(assistant) -> None:
    answer = ask(assistant, "西山市の印鑑登録証明の請求はいつからオンラインでできるようになったの？")
    assert answer.status == "search" and answer.value is None, answer.summary
    assert "令和5年7月" in answer.summary, answer.summary


@pytest.mark.parametrize("question,value", [
    ("東山市の男女共同参画審議会の定数は何人ですか", 12),
    ("東山市の情報公開審査会の出席者数は何人ですか", 4),
])
def test_a_paired_cell_read_as_two_columns(assistant, question, value) -> None:
    answer = ask(assistant, question)
    assert (answer.status, answer.value) == ("exact", value), answer.summary


def test_a_repeated_figure_summed_when_a_sum_is_said(assistant) -> None:
    answer = ask(assistant, "東山市の男女共同参画審議会の定数の合計は？")
    assert answer.value == 24 or answer.status != "exact", answer.summary


def test_values_offered_as_a_choice_ask_the_column(assistant) -> None:
    answer = ask(assistant, "東山市の情報公開審査会は公開ですか、非公開ですか")
    assert (answer.status, answer.value) == ("exact", "非公開"), answer.summary


def test_a_subtotal_saying_what_it_counts_is_no_row(assistant) -> None:
    answer = ask(assistant, "南山市の令和5年度の売却実績を見せて", "その中で面積が1,000㎡以上のものは何件？")
    assert (answer.status, answer.count) == ("exact", 2), answer.summary


def test_times_held_count_the_rows_not_the_names(assistant) -> None:
    # (two meetings of one council and one of another under 企画局: 3 times, 2 councils)
    answer = ask(assistant, "東山市の企画局の会議は何回開催されましたか")
    assert (answer.status, answer.count) == ("exact", 3), answer.summary


def test_a_sale_said_by_its_verb(assistant) -> None:
    answer = ask(assistant, "南山市の売却実績でいちばん高く売れた物件はどれですか")
    assert (answer.status, answer.value) == ("exact", "旧倉庫用地"), answer.summary
    answer = ask(assistant, "南山市の旧倉庫用地は予定価格よりいくら高く売れましたか")
    assert (answer.status, answer.value) == ("exact", 1200000), answer.summary
