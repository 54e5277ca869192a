"""Plain text goes through text.decode as before; only compatibility characters are folded."""
from __future__ import annotations

import pytest

from assistant.errors import DocumentError
from assistant.formats import to_text
from assistant.text.decode import decode
from tests.conftest import CORPUS


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name)
def test_shipped_corpus_text_is_unchanged(path):
    data = path.read_bytes()
    ft = to_text(data, path.name)
    assert ft.format == "text" and ft.places == () and ft.place(3) == ""
    assert ft.text == decode(data, path.name)


def test_text_converted_from_a_pdf_is_folded_too():
    ft = to_text("第3次⾏政改⾰大綱\n市⺠協働\x0cの推進\n".encode("utf-8"), "a.txt")
    assert ft.text == "第3次行政改革大綱\n市民協働\x0cの推進\n"  # a form feed stays: line numbers as today


def test_decode_errors_come_through():
    with pytest.raises(DocumentError, match="空のファイル"):
        to_text(b"", "empty.txt")


# A text export of a spreadsheet as a municipal system prints it: columns aligned with spaces, where a
# full-width character takes two columns (「窓口のワンストップ化」 is 20 columns wide), numbers
# right-aligned under their header, ruled with dashes, a total row and notes under it.
FIXED_WIDTH = """\
財政効果額一覧（令和7年度）

                                                  （単位：千円）
------------------------------------------------------------------------
番号  取組項目                    所管課              区分       令和7年度
------------------------------------------------------------------------
   1  窓口のワンストップ化        市民課              歳出削減       2,100
   2  RPAによる定型業務の自動化   情報政策課          歳出削減      12,900
  10  ふるさと納税の推進          ふるさと納税推進室  歳入確保      52,000
------------------------------------------------------------------------
      合計                                                          67,000
------------------------------------------------------------------------
※区分：歳入確保＝収入を増やす取組、歳出削減＝支出を減らす取組。
"""


def test_a_fixed_width_table_becomes_tab_separated_rows_line_for_line():
    ft = to_text(FIXED_WIDTH.encode("utf-8"), "effects.txt")
    lines = ft.text.splitlines()
    assert len(lines) == len(FIXED_WIDTH.splitlines())  # the file's own line numbers stay the provenance
    assert lines[4].split("\t") == ["番号", "取組項目", "所管課", "区分", "令和7年度"]
    assert lines[6].split("\t") == ["1", "窓口のワンストップ化", "市民課", "歳出削減", "2,100"]
    assert lines[7].split("\t") == ["2", "RPAによる定型業務の自動化", "情報政策課", "歳出削減", "12,900"]
    assert lines[8].split("\t") == ["10", "ふるさと納税の推進", "ふるさと納税推進室", "歳入確保", "52,000"]
    assert lines[10].split("\t") == ["", "合計", "", "", "67,000"]
    # the title, the unit, the rules and the notes are text as the file has them
    for n in (0, 2, 3, 5, 9, 11, 12):
        assert lines[n] == FIXED_WIDTH.splitlines()[n]


def test_columns_are_counted_in_display_width_not_characters():
    # Full-width names (2 columns a character) over half-width ones: by characters, 「市民課」 and
    # 「Tax」 would start at different places; by display width they share a column.
    text = ("番号  名称          担当\n"
            "   1  窓口の統合    市民課\n"
            "   2  ABC project   Tax office\n"
            "   3  公用車        管財課\n")
    rows = [line.split("\t") for line in to_text(text.encode("utf-8"), "w.txt").text.splitlines()]
    assert rows == [["番号", "名称", "担当"], ["1", "窓口の統合", "市民課"], ["2", "ABC project", "Tax office"],
                    ["3", "公用車", "管財課"]]


def test_prose_with_double_spaces_is_no_table():
    text = ("本市は  行政改革に  取り組んでいます。\n"
            "令和7年度は  10項目を  点検しました。\n"
            "評価の結果は  次のとおりです。\n")
    assert to_text(text.encode("utf-8"), "prose.txt").text == text


def test_a_caption_with_its_unit_spaced_right_is_no_row_of_the_table_below():
    # 「（単位：％）」 printed over several columns would fuse them into one; the caption stays text.
    text = ("1．健全化判断比率　　　　　　　　　　　　　（単位：％）\n"
            "==================================================================\n"
            "指標                  令和2年度  令和3年度  令和4年度  早期健全化基準\n"
            "------------------------------------------------------------------\n"
            "実質赤字比率                 －         －         －           14.18\n"
            "実質公債費比率             11.2       10.8       10.1            25.0\n"
            "将来負担比率               58.7       52.3       47.9           350.0\n")
    lines = to_text(text.encode("utf-8"), "r.txt").text.splitlines()
    assert lines[0] == text.splitlines()[0]
    assert lines[2].split("\t") == ["指標", "令和2年度", "令和3年度", "令和4年度", "早期健全化基準"]
    assert lines[4].split("\t") == ["実質赤字比率", "－", "－", "－", "14.18"]
    assert lines[6].split("\t") == ["将来負担比率", "58.7", "52.3", "47.9", "350.0"]
