"""Numbers said in kanji (令和五年度, 三件) are read as digits before any step of the answer looks at the question,
so a step finding years or figures by digits does not miss them and answer of another year (parse.kanji_numbers)."""
from assistant.query.parse import kanji_numbers


def test_counting_kanji_become_digits_and_names_stay():
    assert kanji_numbers("令和五年度の進捗度") == "令和5年度の進捗度"
    assert kanji_numbers("十二点満点") == "12点満点"
    assert kanji_numbers("一覧で三郷市の") == "一覧で三郷市の"
    assert kanji_numbers("第十二番の取組項目") == "第12番の取組項目"
    assert kanji_numbers("一番多い") == "一番多い"


def test_an_ordinal_in_kanji_is_that_numbers_item(assistant):
    digits = assistant.ask("第12番の取組項目で総括の総合評価がＢの実践項目を教えて")
    kanji = assistant.ask("第十二番の取組項目で総括の総合評価がＢの実践項目を教えて")
    assert kanji.status == "exact" and 0 < len(kanji.rows) < 10
    assert [r["key"] for r in kanji.rows] == [r["key"] for r in digits.rows]


def test_a_sheet_year_in_kanji_is_that_years_sheet(assistant):
    digits = assistant.ask("ガバメントクラウドファンディングの令和5年度の進捗度は何点でしたか")
    kanji = assistant.ask("ガバメントクラウドファンディングの令和五年度の進捗度は何点でしたか")
    assert [r["key"] for r in digits.rows] == [r["key"] for r in kanji.rows]
    assert str(kanji.rows[0]["key"]).endswith("-R5")
    assert kanji.value == digits.value
    assert kanji.question == "ガバメントクラウドファンディングの令和五年度の進捗度は何点でしたか"
